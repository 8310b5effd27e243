import AnnexDomain
import Foundation
import ZIPFoundation

/// A workbook of one sheet in Office Open XML (SpreadsheetML): the header row bold and frozen,
/// columns as wide as their content (within limits), dates as dates. Every text cell is an
/// inline string, so nothing from the data can become a formula.
public struct XLSXWriter {
    public var sheetName: String
    public var columns: [String]
    public var rows: [[SheetCell]]

    public init(sheetName: String, columns: [String], rows: [[SheetCell]]) {
        self.sheetName = sheetName
        self.columns = columns
        self.rows = rows
    }

    public func data() throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, text) in parts() {
            let bytes = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count),
                                 modificationDate: Self.fixedDate, compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw StoreError(path: "xlsx", "the workbook could not be assembled") }
        return data
    }

    /// The same table always gives the same bytes.
    private static let fixedDate = Date(timeIntervalSince1970: 1_577_836_800)

    func parts() -> [(String, String)] {
        [
            ("[Content_Types].xml", SpreadsheetParts.contentTypes),
            ("_rels/.rels", SpreadsheetParts.packageRelationships),
            ("xl/workbook.xml", SpreadsheetParts.workbook(sheetName: Self.validSheetName(sheetName))),
            ("xl/_rels/workbook.xml.rels", SpreadsheetParts.workbookRelationships),
            ("xl/styles.xml", SpreadsheetParts.styles),
            ("xl/worksheets/sheet1.xml", sheet()),
        ]
    }

    func sheet() -> String {
        var xml = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        xml += #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
        let lastCell = Self.reference(column: max(columns.count - 1, 0), row: rows.count + 1)
        xml += #"<dimension ref="A1:\#(lastCell)"/>"#
        xml += #"<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#
        xml += #"<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>"#
        xml += "<cols>"
        for (index, width) in widths().enumerated() {
            xml += #"<col min="\#(index + 1)" max="\#(index + 1)" width="\#(width)" customWidth="1"/>"#
        }
        xml += "</cols><sheetData>"
        xml += row(1, columns.map(SheetCell.text), header: true)
        for (offset, cells) in rows.enumerated() { xml += row(offset + 2, cells, header: false) }
        xml += "</sheetData>"
        if !rows.isEmpty || !columns.isEmpty { xml += #"<autoFilter ref="A1:\#(lastCell)"/>"# }
        xml += "</worksheet>"
        return xml
    }

    private func row(_ number: Int, _ cells: [SheetCell], header: Bool) -> String {
        var xml = #"<row r="\#(number)">"#
        for (column, cell) in cells.enumerated() {
            let ref = Self.reference(column: column, row: number)
            let style = header ? #" s="1""# : ""
            switch cell {
            case .empty: continue
            case .text(let text):
                xml += #"<c r="\#(ref)"\#(style) t="inlineStr"><is><t xml:space="preserve">\#(XMLText.escape(text))</t></is></c>"#
            case .number(let number):
                xml += #"<c r="\#(ref)"\#(style)><v>\#(SheetCell.number(number).plain)</v></c>"#
            case .flag(let flag):
                xml += #"<c r="\#(ref)"\#(style) t="b"><v>\#(flag ? 1 : 0)</v></c>"#
            case .day(let day):
                xml += #"<c r="\#(ref)" s="2"><v>\#(SheetDate.serial(day))</v></c>"#
            }
        }
        return xml + "</row>"
    }

    /// Character widths: the longest line of the column's cells, between 8 and 60.
    func widths() -> [Int] {
        columns.indices.map { index in
            let longest = ([SheetCell.text(columns[index])] + rows.compactMap { $0.indices.contains(index) ? $0[index] : nil })
                .map { cell in cell.plain.split(separator: "\n").map(\.count).max() ?? 0 }
                .max() ?? 0
            return min(max(longest + 2, 8), 60)
        }
    }

    /// `A1`, `AB12`: the cell's column letters and row number.
    static func reference(column: Int, row: Int) -> String {
        var letters = ""
        var number = column + 1
        while number > 0 {
            let remainder = (number - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + remainder))) + letters
            number = (number - 1) / 26
        }
        return letters + String(row)
    }

    /// Sheet names are at most 31 characters, without `[]:*?/\`.
    static func validSheetName(_ name: String) -> String {
        let cleaned = String(name.filter { !"[]:*?/\\".contains($0) }.prefix(31))
        return cleaned.isEmpty ? "Sheet1" : cleaned
    }
}
