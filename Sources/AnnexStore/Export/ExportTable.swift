import AnnexDomain
import Foundation

/// A value in an export: typed so JSON keeps numbers and booleans, while CSV and Markdown
/// print them as text.
public enum ExportValue: Sendable, Equatable {
    case text(String)
    case number(Int)
    case flag(Bool)
    case list([String])
    /// A date: text in CSV, JSON and Markdown, a real date in a spreadsheet.
    case day(Day)
    case none

    var plain: String {
        switch self {
        case .text(let text): text
        case .number(let number): String(number)
        case .flag(let flag): flag ? "yes" : "no"
        case .list(let items): items.joined(separator: "; ")
        case .day(let day): day.description
        case .none: ""
        }
    }

    public static func optional(_ text: String?) -> ExportValue { text.map(ExportValue.text) ?? .none }
    public static func optional(_ number: Int?) -> ExportValue { number.map(ExportValue.number) ?? .none }
    public static func optional(_ day: Day?) -> ExportValue { day.map(ExportValue.day) ?? .none }
}

/// Rows with named columns: what every export renders from.
public struct ExportTable: Sendable, Equatable {
    public var columns: [String]
    public var rows: [[ExportValue]]

    public init(columns: [String], rows: [[ExportValue]] = []) {
        self.columns = columns
        self.rows = rows
    }
}

public enum ExportFormat: String, Sendable, CaseIterable {
    case csv, json, md

    public func render(_ table: ExportTable) -> String {
        switch self {
        case .csv: CSVRenderer.render(table)
        case .json: JSONRenderer.render(table)
        case .md: MarkdownRenderer.render(table)
        }
    }
}

enum CSVRenderer {
    static func render(_ table: ExportTable) -> String {
        var lines = [table.columns.map(field).joined(separator: ",")]
        for row in table.rows { lines.append(row.map { field(cell($0)) }.joined(separator: ",")) }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// Spreadsheets run cells that start with = + - @ as formulas: a finding's text or a risk's
    /// asset must never become a formula on an auditor's machine, so such text is prefixed with
    /// an apostrophe. Numbers and flags are Annex's own and left alone.
    private static func cell(_ value: ExportValue) -> String {
        let text = value.plain
        switch value {
        case .text, .list: break
        case .number, .flag, .day, .none: return text
        }
        guard let first = text.first else { return text }
        if "=+@\t\r".contains(first) || (first == "-" && Double(text) == nil) { return "'" + text }
        return text
    }

    private static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

enum MarkdownRenderer {
    static func render(_ table: ExportTable) -> String {
        var lines = ["| " + table.columns.map(escape).joined(separator: " | ") + " |"]
        lines.append("|" + table.columns.map { _ in " --- " }.joined(separator: "|") + "|")
        for row in table.rows { lines.append("| " + row.map { escape($0.plain) }.joined(separator: " | ") + " |") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// As the documents escape their tables: no link, emphasis, HTML or cell break from a value.
    private static func escape(_ text: String) -> String { MarkdownText.inline(text) }
}

extension ExportTable {
    /// The table as a one-sheet workbook; lists are joined as in CSV.
    public func xlsx(sheetName: String) throws -> Data {
        try XLSXWriter(sheetName: sheetName, columns: columns, rows: rows.map { $0.map(\.sheetCell) }).data()
    }
}

extension ExportValue {
    var sheetCell: SheetCell {
        switch self {
        case .text(let text): text.isEmpty ? .empty : .text(text)
        case .number(let number): .number(Double(number))
        case .flag(let flag): .flag(flag)
        case .list(let items): items.isEmpty ? .empty : .text(plain)
        case .day(let day): .day(day)
        case .none: .empty
        }
    }
}
