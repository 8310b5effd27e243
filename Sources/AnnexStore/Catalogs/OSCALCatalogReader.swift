import AnnexDomain
import Foundation

/// Reads an OSCAL 1.x catalog in JSON (a full catalog or a resolved profile catalog) into a
/// framework. Groups and controls nest to any depth; a control inside a control is an
/// enhancement of it. Anything malformed is refused with the JSON path of the problem.
public enum OSCALCatalogReader {
    public struct Result: Sendable {
        public var framework: Framework
        /// `metadata.title`, before any `--title` given at import.
        public var catalogTitle: String
    }

    /// `id` and `title` override what the catalog says (`--id`, `--title`); `revision` names
    /// the content (the file's digest).
    public static func read(_ data: Data, id: String? = nil, title: String? = nil, revision: String = "") throws -> Result {
        let parsed: Any
        do {
            parsed = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            throw OSCALError(path: "$", "not valid JSON (\(describe(error)))")
        }
        let root = JSONNode(value: parsed, path: "$")
        let top = try root.object()
        guard let catalog = root.child("catalog") else {
            if top["profile"] != nil { throw root.fail("an OSCAL profile, not a catalog: resolve it into a catalog first") }
            let kinds = ["component-definition", "system-security-plan", "assessment-plan", "assessment-results", "plan-of-action-and-milestones"]
            if let kind = kinds.first(where: { top[$0] != nil }) { throw root.fail("an OSCAL \(kind), not a catalog") }
            throw root.fail("not an OSCAL catalog (no \"catalog\" object)")
        }
        _ = try catalog.object()
        _ = try catalog.requiredString("uuid")
        guard let metadata = catalog.child("metadata") else { throw catalog.fail("metadata is missing") }
        _ = try metadata.object()
        let catalogTitle = try metadata.requiredString("title")
        let version = try metadata.optionalString("version") ?? ""

        var builder = Builder()
        builder.shared += try catalog.array("params").map(parameter)
        let groups = try catalog.array("groups").enumerated().map { try builder.group($0.element, index: $0.offset) }
        let loose = try builder.controls(catalog.array("controls"), group: nil, parent: nil, level: 1)
        var allGroups = groups
        if !loose.isEmpty { allGroups.insert(CatalogGroup(id: "", title: "Controls", items: loose), at: 0) }
        guard builder.count > 0 else { throw catalog.fail("the catalog has no controls") }
        allGroups = allGroups.map(builder.resolvingWithdrawals)
        let frameworkID = id ?? slug(catalogTitle)
        var framework = Framework(id: frameworkID, title: title ?? catalogTitle, version: version, revision: revision, groups: allGroups)
        framework.sharedParameters = builder.shared
        return Result(framework: framework, catalogTitle: catalogTitle)
    }

    /// A framework id from a title: `NIST SP 800-53 Rev 5` → `nist-sp-800-53-rev-5`.
    public static func slug(_ title: String) -> String {
        var out = ""
        for scalar in title.lowercased().unicodeScalars {
            if CharacterSet.alphanumerics.contains(scalar), scalar.isASCII { out.unicodeScalars.append(scalar) } else if !out.hasSuffix("-") { out += "-" }
        }
        let trimmed = out.trimmingCharacters(in: CharacterSet(charactersIn: "-"))
        guard !trimmed.isEmpty else { return "catalog" }
        guard trimmed.count > 60 else { return trimmed }
        // Cut at a word: `…-software-as-a-service`, not `…-li-s`.
        let cut = String(trimmed.prefix(61))
        return cut.lastIndex(of: "-").map { String(cut[..<$0]) } ?? String(trimmed.prefix(60))
    }

    private static func describe(_ error: Error) -> String {
        let info = (error as NSError).userInfo
        return (info[NSDebugDescriptionErrorKey] as? String) ?? "\(error.localizedDescription)"
    }

    static func parameter(_ node: JSONNode) throws -> ControlParameter {
        _ = try node.object()
        let id = try node.requiredString("id")
        let guidelines = try node.array("guidelines").map { try $0.optionalString("prose") ?? "" }
        let values = try node.array("values").map { try $0.string() }
        var choices: [String]?
        var howMany = ControlParameter.HowMany.one
        if let select = node.child("select") {
            _ = try select.object()
            choices = try select.array("choice").map { try $0.string() }
            if let how = select.child("how-many") {
                let text = try how.string()
                guard let parsed = ControlParameter.HowMany(rawValue: text) else { throw how.fail("how-many is '\(text)'; expected one or one-or-more") }
                howMany = parsed
            }
        }
        return ControlParameter(id: id, label: try node.optionalString("label"), usage: try node.optionalString("usage"),
                                values: values, choices: choices, howMany: howMany, guidelines: guidelines)
    }

    static func property(_ node: JSONNode) throws -> ControlProperty {
        _ = try node.object()
        return ControlProperty(name: try node.requiredString("name"), value: try node.requiredString("value"),
                               namespace: try node.optionalString("ns"), propertyClass: try node.optionalString("class"))
    }

    static func part(_ node: JSONNode) throws -> ControlPart {
        _ = try node.object()
        let properties = try node.array("props").map(property)
        return ControlPart(
            id: try node.optionalString("id"), name: try node.requiredString("name"),
            label: properties.first { $0.name == "label" && $0.namespace.map(isOSCAL) ?? true }?.value,
            title: try node.optionalString("title"), prose: try node.optionalString("prose") ?? "",
            parts: try node.array("parts").map(part)
        )
    }

