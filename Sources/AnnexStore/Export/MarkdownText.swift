import AnnexDomain
import Foundation

/// Text escaped for Markdown: any character the workspace holds shows as itself, and nothing in it
/// can start a table cell, a heading, emphasis, a link or raw HTML.
enum MarkdownText {
    /// For table cells and paragraphs: line breaks become `<br>`.
    static func inline(_ text: String) -> String { escape(text, lineBreak: "<br>") }

    /// For headings: line breaks become spaces.
    static func heading(_ text: String) -> String { escape(text, lineBreak: " ") }

    /// For a paragraph or list item of its own: like `inline`, and a start that Markdown would read
    /// as a list, a rule or indented code (`- `, `+ `, `---`, `1. `, leading spaces) shows as typed.
    static func paragraph(_ text: String) -> String {
        let out = inline(text.trimmingWhitespace)
        let marker = out.prefix { $0.isASCII && $0.isNumber }
        let rest = out.dropFirst(marker.isEmpty ? 1 : marker.count)
        let endsMarker = rest.first.map { $0 == " " } ?? true
        switch out.first {
        case "-" where endsMarker || rest.first == "-", "+" where endsMarker:
            return "\\" + out
        case _ where !marker.isEmpty && (rest.first == "." || rest.first == ")") && (rest.dropFirst().first.map { $0 == " " } ?? true):
            return String(marker) + "\\" + String(rest)
        default:
            return out
        }
    }

    /// Backslash-escaped: CommonMark lets any ASCII punctuation be escaped so.
    private static let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "|", "#", "~"]

    private static func escape(_ text: String, lineBreak: String) -> String {
        var out = ""
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "\r\n" || character == "\n" || character == "\r" || character == "\u{2028}" || character == "\u{2029}" {
                out += lineBreak
            } else if character == "\t" {
                out += " "
            } else if character == "<" {
                // An entity rather than `\<`: every Markdown flavour shows it as text, none starts a tag.
                out += "&lt;"
            } else if character == ">" {
                out += "&gt;"
            } else if special.contains(character) {
                out += "\\" + String(character)
            } else if character == "&", startsEntity(characters, at: index) {
                out += "&amp;"
            } else if character.unicodeScalars.allSatisfy({ $0.properties.generalCategory == .control || isBidiControl($0) }) {
                // Other control characters (escape sequences, NUL) would only garble a terminal or a
                // viewer; bidirectional overrides would show the text in another order than stored.
            } else {
                out.append(character)
            }
            index += 1
        }
        return out
    }

    private static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }

    /// `&amp;`, `&#60;`: an entity a Markdown viewer would turn into another character.
    private static func startsEntity(_ characters: [Character], at index: Int) -> Bool {
        var next = index + 1
        while next < characters.count, characters[next] == "#" || (characters[next].isASCII && (characters[next].isLetter || characters[next].isNumber)) {
            next += 1
        }
        return next > index + 1 && next < characters.count && characters[next] == ";"
    }
}
