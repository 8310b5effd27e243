/// Keymap names for keys. `name` gives the canonical spelling; `init?(name:)` also accepts
/// common aliases (`return`, `esc`, `pgup`, `backtab`) and any letter case for named keys.
extension Key {
    private static let namedKeys: [(Key, String)] = [
        (.enter, "enter"), (.escape, "escape"), (.tab, "tab"), (.backTab, "shift+tab"),
        (.backspace, "backspace"), (.delete, "delete"), (.insert, "insert"),
        (.up, "up"), (.down, "down"), (.left, "left"), (.right, "right"),
        (.home, "home"), (.end, "end"), (.pageUp, "pageup"), (.pageDown, "pagedown"),
    ]

    private static let aliases: [String: Key] = [
        "return": .enter, "esc": .escape, "backtab": .backTab, "del": .delete, "ins": .insert,
        "pgup": .pageUp, "pgdown": .pageDown, "pgdn": .pageDown,
    ]

    /// `"j"`, `"J"`, `"space"`, `"ctrl+c"`, `"enter"`, `"down"`, `"shift+tab"`, `"f5"`.
    public var name: String {
        switch self {
        case .character(" "): return "space"
        case .character(let character): return String(character)
        case .ctrl(" "): return "ctrl+space"
        case .ctrl(let character): return "ctrl+" + String(character)
        case .function(let number): return "f\(number)"
        default: return Key.namedKeys.first { $0.0 == self }!.1
        }
    }

    public init?(name: String) {
        if name.count == 1, let character = name.first {
            self = .character(character)
            return
        }
        let lowered = name.lowercased()
        if lowered == "space" {
            self = .character(" ")
        } else if lowered.hasPrefix("ctrl+"), lowered.count > 5 {
            let rest = lowered.dropFirst(5)
            if rest == "space" {
                self = .ctrl(" ")
            } else if rest.count == 1, let character = rest.first, character.isASCII, !character.isWhitespace {
                self = .ctrl(character)
            } else {
                return nil
            }
        } else if let named = Key.namedKeys.first(where: { $0.1 == lowered }) {
            self = named.0
        } else if let alias = Key.aliases[lowered] {
            self = alias
        } else if lowered.hasPrefix("f"), let number = Int(lowered.dropFirst()), (1...12).contains(number) {
            self = .function(number)
        } else {
            return nil
        }
    }
}
