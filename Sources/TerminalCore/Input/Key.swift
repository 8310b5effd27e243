/// A key the user pressed, as far as a terminal can tell keys apart.
public enum Key: Hashable, Sendable {
    /// A character typed as text, including non-ASCII ones (`"ü"`, `"情"`) and space.
    case character(Character)
    /// Ctrl held with a letter (stored lowercase) or one of `@ \ ] ^ _` and space.
    /// Ctrl+H, I, J, M and [ cannot be told from Backspace, Tab, Enter and Esc, and arrive as those.
    case ctrl(Character)
    case enter, escape, tab, backTab, backspace, delete, insert
    case up, down, left, right, home, end, pageUp, pageDown
    /// F1 to F12.
    case function(Int)
}

extension Key {
    /// The key a C0 control byte (or DEL) stands for when a terminal sends it.
    public init?(controlCode code: UInt32) {
        switch code {
        case 0x00: self = .ctrl(" ")
        case 0x08, 0x7F: self = .backspace
        case 0x09: self = .tab
        case 0x0A, 0x0D: self = .enter
        case 0x1B: self = .escape
        case 0x01...0x1A: self = .ctrl(Character(Unicode.Scalar(UInt8(code) + 0x60)))
        case 0x1C...0x1F: self = .ctrl(Character(Unicode.Scalar(UInt8(code) + 0x40)))
        default: return nil
        }
    }
}
