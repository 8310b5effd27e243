/// Everything the terminal can tell the application: keys, pasted text, mouse, new size.
public enum KeyEvent: Hashable, Sendable {
    case key(Key)
    /// Text pasted at once (bracketed paste): inserted as text, never run as key commands.
    case paste(String)
    case mouse(MouseEvent)
    /// The terminal now has this size; everything must be drawn again.
    case resize(Size)

    /// The stable name keymaps use: a key's name (`"j"`, `"ctrl+c"`, `"shift+tab"`), a mouse
    /// event's (`"click"`, `"wheelup"`), or `"paste"` and `"resize"`.
    public var name: String {
        switch self {
        case .key(let key): return key.name
        case .paste: return "paste"
        case .mouse(let mouse): return mouse.name
        case .resize: return "resize"
        }
    }

    /// The key event a keymap name stands for, or nil when the name is not a key's.
    public init?(name: String) {
        guard let key = Key(name: name) else { return nil }
        self = .key(key)
    }
}
