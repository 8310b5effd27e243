/// One terminal column: a single visible character (a grapheme cluster), its width and style.
/// A wide character sits in its own cell plus a continuation cell to the right, which holds no
/// text and exists so that every column of a row has exactly one cell.
public struct Cell: Hashable, Sendable {
    /// The visible character; empty in a continuation cell.
    public private(set) var grapheme: String
    /// Columns the grapheme takes: 1 or 2, and 0 for a continuation cell.
    public private(set) var width: Int
    public var style: Style

    /// Combining marks beyond this many are dropped: a terminal keeps at most five per cell
    /// (ncurses' CCHARW_MAX), and "Zalgo" text must not grow a cell without bound.
    static let maxScalars = 8

    /// A cell showing `character`. A character that is not a single visible one (a control,
    /// a lone combining mark) is shown as U+FFFD so the grid stays one character per column.
    public init(_ character: Character, style: Style = .plain) {
        let width = DisplayWidth.of(character)
        if width == 0 || Sanitize.visible(character) != nil {
            self.init(grapheme: "\u{FFFD}", width: 1, style: style)
        } else {
            self.init(grapheme: Cell.capped(String(character)), width: width, style: style)
        }
    }

    init(grapheme: String, width: Int, style: Style) {
        self.grapheme = grapheme
        self.width = width
        self.style = style
    }

    public static let blank = Cell(" ")

    public static func blank(_ style: Style) -> Cell {
        Cell(grapheme: " ", width: 1, style: style)
    }

    /// The right half of a wide character.
    public static func continuation(_ style: Style) -> Cell {
        Cell(grapheme: "", width: 0, style: style)
    }

    public var isContinuation: Bool { width == 0 }
    public var isWide: Bool { width == 2 }

    /// Attaches a zero-width mark to this cell's character, as the terminal would.
    mutating func appendZeroWidth(_ mark: Character) {
        guard !isContinuation else { return }
        grapheme = Cell.capped(grapheme + String(mark))
    }

    private static func capped(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard scalars.count > maxScalars else { return text }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars.prefix(maxScalars))
        return String(view)
    }
}
