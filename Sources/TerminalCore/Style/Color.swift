/// A terminal colour as the terminal understands it: its default, one of the 16 ANSI colours,
/// or an entry of the 256-colour palette. Themes map role names to these.
public enum Color: Hashable, Sendable {
    case `default`
    case black, red, green, yellow, blue, magenta, cyan, white
    case brightBlack, brightRed, brightGreen, brightYellow, brightBlue, brightMagenta, brightCyan, brightWhite
    case indexed(UInt8)

    /// The ANSI colours in palette order, so `ansi[n]` is palette entry `n`.
    public static let ansi: [Color] = [
        .black, .red, .green, .yellow, .blue, .magenta, .cyan, .white,
        .brightBlack, .brightRed, .brightGreen, .brightYellow, .brightBlue, .brightMagenta, .brightCyan, .brightWhite,
    ]

    /// The palette entry (0–255), or nil for the terminal's default colour.
    public var paletteIndex: Int? {
        switch self {
        case .default: return nil
        case .indexed(let index): return Int(index)
        default: return Color.ansi.firstIndex(of: self)
        }
    }

    /// The colour for a palette entry: 0–15 become the named ANSI colours.
    public init(paletteIndex index: UInt8) {
        self = index < 16 ? Color.ansi[Int(index)] : .indexed(index)
    }
}
