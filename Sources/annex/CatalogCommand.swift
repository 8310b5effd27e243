import AnnexDomain
import AnnexStore
import ArgumentParser

struct CatalogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalog",
        abstract: "Show the built-in control catalogs.",
        subcommands: [List.self]
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List clauses and controls with their attributes.")

        enum Format: String, ExpressibleByArgument, CaseIterable { case table, csv, json }

        @Option(help: "Only this framework (\(Catalog.builtIn.frameworks.map(\.id).joined(separator: ", "))).")
        var framework: String?

        @Option(help: "table, csv or json.")
        var format: Format = .table

        func validate() throws {
            if let framework, Catalog.builtIn.framework(framework) == nil {
                let known = Catalog.builtIn.frameworks.map(\.id).joined(separator: ", ")
                throw ValidationError("unknown framework '\(framework)'; known: \(known)")
            }
        }

        func run() throws {
            let frameworks = Catalog.builtIn.frameworks.filter { framework == nil || $0.id == framework }
            let table = CatalogTable.make(frameworks)
            switch format {
            case .csv: Output.print(ExportFormat.csv.render(table), terminator: "")
            case .json: Output.print(ExportFormat.json.render(table), terminator: "")
            case .table: Output.print(TextTable.render(table, columns: ["id", "kind", "theme", "title"]), terminator: "")
            }
        }
    }
}

enum CatalogTable {
    static func make(_ frameworks: [Framework]) -> ExportTable {
        var table = ExportTable(columns: [
            "framework", "id", "kind", "level", "title", "theme", "new_in_2022", "replaces_2013", "control_type",
            "security_properties", "cybersecurity_concepts", "operational_capabilities", "security_domains",
            "guidance", "audit_questions",
        ])
        for framework in frameworks {
            for item in framework.items { table.rows.append(row(item, in: framework)) }
        }
        return table
    }

    private static func row(_ item: CatalogItem, in framework: Framework) -> [ExportValue] {
        let attributes = item.attributes
        let isNew: ExportValue = item.kind == .control ? .flag(item.newIn2022) : .none
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
        return identity + described
    }
}
