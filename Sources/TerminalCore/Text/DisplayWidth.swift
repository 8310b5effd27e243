/// How many terminal columns text takes. Wide and fullwidth characters (CJK, Hangul,
/// fullwidth forms, most emoji) take two; combining marks and zero-width joiners take none;
/// control characters take the width of the escape `Sanitize` shows for them.
public enum DisplayWidth {
    /// Columns of one scalar on its own: 0, 1 or 2. Controls count as 0 here; measure
    /// characters or strings to get the width of their visible escape.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x7F { return value >= 0x20 ? 1 : 0 }
        if value < 0xA0 { return 0 }
        if value < 0x0300 { return 1 }
        if contains(value, in: UnicodeWidthTables.zeroWidth) { return 0 }
        if value >= 0x1100, contains(value, in: UnicodeWidthTables.wide) { return 2 }
        return 1
    }

    /// Columns of one grapheme cluster: the width of its first scalar that takes space, as
    /// ncurses counts it (so an emoji sequence joined with ZWJ counts as its first emoji).
    public static func of(_ character: Character) -> Int {
        if let escape = Sanitize.visible(character) { return of(escape) }
        for scalar in character.unicodeScalars {
            let width = of(scalar)
            if width > 0 { return width }
        }
        return 0
    }

    public static func of(_ text: String) -> Int {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
        return text.reduce(0) { $0 + of($1) }
    }

    private static func contains(_ value: UInt32, in table: [UInt32]) -> Bool {
        // Binary search over (first, last) pairs.
        var low = 0
        var high = table.count / 2 - 1
        while low <= high {
            let middle = (low + high) / 2
            if value < table[middle * 2] {
                high = middle - 1
            } else if value > table[middle * 2 + 1] {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }
}
