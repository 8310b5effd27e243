import AnnexDomain
import AnnexStore
import ArgumentParser
import Foundation

struct CatalogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalog",
        abstract: "Show the control catalogs: the built-in ISO/IEC 27001:2022 and the workspace's imported frameworks.",
        subcommands: [Frameworks.self, List.self, Show.self, CatalogMap.self]
    )

    struct Frameworks: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the frameworks: id, title, version, controls and where each comes from.")

        @OptionGroup var source: CatalogSource

        func run() throws {
            let catalog = try source.catalog()
            var table = ExportTable(columns: ["id", "title", "version", "controls", "withdrawn", "source"])
            for framework in catalog.frameworks {
                let origin = Catalog.builtIn.framework(framework.id) != nil ? "built-in" : (try? CatalogFiles.path(framework.id)) ?? ""
                table.rows.append([
                    .text(framework.id), .text(framework.title), .text(framework.version),
                    .number(framework.controls.count), .number(framework.controls.filter(\.isWithdrawn).count), .text(origin),
                ])
            }
            Output.print(TextTable.render(table, columns: table.columns), terminator: "")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List clauses and controls with their attributes.",
            discussion: "Every framework lists in one shape: id, title, group, parent (the control an enhancement belongs to) and withdrawn among the columns."
        )

        enum Format: String, ExpressibleByArgument, CaseIterable { case table, csv, json }

        @Option(help: "Only this framework (annex catalog frameworks lists them).")
        var framework: String?

        @Option(help: "table, csv or json.")
        var format: Format = .table

        @OptionGroup var source: CatalogSource

        func run() throws {
            let catalog = try source.catalog()
            if let framework, catalog.framework(framework) == nil {
                let known = catalog.frameworks.map(\.id).joined(separator: ", ")
                throw fail("unknown framework '\(framework)'; known: \(known)")
            }
            // Without --framework: the built-in catalog, as before imported ones existed.
            let frameworks = framework.flatMap { catalog.framework($0) }.map { [$0] } ?? Catalog.builtIn.frameworks
            let table = CatalogTable.make(frameworks)
            switch format {
            case .csv: Output.print(ExportFormat.csv.render(table), terminator: "")
            case .json: Output.print(ExportFormat.json.render(table), terminator: "")
            case .table:
                let isBuiltIn = frameworks.allSatisfy { Catalog.builtIn.framework($0.id) != nil }
                Output.print(TextTable.render(table, columns: isBuiltIn ? ["id", "kind", "theme", "title"] : ["id", "label", "group", "withdrawn", "title"]), terminator: "")
            }
        }
    }
}

/// Where `annex catalog` finds frameworks: the workspace's when there is one (imported catalogs
/// included), else the built-in ones alone.
struct CatalogSource: ParsableArguments {
    @Option(name: .long, help: "The workspace folder (default: ANNEX_WORKSPACE, or the current folder or a parent holding annex.yaml; without one, the built-in catalog).")
    var workspace: String?

    func catalog() throws -> Catalog {
        guard let store = try store() else { return .builtIn }
        let (catalog, issues) = store.loadCatalog()
        for issue in issues { Output.error("warning: \(issue.description) (left out)") }
        return catalog
    }

    /// The workspace, or nil when there is none and none was asked for.
    func store() throws -> WorkspaceStore? {
        let environment = ProcessInfo.processInfo.environment
        do {
            return WorkspaceStore(root: try WorkspaceLocator.find(explicit: workspace, environment: environment, currentFolder: FileManager.default.currentDirectoryPath))
        } catch let error as StoreError {
            if workspace != nil || !(environment["ANNEX_WORKSPACE"] ?? "").isEmpty { throw fail(error.description) }
            return nil
        }
    }
}

enum CatalogTable {
    static func make(_ frameworks: [Framework]) -> ExportTable {
        var table = ExportTable(columns: [
            "framework", "id", "kind", "level", "title", "theme", "new_in_2022", "replaces_2013", "control_type",
            "security_properties", "cybersecurity_concepts", "operational_capabilities", "security_domains",
            "guidance", "audit_questions", "label", "group", "parent", "withdrawn", "withdrawn_into",
        ])
        for framework in frameworks {
            for item in framework.items { table.rows.append(row(item, in: framework)) }
        }
        return table
    }

    private static func row(_ item: CatalogItem, in framework: Framework) -> [ExportValue] {
        let attributes = item.attributes
        let isISO = Catalog.builtIn.framework(framework.id) != nil
        let isNew: ExportValue = item.kind == .control && isISO ? .flag(item.newIn2022) : .none
        let identity: [ExportValue] = [
            .text(framework.id), .text(item.id), .text(item.kind.rawValue), .number(item.level), .text(item.title),
            .optional(item.theme?.rawValue), isNew, .list(item.replaces2013),
        ]
        let types: [String] = attributes?.controlTypes.map(\.rawValue) ?? []
        let properties: [String] = attributes?.properties.map(\.rawValue) ?? []
        let concepts: [String] = attributes?.concepts.map(\.rawValue) ?? []
        let capabilities: [String] = attributes?.capabilities.map(\.rawValue) ?? []
        let domains: [String] = attributes?.domains.map(\.rawValue) ?? []
        let described: [ExportValue] = [
            .list(types), .list(properties), .list(concepts), .list(capabilities), .list(domains),
            .text(item.guidance), .list(item.auditQuestions),
        ]
        let placed: [ExportValue] = [
            .optional(item.label), .optional(item.group), .optional(item.parent), .flag(item.isWithdrawn), .list(item.withdrawal?.into ?? []),
        ]
        return identity + described + placed
    }
}
