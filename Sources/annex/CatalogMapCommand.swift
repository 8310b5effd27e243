import AnnexDomain
import AnnexStore
import ArgumentParser
import Foundation

/// `annex catalog map --from A --to B`: the built-in 2013→2022 mapping, or the workspace's
/// `mappings/A--B.yaml` (read backwards from `mappings/B--A.yaml` when only that one exists).
struct CatalogMap: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "map",
        abstract: "List how the controls of one framework map to another's, and what the SoA covers of it.",
        discussion: """
        Built in: --from iso27001-2013 --to iso27001-2022 (each 2013 Annex A control and the 2022 controls \
        that took it over). Others come from the workspace's mappings/<from>--<to>.yaml files. When one side \
        is iso27001-2022, the table ends with the coverage of the other framework by the SoA (see README).
        """
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
        if from == ISO27001.edition2013ID, to == ISO27001.frameworkID {
            return render(MappingTable.make(ISO27001.mapping2013, catalog: try source.catalog()))
        }
        guard let store = try source.store() else {
            throw fail("no mapping from '\(from)' to '\(to)' without a workspace; built in: --from \(ISO27001.edition2013ID) --to \(ISO27001.frameworkID)")
        }
        let (catalog, mappings, issues) = store.loadMappings()
        for issue in issues { Output.error("warning: \(issue.description)") }
        let mapping = mappings.first { $0.from == from && $0.to == to } ?? mappings.first { $0.from == to && $0.to == from }?.reversed
        guard let mapping else {
            throw fail("no mapping from '\(from)' to '\(to)': write \((try? MappingFiles.path(from: from, to: to)) ?? "mappings/<from>--<to>.yaml")")
        }
        render(MappingTable.make(mapping, catalog: catalog))
        let other = from == ISO27001.frameworkID ? to : to == ISO27001.frameworkID ? from : nil
        if format == .table, let other, let framework = catalog.framework(other) {
            let soa = try store.load().workspace.soa
            Output.print("")
            Output.print(CoverageLine.text(FrameworkCoverage(of: framework, soa: soa, mappings: [mapping]), title: framework.title))
        }
    }

    private func render(_ table: ExportTable) {
        switch format {
        case .csv: Output.print(ExportFormat.csv.render(table), terminator: "")
        case .json: Output.print(ExportFormat.json.render(table), terminator: "")
        case .table: Output.print(TextTable.render(table, columns: ["from", "relation", "to", "to_title", "note"]), terminator: "")
        }
    }
}

enum CoverageLine {
    static func text(_ coverage: FrameworkCoverage, title: String) -> String {
        let percent = coverage.percentCovered.map { "\($0) %" } ?? "nothing mapped"
        return "\(title) covered by the SoA: \(percent) (\(coverage.covered) covered, \(coverage.partial) partial, "
            + "\(coverage.notCovered) not covered of \(coverage.mapped) mapped; \(coverage.unmapped) unmapped)"
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
