/// How many colours the terminal can show.
public enum ColorDepth: Int, Hashable, Sendable, Comparable {
    /// No colours at all (`TERM=vt100`, `NO_COLOR`): only attributes remain.
    case monochrome = 0
    case eight = 8
    case sixteen = 16
    case twoHundredFiftySix = 256

    /// The depth for a terminal that reports `count` colours (ncurses' `COLORS`).
    public init(colorCount count: Int) {
        switch count {
        case 256...: self = .twoHundredFiftySix
        case 16...: self = .sixteen
        case 8...: self = .eight
        default: self = .monochrome
        }
    }

    public static func < (lhs: ColorDepth, rhs: ColorDepth) -> Bool { lhs.rawValue < rhs.rawValue }
}
