import AnnexDomain

/// An imported catalog as the parse cache keeps it: the framework as parsing its OSCAL file
/// gave it and the catalog's own title, read back in a fraction of the JSON parse (a catalog of
/// 1,500 controls is several MiB of JSON, read by every command and every start of the UI).
enum CachedCatalog {
    static func payload(framework: Framework, catalogTitle: String) -> [UInt8]? {
        // Only imported catalogs are cached; ISO attributes never come from a file.
        guard framework.items.allSatisfy({ $0.attributes == nil }) else { return nil }
        var writer = CacheWriter()
        writer.string(catalogTitle)
        writer.string(framework.id)
        writer.string(framework.title)
        writer.string(framework.version)
        writer.string(framework.revision)
        writer.optional(framework.shorthandPrefix) { $0.string($1) }
        writer.int(framework.sharedParameters.count)
        for parameter in framework.sharedParameters { write(parameter, into: &writer) }
        writer.int(framework.groups.count)
        for group in framework.groups { write(group, into: &writer) }
        return writer.finished()
    }

    static func read(from reader: inout CacheReader) throws -> (framework: Framework, catalogTitle: String) {
        let catalogTitle = try reader.string()
        let id = try reader.string(), title = try reader.string(), version = try reader.string(), revision = try reader.string()
        let prefix = try reader.optional { try $0.string() }
        let shared = try (0..<reader.count()).map { _ in try parameter(from: &reader) }
        let groups = try (0..<reader.count()).map { _ in try group(from: &reader) }
        var framework = Framework(id: id, title: title, version: version, revision: revision, groups: groups, shorthandPrefix: prefix)
        framework.sharedParameters = shared
        return (framework, catalogTitle)
    }

    // MARK: Groups and items

    private static func write(_ group: CatalogGroup, into writer: inout CacheWriter) {
        writer.string(group.id)
        writer.string(group.title)
        writer.int(group.items.count)
        for item in group.items { write(item, into: &writer) }
        writer.int(group.groups.count)
        for child in group.groups { write(child, into: &writer) }
    }

    private static func group(from reader: inout CacheReader) throws -> CatalogGroup {
        let id = try reader.string(), title = try reader.string()
        let items = try (0..<reader.count()).map { _ in try item(from: &reader) }
        let groups = try (0..<reader.count()).map { _ in try group(from: &reader) }
        return CatalogGroup(id: id, title: title, items: items, groups: groups)
    }

    private static func write(_ item: CatalogItem, into writer: inout CacheWriter) {
        writer.string(item.id)
        writer.string(item.title)
        writer.string(item.kind.rawValue)
        writer.int(item.level)
        writer.optional(item.theme) { $0.string($1.rawValue) }
        writer.bool(item.newIn2022)
        writer.strings(item.replaces2013)
        writer.string(item.guidance)
        writer.strings(item.auditQuestions)
        writer.optional(item.label) { $0.string($1) }
        writer.optional(item.sortID) { $0.string($1) }
        writer.optional(item.group) { $0.string($1) }
        writer.optional(item.parent) { $0.string($1) }
        writer.strings(item.enhancements)
        writer.optional(item.withdrawal) { writer, withdrawal in
            writer.string(withdrawal.relation.rawValue)
            writer.strings(withdrawal.into)
        }
        writer.int(item.parameters.count)
        for parameter in item.parameters { write(parameter, into: &writer) }
        writer.int(item.parts.count)
        for part in item.parts { write(part, into: &writer) }
        writer.int(item.properties.count)
        for property in item.properties {
            writer.string(property.name)
            writer.string(property.value)
            writer.optional(property.namespace) { $0.string($1) }
            writer.optional(property.propertyClass) { $0.string($1) }
        }
    }

    private static func item(from reader: inout CacheReader) throws -> CatalogItem {
        let id = try reader.string(), title = try reader.string()
        let kind = try reader.choice(CatalogItemKind.self)
        let level = try reader.int()
        let theme = try reader.optional { try $0.choice(ControlTheme.self) }
        let newIn2022 = try reader.bool()
        let replaces = try reader.strings()
        let guidance = try reader.string()
        let questions = try reader.strings()
        let label = try reader.optional { try $0.string() }
        let sortID = try reader.optional { try $0.string() }
        let group = try reader.optional { try $0.string() }
        let parent = try reader.optional { try $0.string() }
        let enhancements = try reader.strings()
        let withdrawal = try reader.optional { reader in Withdrawal(relation: try reader.choice(Withdrawal.Relation.self), into: try reader.strings()) }
        let parameters = try (0..<reader.count()).map { _ in try parameter(from: &reader) }
        let parts = try (0..<reader.count()).map { _ in try part(from: &reader) }
        let properties = try (0..<reader.count()).map { _ in
            ControlProperty(name: try reader.string(), value: try reader.string(),
                            namespace: try reader.optional { try $0.string() }, propertyClass: try reader.optional { try $0.string() })
        }
        return CatalogItem(
            id: id, title: title, kind: kind, level: level, theme: theme, newIn2022: newIn2022, replaces2013: replaces,
            guidance: guidance, auditQuestions: questions, label: label, sortID: sortID, group: group, parent: parent,
            enhancements: enhancements, withdrawal: withdrawal, parameters: parameters, parts: parts, properties: properties
        )
    }

    // MARK: Parts and parameters

    private static func write(_ part: ControlPart, into writer: inout CacheWriter) {
        writer.optional(part.id) { $0.string($1) }
        writer.string(part.name)
        writer.optional(part.label) { $0.string($1) }
        writer.optional(part.title) { $0.string($1) }
        writer.string(part.prose)
        writer.int(part.parts.count)
        for child in part.parts { write(child, into: &writer) }
    }

    private static func part(from reader: inout CacheReader) throws -> ControlPart {
        let id = try reader.optional { try $0.string() }
        let name = try reader.string()
        let label = try reader.optional { try $0.string() }
        let title = try reader.optional { try $0.string() }
        let prose = try reader.string()
        let parts = try (0..<reader.count()).map { _ in try part(from: &reader) }
        return ControlPart(id: id, name: name, label: label, title: title, prose: prose, parts: parts)
    }

    private static func write(_ parameter: ControlParameter, into writer: inout CacheWriter) {
        writer.string(parameter.id)
        writer.optional(parameter.label) { $0.string($1) }
        writer.optional(parameter.usage) { $0.string($1) }
        writer.strings(parameter.values)
        writer.optional(parameter.choices) { $0.strings($1) }
        writer.string(parameter.howMany.rawValue)
        writer.strings(parameter.guidelines)
    }

    private static func parameter(from reader: inout CacheReader) throws -> ControlParameter {
        ControlParameter(
            id: try reader.string(), label: try reader.optional { try $0.string() }, usage: try reader.optional { try $0.string() },
            values: try reader.strings(), choices: try reader.optional { try $0.strings() },
            howMany: try reader.choice(ControlParameter.HowMany.self), guidelines: try reader.strings()
        )
    }
}
