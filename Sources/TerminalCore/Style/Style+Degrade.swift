extension Style {
    /// This style as a terminal of `depth` can show it. Monochrome drops both colours and keeps
    /// the attributes; whether a role that relied on colour should become reverse or bold
    /// instead is the theme's decision, not this function's.
    public func degraded(to depth: ColorDepth) -> Style {
        if depth == .monochrome {
            return Style(attributes: attributes)
        }
        return Style(
            foreground: foreground.degraded(to: depth),
            background: background.degraded(to: depth),
            attributes: attributes
        )
    }
}

extension Color {
    /// The nearest colour a terminal of `depth` has; `.default` stays the default.
    public func degraded(to depth: ColorDepth) -> Color {
        guard let index = paletteIndex else { return .default }
        switch depth {
        case .monochrome: return .default
        case .twoHundredFiftySix: return self
        case .sixteen: return Color(paletteIndex: UInt8(Color.nearestANSI(to: index, among: 16)))
        case .eight: return Color(paletteIndex: UInt8(Color.nearestANSI(to: index, among: 8)))
        }
    }

    /// Bright colours fold onto their base colour; cube and grey entries go to the ANSI colour
    /// closest in RGB, using xterm's usual values for the 16 (terminals differ, so "usual").
    private static func nearestANSI(to index: Int, among count: Int) -> Int {
        if index < 16 { return index < count ? index : index - 8 }
        let target = rgb(ofPaletteIndex: index)
        var best = 0
        var bestDistance = Int.max
        for candidate in 0..<count {
            let (r, g, b) = rgb(ofPaletteIndex: candidate)
            let distance = (r - target.0) * (r - target.0) + (g - target.1) * (g - target.1) + (b - target.2) * (b - target.2)
            if distance < bestDistance {
                bestDistance = distance
                best = candidate
            }
        }
        return best
    }

    private static let xtermANSI: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]

    private static func rgb(ofPaletteIndex index: Int) -> (Int, Int, Int) {
        if index < 16 { return xtermANSI[index] }
        if index >= 232 {
            let level = 8 + (index - 232) * 10
            return (level, level, level)
        }
        let cube = index - 16
        let steps = [0, 95, 135, 175, 215, 255]
        return (steps[cube / 36], steps[(cube / 6) % 6], steps[cube % 6])
    }
}
