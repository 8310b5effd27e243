import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ZIPFoundation

/// Reads one sheet of an Office Open XML workbook (what Excel, LibreOffice, Google Sheets and
/// openpyxl save as .xlsx): shared and inline strings, numbers, booleans, dates (numbers in a
/// date format), and which cells are formulas.
public enum XLSXReader {
    /// The sheets' names in workbook order.
    public static func sheetNames(_ data: Data, path: String) throws -> [String] {
        try Workbook(data, path: path).sheets.map(\.name)
    }

    /// The sheet named `sheet`, or the first.
    public static func read(_ data: Data, path: String, sheet: String? = nil) throws -> ImportedSheet {
        let workbook = try Workbook(data, path: path)
        guard let chosen = sheet.map({ name in workbook.sheets.first { $0.name == name } ?? workbook.sheets.first { $0.name.lowercased() == name.lowercased() } }) ?? workbook.sheets.first else {
            if let sheet {
                throw StoreError(path: path, "has no sheet named \"\(sheet)\"; its sheets: \(workbook.sheets.map { "\"\($0.name)\"" }.joined(separator: ", "))")
            }
            throw StoreError(path: path, "has no sheets")
        }
        let strings = try workbook.part("xl/sharedStrings.xml").map { try SharedStringsParser.parse($0, path: path) } ?? []
        let dateStyles = try workbook.part("xl/styles.xml").map { try StylesParser.dateStyles($0, path: path) } ?? []
        guard let sheetXML = try workbook.part(chosen.target) else {
            throw StoreError(path: path, "is damaged: its sheet \"\(chosen.name)\" (\(chosen.target)) is missing")
        }
        return try SheetParser.parse(sheetXML, path: path, strings: strings, dateStyles: dateStyles)
    }
}

private struct Workbook {
    struct Sheet { var name: String; var target: String }
    let archive: Archive
    let path: String
    var sheets: [Sheet] = []

    init(_ data: Data, path: String) throws {
        self.path = path
        guard data.starts(with: [0x50, 0x4B]), let archive = try? Archive(data: data, accessMode: .read) else {
            throw StoreError(path: path, "is not an .xlsx workbook (not a ZIP container); save it as Excel Workbook (.xlsx) or CSV")
        }
        self.archive = archive
        guard let workbook = try part("xl/workbook.xml") else {
            throw StoreError(path: path, "is not an .xlsx workbook (no xl/workbook.xml)")
        }
        let targets = try part("xl/_rels/workbook.xml.rels").map { try AttributeCollector.collect($0, element: "Relationship", path: path) } ?? []
        let byID = Dictionary(targets.compactMap { attributes in attributes["Id"].map { ($0, attributes["Target"] ?? "") } }, uniquingKeysWith: { first, _ in first })
        sheets = try AttributeCollector.collect(workbook, element: "sheet", path: path).compactMap { attributes in
            guard let name = attributes["name"] else { return nil }
            let id = attributes["r:id"] ?? attributes.first { $0.key.hasSuffix(":id") }?.value ?? ""
            let target = byID[id] ?? "worksheets/sheet1.xml"
            return Sheet(name: name, target: target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target)
        }
    }

    func part(_ name: String) throws -> Data? {
        guard let entry = archive[name] else { return nil }
        guard entry.uncompressedSize < 200_000_000 else { throw StoreError(path: path, "\(name) is too large to import") }
        var data = Data()
        do {
            _ = try archive.extract(entry) { data.append($0) }
        } catch {
            throw StoreError(path: path, "is damaged: \(name) cannot be unpacked")
        }
        return data
    }
}

/// The attributes of every element of one name, in document order.
private final class AttributeCollector: NSObject, XMLParserDelegate {
    private let element: String
    private var found: [[String: String]] = []

    private init(element: String) { self.element = element }

    static func collect(_ data: Data, element: String, path: String) throws -> [[String: String]] {
        let collector = AttributeCollector(element: element)
        let parser = XMLParser(data: data)
        parser.delegate = collector
        guard parser.parse() else { throw StoreError(path: path, "is damaged: a part of the workbook is not well-formed XML") }
        return collector.found
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        if name == element { found.append(attributes) }
    }
}

/// `xl/sharedStrings.xml`: each `<si>`'s text, rich-text runs joined, phonetic hints left out.
private final class SharedStringsParser: NSObject, XMLParserDelegate {
    private var strings: [String] = []
    private var current = ""
    private var inText = false, inPhonetic = false

    static func parse(_ data: Data, path: String) throws -> [String] {
        let delegate = SharedStringsParser()
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        guard parser.parse() else { throw StoreError(path: path, "is damaged: its shared strings are not well-formed XML") }
        return delegate.strings
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        switch name {
        case "si": current = ""
        case "t": inText = true
        case "rPh": inPhonetic = true
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "si": strings.append(current)
        case "t": inText = false
        case "rPh": inPhonetic = false
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText, !inPhonetic { current += string }
    }
}

/// Which cell styles (`s="…"` indexes into `cellXfs`) show a number as a date.
private final class StylesParser: NSObject, XMLParserDelegate {
    private var customFormats: [Int: String] = [:]
    private var cellFormats: [Int] = []
    private var inCellXfs = false

    static func dateStyles(_ data: Data, path: String) throws -> Set<Int> {
        let delegate = StylesParser()
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        guard parser.parse() else { throw StoreError(path: path, "is damaged: its styles are not well-formed XML") }
        return Set(delegate.cellFormats.enumerated().filter { delegate.isDate($0.element) }.map(\.offset))
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        switch name {
        case "numFmt":
            if let id = attributes["numFmtId"].flatMap(Int.init) { customFormats[id] = attributes["formatCode"] ?? "" }
        case "cellXfs": inCellXfs = true
        case "xf" where inCellXfs: cellFormats.append(attributes["numFmtId"].flatMap(Int.init) ?? 0)
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "cellXfs" { inCellXfs = false }
    }

    private func isDate(_ format: Int) -> Bool {
        if (14...22).contains(format) || (27...36).contains(format) || (45...47).contains(format) || (50...58).contains(format) { return true }
        guard let code = customFormats[format] else { return false }
        // Quoted text and [colour]/[locale] sections say nothing about dates.
        var plain = ""
        var inQuote = false, inBracket = false
        for character in code.lowercased() {
            switch character {
            case "\"": inQuote.toggle()
            case "[" where !inQuote: inBracket = true
            case "]" where !inQuote: inBracket = false
            default: if !inQuote && !inBracket { plain.append(character) }
            }
        }
        return plain.contains("y") || plain.contains("d") || (plain.contains("m") && !plain.contains("0"))
    }
}
