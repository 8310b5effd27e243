import TerminalCore

/// What a view needs besides the state: the theme's styles and the glyphs the terminal can show.
public struct RenderContext: Sendable {
    public var theme: Theme
    public var glyphs: Glyphs

    public init(theme: Theme, unicode: Bool = true) {
        self.theme = theme
        glyphs = unicode ? .unicode : .ascii
    }

    public func style(_ role: String) -> Style { theme.style(role) }
}

/// Line drawing and markers, with an ASCII set for terminals without a UTF-8 locale.
public struct Glyphs: Sendable {
    public var box: BoxCharset
    public var barFilled: Character
    public var barEmpty: Character
    public var expanded: String
    public var collapsed: String
    public var bullet: String
    public var ellipsis: String
    public var cursor: Character
    /// Between items on one line: ` · `.
    public var separator: String
    public var isUnicode: Bool

    public static let unicode = Glyphs(
        box: .unicode, barFilled: "█", barEmpty: "░", expanded: "▾", collapsed: "▸", bullet: "•", ellipsis: "…", cursor: "▏", separator: " · ", isUnicode: true
    )
    public static let ascii = Glyphs(
        box: .ascii, barFilled: "#", barEmpty: "-", expanded: "v", collapsed: ">", bullet: "*", ellipsis: "~", cursor: "|", separator: " - ", isUnicode: false
    )
}