    static func isOSCAL(_ namespace: String) -> Bool { namespace.hasPrefix("http://csrc.nist.gov/ns/oscal") }
}

/// The state of one read: ids seen, which control owns each part, withdrawn links to resolve.
private struct Builder {
    var shared: [ControlParameter] = []
    var count = 0
    var firstSeen: [String: String] = [:]
    var groupIDs: Set<String> = []
    var partOwner: [String: String] = [:]
    var controlIDs: Set<String> = []

    mutating func group(_ node: JSONNode, index: Int) throws -> CatalogGroup {
        _ = try node.object()
        let title = try node.requiredString("title")
        var id = try node.optionalString("id") ?? ""
        if id.isEmpty { id = node.path }
        if groupIDs.contains(id) { throw node.fail("group id '\(id)' is used twice") }
        groupIDs.insert(id)
        shared += try node.array("params").map(OSCALCatalogReader.parameter)
        let items = try controls(node.array("controls"), group: id, parent: nil, level: 1)
        let children = try node.array("groups").enumerated().map { try group($0.element, index: $0.offset) }
        return CatalogGroup(id: id, title: title, items: items, groups: children)
    }

    /// Each control followed by its enhancements (depth first), as a group lists them.
    /// Siblings are ordered by their sort-id when every one has one (ids do not sort: `ac-10`
    /// before `ac-2`), else kept in the file's order.
    mutating func controls(_ nodes: [JSONNode], group: String?, parent: String?, level: Int) throws -> [CatalogItem] {
        var families: [(item: CatalogItem, children: [CatalogItem])] = []
        for node in nodes {
            var item = try control(node, group: group, parent: parent, level: level)
            let children = try controls(node.array("controls"), group: group, parent: item.id, level: level + 1)
            item.enhancements = children.filter { $0.parent == item.id }.map(\.id)
            families.append((item, children))
        }
        if families.allSatisfy({ $0.item.sortID != nil }) {
            families = families.enumerated().sorted { a, b in
                let (x, y) = (a.element.item.sortID!, b.element.item.sortID!)
                return x == y ? a.offset < b.offset : x < y
            }.map(\.element)
        }
        return families.flatMap { [$0.item] + $0.children }
    }

    mutating func control(_ node: JSONNode, group: String?, parent: String?, level: Int) throws -> CatalogItem {
        _ = try node.object()
        guard node.child("id") != nil else { throw node.fail("id is missing") }
        let id = try node.requiredString("id")
        if id.isEmpty { throw node.fail("id is empty") }
        if let first = firstSeen[id] { throw node.fail("id '\(id)' is used twice (first at \(first))") }
        firstSeen[id] = node.path
        let title = try node.requiredString("title")
        let properties = try node.array("props").map(OSCALCatalogReader.property)
        let parts = try node.array("parts").map(OSCALCatalogReader.part)
        let parameters = try node.array("params").map(OSCALCatalogReader.parameter)
        var links: [(rel: String, href: String)] = []
        for link in try node.array("links") {
            _ = try link.object()
            links.append((try link.optionalString("rel") ?? "", try link.requiredString("href")))
        }
        for part in parts.flatMap(\.all) { if let partID = part.id { partOwner[partID] = id } }
        controlIDs.insert(id)
        count += 1
        let oscal = properties.filter { $0.namespace.map(OSCALCatalogReader.isOSCAL) ?? true }
        let labels = oscal.filter { $0.name == "label" }
        let withdrawn = oscal.contains { $0.name == "status" && $0.value.lowercased() == "withdrawn" }
        var withdrawal: Withdrawal?
        if withdrawn {
            let moves = links.filter { $0.rel == "incorporated-into" || $0.rel == "moved-to" }
            let relation = moves.first.flatMap { Withdrawal.Relation(rawValue: $0.rel) } ?? .none
            // Targets are resolved once every control is known (`resolvingWithdrawals`).
            withdrawal = Withdrawal(relation: relation, into: moves.map(\.href))
        }
        // Guidance may sit in the part's own prose or in parts within it (`objective` in basic-catalog).
        let guidance = parts.first { $0.name == "guidance" }.map { $0.all.map(\.prose).filter { !$0.isEmpty }.joined(separator: "\n\n") } ?? ""
        return CatalogItem(
            id: id, title: title, kind: .control, level: level, guidance: guidance, auditQuestions: [],
            label: (labels.first { $0.propertyClass == nil } ?? labels.first)?.value,
            sortID: oscal.first { $0.name == "sort-id" }?.value,
            group: group, parent: parent, withdrawal: withdrawal,
            parameters: parameters, parts: parts, properties: properties
        )
    }

    /// `#ac-2_smt.k` → `ac-2`: a link names a control or one of its parts.
    func target(_ href: String) -> String {
        let bare = href.hasPrefix("#") ? String(href.dropFirst()) : href
        if controlIDs.contains(bare) { return bare }
        if let owner = partOwner[bare] { return owner }
        if let cut = bare.firstIndex(of: "_"), controlIDs.contains(String(bare[..<cut])) { return String(bare[..<cut]) }
        return bare
    }

    func resolvingWithdrawals(_ group: CatalogGroup) -> CatalogGroup {
        var group = group
        group.items = group.items.map { item in
            guard var withdrawal = item.withdrawal else { return item }
            var seen = Set<String>()
            withdrawal.into = withdrawal.into.map(target).filter { seen.insert($0).inserted }
            var item = item
            item.withdrawal = withdrawal
            return item
        }
        group.groups = group.groups.map(resolvingWithdrawals)
        return group
    }
}
