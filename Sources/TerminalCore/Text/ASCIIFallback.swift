import Foundation

/// What a terminal limited to ASCII (a locale that is not UTF-8) shows for a character it cannot
/// draw: the letter without its accent, a look-alike for the symbols Annex uses, else `?`. So
/// "Wrocław" reads "Wroclaw" and "L4×I5" reads "L4xI5" rather than "Wroc?aw" and "L4?I5".
public enum ASCIIFallback {
    public static func character(for grapheme: String) -> Character {
        if let look = lookAlikes[grapheme] { return look }
        guard let base = grapheme.decomposedStringWithCanonicalMapping.unicodeScalars.first else { return "?" }
        if base.isASCII, base.properties.isAlphabetic || base.properties.numericType != nil { return Character(base) }
        return lookAlikes[String(base)] ?? "?"
    }

    private static let lookAlikes: [String: Character] = [
        "×": "x", "·": ".", "•": "*", "…": "~", "–": "-", "—": "-", "−": "-",
        "‘": "'", "’": "'", "‚": "'", "“": "\"", "”": "\"", "„": "\"", "«": "<", "»": ">",
        "✓": "+", "✗": "x", "→": ">", "←": "<", "↑": "^", "↓": "v", "▲": "^", "▼": "v", "▸": ">", "▾": "v",
        "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ı": "i", "\u{00A0}": " ",
    ]
}
