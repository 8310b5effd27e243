import AnnexDomain
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// One worksheet's `<sheetData>`: cells placed by their reference (`C7`), so skipped empty
/// cells and rows keep everything else in its column and row.
final class SheetParser: NSObject, XMLParserDelegate {
    private let strings: [String]
    private let dateStyles: Set<Int>
    private var rows: [ImportedSheet.Row] = []
    private var row: ImportedSheet.Row?
    private var nextRowNumber = 1
    private var cell: (column: Int, type: String, style: Int)?
    private var nextColumn = 0
    private var value = "", inlineText = ""
    private var inValue = false, inInlineText = false, hasFormula = false
    private var failure: String?

    private init(strings: [String], dateStyles: Set<Int>) {
        self.strings = strings
        self.dateStyles = dateStyles
    }

    static func parse(_ data: Data, path: String, strings: [String], dateStyles: Set<Int>) throws -> ImportedSheet {
        let delegate = SheetParser(strings: strings, dateStyles: dateStyles)
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        guard parser.parse() else { throw StoreError(path: path, "is damaged: its sheet is not well-formed XML") }
        if let failure = delegate.failure { throw StoreError(path: path, failure) }
        return ImportedSheet(rows: delegate.rows)
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        switch name {
        case "row":
            let number = attributes["r"].flatMap(Int.init) ?? nextRowNumber
            row = ImportedSheet.Row(number: number, cells: [])
            nextRowNumber = number + 1
            nextColumn = 0
        case "c":
            let column = attributes["r"].flatMap(Self.column(of:)) ?? nextColumn
            cell = (column, attributes["t"] ?? "n", attributes["s"].flatMap(Int.init) ?? 0)
            nextColumn = column + 1
            value = ""
            inlineText = ""
            hasFormula = false
        case "v": inValue = true
        case "t": inInlineText = cell != nil
        case "f": hasFormula = true
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "v": inValue = false
        case "t": inInlineText = false
        case "c": finishCell()
        case "row":
            if let row { rows.append(row) }
            row = nil
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inValue { value += string } else if inInlineText { inlineText += string }
    }

    private func finishCell() {
        guard let cell, row != nil else { return }
        self.cell = nil
        let content: SheetCell
        switch cell.type {
        case "s":
            guard let index = Int(value), strings.indices.contains(index) else {
                failure = "is damaged: a cell names shared string \(value), which does not exist"
                return
            }
            content = .text(strings[index])
        case "inlineStr": content = .text(inlineText)
        case "str": content = .text(value)
        case "b": content = .flag(value == "1" || value.lowercased() == "true")
        case "e": content = .text(value)
        case "d": content = Day(String(value.prefix(10))).map(SheetCell.day) ?? .text(value)
        default:
            if value.isEmpty { content = .empty }
            else if let number = Double(value) {
                content = dateStyles.contains(cell.style) ? (SheetDate.day(serial: number).map(SheetCell.day) ?? .number(number)) : .number(number)
            } else { content = .text(value) }
        }
        while row!.cells.count < cell.column { row!.cells.append(.empty) }
        if row!.cells.count == cell.column { row!.cells.append(content) } else { row!.cells[cell.column] = content }
        if hasFormula { row!.formulaColumns.insert(cell.column) }
    }

    /// `AB12` → 27 (zero-based column).
    static func column(of reference: String) -> Int? {
        let letters = reference.prefix { $0.isLetter }.uppercased()
        guard !letters.isEmpty, letters.count <= 3 else { return nil }
        return letters.unicodeScalars.reduce(0) { $0 * 26 + Int($1.value) - 64 } - 1
    }
}
