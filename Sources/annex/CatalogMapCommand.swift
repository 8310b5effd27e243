import AnnexDomain
import AnnexStore
import ArgumentParser

/// `annex catalog map --from iso27001-2013 --to iso27001-2022`: the built-in mapping.
struct CatalogMap: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "map",
        abstract: "List how the controls of one framework map to another's.",
        discussion: "Built in: --from iso27001-2013 --to iso27001-2022 (each 2013 Annex A control and the 2022 controls that took it over)."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, csv, json }

    @Option(help: "The framework mapped from.")
    var from: String

    @Option(help: "The framework mapped to.")
    var to: String

    @Option(help: "table, csv or json.")
    var format: Format = .table

    @OptionGroup var source: CatalogSource

    func run() throws {
        let catalog = try source.catalog()
        guard from == ISO27001.edition2013ID, to == ISO27001.frameworkID else {
            throw fail("no mapping from '\(from)' to '\(to)'; built in: --from \(ISO27001.edition2013ID) --to \(ISO27001.frameworkID)")
        }
        render(MappingTable.make(ISO27001.mapping2013, catalog: catalog))
    }

    private func render(_ table: ExportTable) {
        switch format {
        case .csv: Output.print(ExportFormat.csv.render(table), terminator: "")
        case .json: Output.print(ExportFormat.json.render(table), terminator: "")
        case .table: Output.print(TextTable.render(table, columns: ["from", "relation", "to", "to_title"]), terminator: "")
        }
    }
}

enum MappingTable {
    static func make(_ mapping: FrameworkMapping, catalog: Catalog) -> ExportTable {
        var table = ExportTable(columns: ["from", "relation", "to", "to_title", "note"])
        let target = catalog.framework(mapping.to)
        for entry in mapping.entries {
            table.rows.append([.text(entry.from), .text(entry.relation.rawValue), .text(entry.to), .optional(target?.item(entry.to)?.title), .optional(entry.note)])
        }
        return table
    }
}
