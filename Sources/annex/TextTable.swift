import AnnexStore

/// Plain aligned columns for reading in a terminal or piping to grep.
enum TextTable {
    static func render(_ table: ExportTable, columns: [String]) -> String {
        let indices = columns.compactMap { table.columns.firstIndex(of: $0) }
        let cells = table.rows.map { row in indices.map { text(row[$0]) } }
        let header = indices.map { table.columns[$0].uppercased() }
        var widths = header.map(\.count)
        for row in cells { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
        func line(_ values: [String]) -> String {
            values.enumerated().map { i, value in
                i == values.count - 1 ? value : value.padding(toLength: widths[i], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }
        return ([line(header)] + cells.map(line)).joined(separator: "\n") + "\n"
    }

    private static func text(_ value: ExportValue) -> String {
        switch value {
        case .text(let text): text
        case .number(let number): String(number)
        case .flag(let flag): flag ? "yes" : "no"
        case .list(let items): items.joined(separator: ", ")
        case .day(let day): day.description
        case .none: "-"
        }
    }
}
