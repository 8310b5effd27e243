import Foundation

/// Reads a theme file: `name:`, `description:` and a `roles:` block of `role: STYLE` lines, where
/// STYLE is `FOREGROUND [on BACKGROUND] [bold] [dim] [italic] [underline] [reverse]`. The format
/// is a strict subset of YAML, parsed here so the terminal layer needs no YAML library.
public enum ThemeParser {
    public static func parse(_ text: String, source: String) throws -> Theme {
        var name = ""
        var description = ""
        var roles: [String: Style] = [:]
        var inRoles = false
        // Read as bytes, not Characters: the built-in themes are parsed on every start, before
        // the first frame. Every byte the syntax looks at is ASCII, so UTF-8 text passes whole.
        for (offset, rawLine) in Array(text.utf8).split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            let line = offset + 1
            let content = rawLine.prefix { $0 != UInt8(ascii: "#") }
            if trimmed(content, newlines: true).isEmpty { continue }
            let indented = content.first == UInt8(ascii: " ") || content.first == UInt8(ascii: "\t")
            guard let colon = content.firstIndex(of: UInt8(ascii: ":")) else {
                throw ThemeError(source: source, line: line, message: "expected 'key: value'")
            }
            let key = trimmed(content[..<colon], newlines: false)
            let value = trimmed(content[(colon + 1)...], newlines: true)
            if indented {
                guard inRoles else { throw ThemeError(source: source, line: line, message: "unexpected indented line outside 'roles:'") }
                if roles[key] != nil { throw ThemeError(source: source, line: line, message: "role '\(key)' is defined twice") }
                roles[key] = try parseStyle(value, source: source, line: line)
                continue
            }
            inRoles = false
            switch key {
            case "name": name = unquote(value)
            case "description": description = unquote(value)
            case "roles":
                guard value.isEmpty else { throw ThemeError(source: source, line: line, message: "'roles:' takes indented lines below it") }
                inRoles = true
            default: throw ThemeError(source: source, line: line, message: "unknown key '\(key)' (expected name, description, roles)")
            }
        }
        guard !name.isEmpty else { throw ThemeError(source: source, line: 1, message: "the theme has no 'name:'") }
        guard !roles.isEmpty else { throw ThemeError(source: source, line: 1, message: "the theme defines no roles") }
        return Theme(name: name, description: description, roles: roles)
    }

    /// The text of `bytes` without the spaces around it (Unicode spaces too, as before).
    private static func trimmed(_ bytes: ArraySlice<UInt8>, newlines: Bool) -> String {
        String(decoding: bytes, as: UTF8.self).trimmingThemeSpace(newlines: newlines)
    }

    public static func parseStyle(_ text: String, source: String = "style", line: Int = 1) throws -> Style {
        var style = Style()
        var words = text.utf8.split(whereSeparator: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }).map(lowercased)[...]
        var sawForeground = false
        while let word = words.popFirst() {
            if let attribute = attributes[word] {
                style.attributes.insert(attribute)
            } else if word == "on" {
                guard let next = words.popFirst(), let color = color(next) else {
                    throw ThemeError(source: source, line: line, message: "'on' must be followed by a colour")
                }
                style.background = color
            } else if !sawForeground, let color = color(word) {
                style.foreground = color
                sawForeground = true
            } else {
                throw ThemeError(source: source, line: line, message: "'\(word)' is not a colour or attribute (colours: default, black, red, green, yellow, blue, magenta, cyan, white, bright-<colour>, 0-255; attributes: bold, dim, italic, underline, reverse)")
            }
        }
        return style
    }

    private static let attributes: [String: TextAttributes] = [
        "bold": .bold, "dim": .dim, "italic": .italic, "underline": .underline, "reverse": .reverse,
    ]

    private static let names: [String: Color] = [
        "default": .default, "black": .black, "red": .red, "green": .green, "yellow": .yellow, "blue": .blue,
        "magenta": .magenta, "cyan": .cyan, "white": .white, "bright-black": .brightBlack, "gray": .brightBlack,
        "grey": .brightBlack, "bright-red": .brightRed, "bright-green": .brightGreen, "bright-yellow": .brightYellow,
        "bright-blue": .brightBlue, "bright-magenta": .brightMagenta, "bright-cyan": .brightCyan, "bright-white": .brightWhite,
    ]

    private static func color(_ word: String) -> Color? {
        if let named = names[word] { return named }
        if let index = UInt8(word) { return Color(paletteIndex: index) }
        return nil
    }

    /// ASCII letters lowered; any other byte kept (colour and attribute names are ASCII).
    private static func lowercased(_ word: Substring.UTF8View) -> String {
        String(decoding: word.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }, as: UTF8.self)
    }

    private static func unquote(_ text: String) -> String {
        if text.count >= 2, let first = text.first, first == text.last, first == "\"" || first == "'" {
            return String(text.dropFirst().dropLast())
        }
        return text
    }
}
