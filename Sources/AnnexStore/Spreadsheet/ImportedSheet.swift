/// A sheet as read for import: its rows with their numbers as the user sees them (the
/// spreadsheet's row, or the CSV record counting the header as 1).
public struct ImportedSheet: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        public var number: Int
        public var cells: [SheetCell]
        /// Columns whose cell holds a formula: its result is whatever the spreadsheet last
        /// computed, which Annex will not take on trust.
        public var formulaColumns: Set<Int>

        public init(number: Int, cells: [SheetCell], formulaColumns: Set<Int> = []) {
            self.number = number
            self.cells = cells
            self.formulaColumns = formulaColumns
        }

        public subscript(column: Int) -> SheetCell { cells.indices.contains(column) ? cells[column] : .empty }

        var isBlank: Bool { cells.allSatisfy { $0.plain.trimmingCharacters(in: .whitespaces).isEmpty } }
    }

    public var rows: [Row]

    public init(rows: [Row]) {
        self.rows = rows.filter { !$0.isBlank }
    }
}
