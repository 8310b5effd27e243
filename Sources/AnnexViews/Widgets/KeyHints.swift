import AnnexApp

extension RenderContext {
    /// The key of `command` as the keymap in force binds it in `keys` (`Enter`, `Ctrl-O`), or
    /// the command's title when nothing binds it.
    func key(_ command: Command, in keys: KeyContext) -> String {
        KeyName.display(keymap.key(for: command, preferring: keys) ?? command.title)
    }

    /// A popup's line of keys, `Enter saves, Esc cancels`: each command named by the key that
    /// binds it now; a rebinding changes the line. `plain` parts name no command (typing,
    /// the arrows of a choice) and are said as they are.
    func hint(_ parts: [HintPart], in keys: KeyContext) -> String {
        parts.map { part in
            switch part {
            case .command(let command, let words): "\(key(command, in: keys)) \(words)"
            case .pair(let first, let second, let words): "\(key(first, in: keys))/\(key(second, in: keys)) \(words)"
            case .plain(let text): text
            }
        }.joined(separator: ", ")
    }
}

enum HintPart {
    case command(Command, String)
    /// Two commands one after the other: `Tab/Shift-Tab field`.
    case pair(Command, Command, String)
    case plain(String)

    static let saves = HintPart.command(.confirm, "saves")
    static let cancels = HintPart.command(.cancel, "cancels")
    static let fields = HintPart.pair(.nextField, .previousField, "field")
    static let nextField = HintPart.command(.nextField, "next field")
    /// `Left/Right chooses`, from the keymap's choice-field keys.
    static func chooses(_ words: String = "chooses") -> HintPart { .pair(.choicePrevious, .choiceNext, words) }
}
