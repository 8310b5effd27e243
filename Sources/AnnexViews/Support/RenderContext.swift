import AnnexApp
import TerminalCore

/// What a view needs besides the state: the theme's styles and the glyphs the terminal can show.
public struct RenderContext: Sendable {
    public var theme: Theme
    public var glyphs: Glyphs
    /// The keymap in force: notices name their keys as it binds them.
    public var keymap: Keymap = .standard
    /// Collects where panes and rows are drawn, when the caller wants the frame's layout.
    var recorder: FrameRecorder?

    public init(theme: Theme, unicode: Bool = true) {
        self.theme = theme
        glyphs = unicode ? .unicode : .ascii
    }

    public func style(_ role: String) -> Style { theme.style(role) }

    /// A notice in words, its keys named by the keymap in force (first as bound in `keys`).
    public func words(_ notice: Notice, in keys: KeyContext? = nil) -> String {
        notice.words.text(keymap: keymap, context: keys)
    }

    /// Notes that `target` was drawn in `rect` (nothing when no layout is wanted).
    func record(_ target: FrameLayout.Target, _ rect: Rect) {
        recorder?.layout.record(FrameLayout.Region(target, x: rect.x, y: rect.y, width: rect.width, height: rect.height))
    }

    /// Notes the first row a list showed, so the state takes it back.
    func note(scroll: Int, in target: FrameLayout.Target) {
        recorder?.layout.note(scroll: scroll, in: target)
    }

    /// Notes how many lines of the pane's selected entry fell below its edge.
    func note(hiddenBelow lines: Int, in target: FrameLayout.Target) {
        recorder?.layout.note(hiddenBelow: lines, in: target)
    }
}

/// A frame's layout as it is drawn. A reference, so views that take the context by value can add
/// to it; one recorder lives for one frame on one thread.
final class FrameRecorder: @unchecked Sendable {
    var layout = FrameLayout()
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
