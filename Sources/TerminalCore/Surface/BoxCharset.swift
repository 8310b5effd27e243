/// The characters boxes and lines are drawn with. `.ascii` is for terminals whose locale is
/// not UTF-8, where line-drawing characters would come out as garbage.
public struct BoxCharset: Hashable, Sendable {
    public var horizontal: Character
    public var vertical: Character
    public var topLeft: Character
    public var topRight: Character
    public var bottomLeft: Character
    public var bottomRight: Character
    /// Where a line meets a box side: `├` on the left side, `┤` right, `┬` top, `┴` bottom.
    public var teeLeft: Character
    public var teeRight: Character
    public var teeTop: Character
    public var teeBottom: Character
    public var cross: Character

    public static let unicode = BoxCharset(
        horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
        teeLeft: "├", teeRight: "┤", teeTop: "┬", teeBottom: "┴", cross: "┼"
    )

    public static let rounded = BoxCharset(
        horizontal: "─", vertical: "│", topLeft: "╭", topRight: "╮", bottomLeft: "╰", bottomRight: "╯",
        teeLeft: "├", teeRight: "┤", teeTop: "┬", teeBottom: "┴", cross: "┼"
    )

    public static let ascii = BoxCharset(
        horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
        teeLeft: "+", teeRight: "+", teeTop: "+", teeBottom: "+", cross: "+"
    )

    public init(
        horizontal: Character, vertical: Character,
        topLeft: Character, topRight: Character, bottomLeft: Character, bottomRight: Character,
        teeLeft: Character, teeRight: Character, teeTop: Character, teeBottom: Character, cross: Character
    ) {
        self.horizontal = horizontal
        self.vertical = vertical
        self.topLeft = topLeft
        self.topRight = topRight
        self.bottomLeft = bottomLeft
        self.bottomRight = bottomRight
        self.teeLeft = teeLeft
        self.teeRight = teeRight
        self.teeTop = teeTop
        self.teeBottom = teeBottom
        self.cross = cross
    }
}
