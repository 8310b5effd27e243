/// Cutting and padding by columns. A wide character is kept whole or left out, never split.
extension DisplayWidth {
    public enum Alignment: Hashable, Sendable {
        case leading, center, trailing
    }

    /// `text` cut to at most `columns` columns, ending in `ellipsis` when something was cut.
    /// When even the ellipsis does not fit, the text is cut without it.
    public static func truncate(_ text: String, to columns: Int, ellipsis: String = "…") -> String {
        let columns = max(0, columns)
        if of(text) <= columns { return text }
        let ellipsisWidth = of(ellipsis)
        let (budget, tail) = ellipsisWidth <= columns ? (columns - ellipsisWidth, ellipsis) : (columns, "")
        return prefix(of: text, fitting: budget) + tail
    }

    /// The longest leading part of `text` that fits in `columns` columns.
    public static func prefix(of text: String, fitting columns: Int) -> String {
        var used = 0
        var result = ""
        for character in text {
            let width = of(character)
            if used + width > columns { break }
            used += width
            result.append(character)
        }
        return result
    }

    /// `text` with spaces added to fill `columns` columns; text already that wide or wider is
    /// returned unchanged (use `fit` to also cut).
    public static func pad(_ text: String, to columns: Int, alignment: Alignment = .leading) -> String {
        let missing = columns - of(text)
        guard missing > 0 else { return text }
        switch alignment {
        case .leading:
            return text + String(repeating: " ", count: missing)
        case .trailing:
            return String(repeating: " ", count: missing) + text
        case .center:
            let before = missing / 2
            return String(repeating: " ", count: before) + text + String(repeating: " ", count: missing - before)
        }
    }

    /// Exactly `columns` columns: cut with `ellipsis` if too long, padded if too short (a wide
    /// character that would straddle the end leaves a space instead).
    public static func fit(_ text: String, to columns: Int, alignment: Alignment = .leading, ellipsis: String = "…") -> String {
        pad(truncate(text, to: columns, ellipsis: ellipsis), to: columns, alignment: alignment)
    }
}
