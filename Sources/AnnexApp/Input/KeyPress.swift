/// A key press or input event as the app sees it, independent of the terminal library.
/// `name` is the keymap's spelling: `j`, `J`, `ctrl+c`, `enter`, `shift+tab`, `f1`.
public enum KeyPress: Sendable, Equatable, Hashable {
    case character(Character)
    /// A named key: enter, escape, tab, shift+tab, backspace, delete, up, down, left, right,
    /// home, end, pageup, pagedown, f1 … f12, or a ctrl+letter chord.
    case named(String)
    /// Text that arrived as one paste.
    case paste(String)
    case click(x: Int, y: Int)
    case wheel(up: Bool, x: Int, y: Int)
    case resize(width: Int, height: Int)

    public var name: String {
        switch self {
        case .character(" "): "space"
        case .character(let character): String(character)
        case .named(let name): name
        case .paste: "paste"
        case .click: "click"
        case .wheel(let up, _, _): up ? "wheelup" : "wheeldown"
        case .resize: "resize"
        }
    }

    public static let enter = KeyPress.named("enter")
    public static let escape = KeyPress.named("escape")
    public static let tab = KeyPress.named("tab")
    public static let backTab = KeyPress.named("shift+tab")
    public static let backspace = KeyPress.named("backspace")
    public static let up = KeyPress.named("up")
    public static let down = KeyPress.named("down")
    public static let left = KeyPress.named("left")
    public static let right = KeyPress.named("right")
    public static func ctrl(_ letter: Character) -> KeyPress { .named("ctrl+\(letter)") }
}
