import Foundation

/// A table as a JSON array of objects, one per row, keyed by column.
///
/// The bytes are the ones earlier versions wrote through `JSONSerialization` with
/// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`, so scripts and diffs over exports
/// see no change: two-space indent, `" : "` between key and value, empty arrays and objects as
/// an opening bracket, a blank line and the closing bracket on its own indented line, control
/// characters escaped (`\b \t \n \f \r`, else `\u00xx` in lower-case hex), `"` and `\`
/// escaped, everything else (`/`, DEL, U+2028, emoji) as it is.
///
/// The keys are in `sortedKeys` order: Foundation's comparison (numeric, case-insensitive,
/// forced ordering, in the system locale) of the column names. Every row has the same columns,
/// so that order is found once per table, not once per row: sorting each row's keys through
/// ICU collation was most of a 1,500-control listing's time.
enum JSONRenderer {
    static func render(_ table: ExportTable) -> String {
        let keys = Key.sorted(table.columns), members = keys.map(\.member)
        var out = ""
        out.reserveCapacity(64 + table.rows.count * (table.columns.count * 48 + 8))
        out += "[\n"
        for (index, row) in table.rows.enumerated() {
            if index > 0 { out += ",\n" }
            out += "  "
            writeObject(row, keys: keys, members: members, into: &out)
        }
        out += "\n]"  // no rows: a blank line between the brackets
        return out + "\n"
    }

    /// One column name as a key: where it appears among the columns (a name given twice is
    /// one key, holding the value of its last column, as a dictionary built from the row did).
    private struct Key {
        var name: String
        var positions: [Int]
        /// The name as written before its value: quoted and escaped once per table.
        var member: String { var out = "    "; writeString(name, into: &out); return out + " : " }

        static func sorted(_ columns: [String]) -> [Key] {
            var keys: [Key] = []
            var index: [String: Int] = [:]
            for (position, column) in columns.enumerated() {
                if let existing = index[column] {
                    keys[existing].positions.append(position)
                } else {
                    index[column] = keys.count
                    keys.append(Key(name: column, positions: [position]))
                }
            }
            return keys.sorted { precedes($0.name, $1.name) }
        }

        /// The comparison `JSONSerialization` sorts keys with on Linux.
        private static func precedes(_ a: String, _ b: String) -> Bool {
            a.compare(b, options: [.numeric, .caseInsensitive, .forcedOrdering], range: a.startIndex..<a.endIndex,
                      locale: NSLocale.system) == .orderedAscending
        }

        /// The column this key takes its value from in a row of `count` values (a short row
        /// has no value for the columns past its end).
        func position(in count: Int) -> Int? { positions.last { $0 < count } }
    }

    private static func writeObject(_ row: [ExportValue], keys: [Key], members: [String], into out: inout String) {
        var first = true
        out += "{\n"
        for (key, member) in zip(keys, members) {
            guard let position = key.position(in: row.count) else { continue }
            if !first { out += ",\n" }
            first = false
            out += member
            writeValue(row[position], into: &out)
        }
        out += "\n  }"  // no members: a blank line between the braces
    }

    private static func writeValue(_ value: ExportValue, into out: inout String) {
        switch value {
        case .text(let text): writeString(text, into: &out)
        case .number(let number): out += String(number)
        case .flag(let flag): out += flag ? "true" : "false"
        case .day(let day): writeString(day.description, into: &out)
        case .none: out += "null"
        case .list(let items):
            out += "[\n"
            for (index, item) in items.enumerated() {
                if index > 0 { out += ",\n" }
                out += "      "
                writeString(item, into: &out)
            }
            out += "\n    ]"  // no items: a blank line between the brackets
        }
    }

    private static let hex: [Character] = Array("0123456789abcdef")

    private static func writeString(_ text: String, into out: inout String) {
        out += "\""
        defer { out += "\"" }
        // Most text needs no escape: append it whole.
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) else {
            out += text
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x22: out += "\\\""
            case 0x5C: out += "\\\\"
            case 0x08: out += "\\b"
            case 0x0C: out += "\\f"
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x09: out += "\\t"
            case 0..<0x20:
                out += "\\u00"
                out.append(hex[Int(scalar.value >> 4)])
                out.append(hex[Int(scalar.value & 0xF)])
            default: out.unicodeScalars.append(scalar)
            }
        }
    }
}
