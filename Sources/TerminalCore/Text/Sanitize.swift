/// Makes data safe to show: control characters become visible escapes, so nothing read from a
/// file or typed into a field can move the cursor, change colours or retitle the terminal.
/// Every drawing function runs text through this; data never reaches the terminal raw.
public enum Sanitize {
    /// How a line break inside one line of text is shown.
    public enum Newline: Hashable, Sendable {
        /// `⏎`, so the reader sees that the text went on.
        case symbol
        case space
    }

    public static let newlineSymbol: Character = "⏎"

    /// `text` with every character that must not reach a terminal replaced by what shows it:
    /// `^[` for ESC (so `\u{1b}[31m` reads `^[[31m`), `^?` for DEL, `<9B>` for C1 controls,
    /// `<U+202E>` for bidirectional overrides, a space for a tab.
    public static func text(_ text: String, newline: Newline = .symbol) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        return escaped(text) { visible($0, newline: newline) }
    }

    /// For what the command line writes: like `text`, except that line breaks (`\n`, `\r\n`) and
    /// tabs are the output's own layout and stay as they are.
    public static func keepingLayout(_ text: String) -> String {
        guard needsEscapeKeepingLayout(text) else { return text }
        return escaped(text) { character in
            character == "\n" || character == "\r\n" || character == "\t" ? nil : visible(character)
        }
    }

    /// `text` with each character `replacement` names replaced, the others kept.
    private static func escaped(_ text: String, replacement: (Character) -> String?) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        for character in text {
            if let shown = replacement(character) { result += shown } else { result.append(character) }
        }
        return result
    }

    /// A scan of the bytes (fast on a large export): any control but a tab, a line feed or a CR
    /// that starts a CRLF, or a scalar `needsEscape` names.
    private static func needsEscapeKeepingLayout(_ text: String) -> Bool {
        var utf8 = text.utf8.makeIterator()
        var pendingCR = false
        var sawOther = false
        while let byte = utf8.next() {
            if pendingCR, byte != 0x0A { return true }
            pendingCR = byte == 0x0D
            switch byte {
            case 0x09, 0x0A, 0x0D: continue
            case 0x00...0x1F, 0x7F: return true
            case 0x80...: sawOther = true
            default: continue
            }
        }
        if pendingCR { return true }
        // Only text beyond ASCII can hold a C1 control or a bidirectional override.
        return sawOther && text.unicodeScalars.contains { $0.value >= 0x80 && needsEscape($0) }
    }

    /// What shows `character`, or nil when it can be shown as it is.
    public static func visible(_ character: Character, newline: Newline = .symbol) -> String? {
        guard let scalar = character.unicodeScalars.first, needsEscape(scalar) else { return nil }
        if character == "\r\n" { return newlineText(newline) }
        // Controls are grapheme clusters of their own (UAX #29 GB4/GB5), so the first scalar
        // is the whole character.
        switch scalar.value {
        case 0x09: return " "
        case 0x0A, 0x85, 0x2028, 0x2029: return newlineText(newline)
        case 0x00...0x1F: return "^" + String(Unicode.Scalar(UInt8(scalar.value) + 0x40))
        case 0x7F: return "^?"
        case 0x80...0x9F: return "<" + hex(scalar.value, digits: 2) + ">"
        default: return "<U+" + hex(scalar.value, digits: 4) + ">"
        }
    }

    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: return true
        // Bidirectional embeddings, overrides and isolates can make text read in an order other
        // than the one it is stored in ("Trojan Source"); line and paragraph separators break lines.
        case 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029: return true
        default: return false
        }
    }

    private static func newlineText(_ newline: Newline) -> String {
        newline == .symbol ? String(newlineSymbol) : " "
    }

    private static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
