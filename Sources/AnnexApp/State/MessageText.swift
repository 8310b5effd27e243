/// Text for the status line that names keys by the command they run, so it says the key the
/// keymap binds (`\(key: .clearFilters) clears` reads "x clears" today, and follows a rebinding).
public struct MessageText: Sendable, Equatable, ExpressibleByStringInterpolation {
    public enum Part: Sendable, Equatable {
        case text(String)
        case key(Command)
    }

    public private(set) var parts: [Part]

    public init(stringLiteral value: String) { parts = [.text(value)] }

    public init(stringInterpolation: StringInterpolation) { parts = stringInterpolation.parts }

    public init(_ text: String) { parts = [.text(text)] }

    /// `first` and `then` in one line (`first; then`), or `then` alone when there is no first.
    public init(_ first: MessageText?, then: MessageText, separator: String = "; ", closing: String = "") {
        guard let first else {
            parts = then.parts
            return
        }
        parts = first.parts + [.text(separator)] + then.parts + [.text(closing)]
    }

    public struct StringInterpolation: StringInterpolationProtocol {
        var parts: [Part] = []

        public init(literalCapacity: Int, interpolationCount: Int) {}

        public mutating func appendLiteral(_ literal: String) { parts.append(.text(literal)) }

        public mutating func appendInterpolation(_ value: some Any) { parts.append(.text("\(value)")) }

        /// The key bound to `command`.
        public mutating func appendInterpolation(key command: Command) { parts.append(.key(command)) }
    }

    /// The text, each key named as `keymap` binds it: first in `context`, then anywhere.
    public func text(keymap: Keymap = .standard, context: KeyContext? = nil) -> String {
        parts.map { part in
            switch part {
            case .text(let text): text
            case .key(let command): KeyName.display(keymap.key(for: command, preferring: context) ?? command.title)
            }
        }.joined()
    }
}

/// Key names as people read them in a sentence: `Enter`, `Esc`, `Ctrl-O`, `x`.
public enum KeyName {
    public static func display(_ name: String) -> String {
        switch name {
        case "enter": return "Enter"
        case "escape": return "Esc"
        case "tab": return "Tab"
        case "shift+tab": return "Shift-Tab"
        case "delete": return "Delete"
        case "backspace": return "Backspace"
        case "left", "right", "up", "down", "space", "home", "end": return name.prefix(1).uppercased() + name.dropFirst()
        default:
            if name.hasPrefix("ctrl+") { return "Ctrl-" + name.dropFirst(5).uppercased() }
            return name
        }
    }
}

extension Keymap {
    /// The first key of `command`, looked up in `context` first, then globally, then in every
    /// context in a fixed order.
    public func key(for command: Command, preferring context: KeyContext? = nil) -> String? {
        let order = [context, .global].compactMap { $0 } + KeyContext.all
        for context in order {
            if let key = keys(for: command, in: context).first { return key }
        }
        return nil
    }
}
