import CNcurses
import TerminalCore

/// Turns styles into curses attributes and colour pairs, allocating a pair the first time a
/// foreground/background combination is used. Pairs are never freed: a theme uses a few dozen
/// and even 8-colour terminals offer 64.
struct ColorPalette {
    let depth: ColorDepth
    let usesDefaultColors: Bool
    private var pairs: [ColorKey: Int16] = [:]
    private var styles: [Style: (attr_t, Int16)] = [:]
    /// Neighbouring cells mostly share a style: the last one answers without hashing.
    private var last: (style: Style, resolved: (attr_t, Int16))?
    private let maxPairs: Int

    private struct ColorKey: Hashable {
        var foreground: Int16
        var background: Int16
    }

    init(depth: ColorDepth, usesDefaultColors: Bool) {
        self.depth = depth
        self.usesDefaultColors = usesDefaultColors
        // init_pair takes a short.
        maxPairs = depth == .monochrome ? 0 : min(Int(annex_color_pairs()), Int(Int16.max))
    }

    /// The attributes and colour pair that show `style` on this terminal.
    mutating func resolve(_ style: Style) -> (attributes: attr_t, pair: Int16) {
        if let last, last.style == style { return last.resolved }
        if let known = styles[style] {
            last = (style, known)
            return known
        }
        let shown = style.degraded(to: depth)
        let resolved = (NcursesAttributes.from(shown.attributes), pair(for: shown))
        styles[style] = resolved
        last = (style, resolved)
        return resolved
    }

    private mutating func pair(for style: Style) -> Int16 {
        let key = ColorKey(foreground: number(of: style.foreground, default: Int16(COLOR_WHITE)),
                           background: number(of: style.background, default: Int16(COLOR_BLACK)))
        if usesDefaultColors, key.foreground == -1, key.background == -1 { return 0 }
        if let known = pairs[key] { return known }
        // Pair 0 is fixed (the default colours); when pairs run out, the default is the fallback.
        let next = pairs.count + 1
        guard next < maxPairs, init_pair(Int16(next), key.foreground, key.background) == OK else { return 0 }
        pairs[key] = Int16(next)
        return Int16(next)
    }

    /// The curses colour number; -1 is the terminal's own default after `use_default_colors`.
    private func number(of color: Color, default fallback: Int16) -> Int16 {
        guard let index = color.paletteIndex else { return usesDefaultColors ? -1 : fallback }
        return Int16(index)
    }
}

enum NcursesAttributes {
    static func from(_ attributes: TextAttributes) -> attr_t {
        var result = annex_attr_normal()
        if attributes.contains(.bold) { result |= annex_attr_bold() }
        if attributes.contains(.dim) { result |= annex_attr_dim() }
        if attributes.contains(.italic) { result |= annex_attr_italic() }
        if attributes.contains(.underline) { result |= annex_attr_underline() }
        if attributes.contains(.reverse) { result |= annex_attr_reverse() }
        return result
    }
}
