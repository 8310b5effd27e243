import Foundation

/// CSV as spreadsheets write it (RFC 4180): quoted fields may hold commas, quotes and line
/// breaks. The delimiter is a comma, or a semicolon or tab when the header row uses those
/// (European spreadsheets save CSV with semicolons). A leading byte-order mark is skipped.
public enum CSVReader {
    public static func read(_ data: Data, path: String) throws -> ImportedSheet {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard let text = String(data: bytes, encoding: .utf8) else {
            throw StoreError(path: path, line: firstInvalidRow(bytes), "is not UTF-8 text; save the sheet as \"CSV UTF-8\" and import it again")
        }
        let delimiter = delimiter(of: text)
        var rows: [ImportedSheet.Row] = []
        var row: [SheetCell] = []
        var field = ""
        var quoted = false, wasQuoted = false
        var record = 1
        var characters = text.makeIterator()
        var pending: Character? = characters.next()
        func endField() {
            row.append(field.isEmpty && !wasQuoted ? .empty : .text(unprefixed(field)))
            field = ""
            wasQuoted = false
        }
        func endRow() {
            endField()
            rows.append(ImportedSheet.Row(number: record, cells: row))
            row = []
            record += 1
        }
        while let character = pending {
            pending = characters.next()
            if quoted {
                if character == "\"" {
                    if pending == "\"" { field.append("\""); pending = characters.next() } else { quoted = false }
                } else {
                    field.append(character == "\r\n" ? "\n" : character)
                }
            } else if character == "\"" && field.isEmpty {
                quoted = true
                wasQuoted = true
            } else if character == delimiter {
                endField()
            } else if character == "\n" || character == "\r\n" || character == "\r" {
                endRow()
            } else {
                field.append(character)
            }
        }
        if quoted { throw StoreError(path: path, line: record, "a quoted field is not closed before the end of the file") }
        if !field.isEmpty || !row.isEmpty || wasQuoted { endRow() }
        return ImportedSheet(rows: rows)
    }

    /// Annex's own CSV (and careful spreadsheets) put `'` before text that would start like a
    /// formula; the apostrophe is not part of the value.
    static func unprefixed(_ text: String) -> String {
        guard text.hasPrefix("'"), let second = text.dropFirst().first, "=+-@\t\r".contains(second) else { return text }
        return String(text.dropFirst())
    }

    private static func delimiter(of text: String) -> Character {
        let header = text.prefix { $0 != "\n" && $0 != "\r\n" }
        let counts: [(Character, Int)] = [",", ";", "\t"].map { candidate in (candidate, header.filter { $0 == candidate }.count) }
        return counts.max { $0.1 < $1.1 }.flatMap { $0.1 > 0 ? $0.0 : nil } ?? ","
    }

    private static func firstInvalidRow(_ data: Data) -> Int {
        var row = 1
        var start = data.startIndex
        for index in data.indices where data[index] == 0x0A {
            if String(data: data[start..<index], encoding: .utf8) == nil { return row }
            row += 1
            start = index + 1
        }
        return row
    }
}
