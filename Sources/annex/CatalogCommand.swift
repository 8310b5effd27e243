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

        @Option(help: "Only this framework (\(ISO27001.catalog.frameworks.map(\.id).joined(separator: ", "))).")
        var framework: String?

        @Option(help: "table, csv or json.")
        var format: Format = .table

        func validate() throws {
            if let framework, ISO27001.catalog.framework(framework) == nil {
                let known = ISO27001.catalog.frameworks.map(\.id).joined(separator: ", ")
                throw ValidationError("unknown framework '\(framework)'; known: \(known)")
            }
        }

        func run() throws {
            let frameworks = ISO27001.catalog.frameworks.filter { framework == nil || $0.id == framework }
            let table = CatalogTable.make(frameworks)
            switch format {
            case .csv: print(ExportFormat.csv.render(table), terminator: "")
            case .json: print(ExportFormat.json.render(table), terminator: "")
            case .table: print(TextTable.render(table, columns: ["id", "kind", "theme", "title"]), terminator: "")
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
            for item in framework.items {
                let attributes = item.attributes
                table.rows.append([
                    .text(framework.id), .text(item.id), .text(item.kind.rawValue), .number(item.level), .text(item.title),
                    .optional(item.theme?.rawValue), item.kind == .control ? .flag(item.newIn2022) : .none,
                    .list(item.replaces2013), .list(attributes?.controlTypes.map(\.rawValue) ?? []),
                    .list(attributes?.properties.map(\.rawValue) ?? []), .list(attributes?.concepts.map(\.rawValue) ?? []),
                    .list(attributes?.capabilities.map(\.rawValue) ?? []), .list(attributes?.domains.map(\.rawValue) ?? []),
                    .text(item.guidance), .list(item.auditQuestions),
                ])
            }
        }
        return table
    }
}
