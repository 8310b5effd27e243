import AnnexDomain

/// Keys while a popup is open: it captures every key, so typing `q` in a text field types a q.
struct PopupReducer {
    let keymap: Keymap
    let ids: IDGenerator

    func handle(_ key: KeyPress, _ state: inout AppState, perform: (Command, inout AppState) -> [Effect]) -> [Effect] {
        // A note's draft is on disk with every key, so Ctrl-C may quit from the editor: the
        // note comes back when the session reopens.
        if key == .ctrl("c"), state.popup?.layer(FindingEditor.self) != nil { return perform(.quitNow, &state) }
        let command = keymap.command(for: key.name, in: state.context)
        let key = TextKeys.canonical(key, keymap: keymap)
        switch state.popup {
        case .help(let scroll):
            switch command {
            case .cancel: state.popup = nil
            case .moveDown: state.popup = .help(scroll: scroll + 1)
            case .moveUp: state.popup = .help(scroll: max(0, scroll - 1))
            default: if key == .ctrl("c") { return perform(.quitNow, &state) }
            }
        case .palette(var palette):
            let matches = PaletteCommands.matches(palette.editor.text, state: state, keymap: keymap)
            switch palette.pick(key, command: command, matches: matches.count) {
            case .cancel: state.popup = nil
            case .confirm(let index):
                state.popup = nil
                if let index { return perform(matches[index], &state) }
            case .toggle, .stay: state.popup = .palette(palette)
            }
        case .filter(var editor, let previous):
            switch command {
            case .cancel:
                state.popup = nil
                setFilterText(previous, &state)
            case .confirm:
                state.popup = nil
                state.feature.filterConfirmed(editor.text, &state)
            default:
                if TextInput.edit(&editor, with: key) { setFilterText(editor.text, &state) }
                state.popup = .filter(editor, previous: previous)
            }
        case .confirm(let confirmation):
            switch command {
            case .yes:
                state.popup = nil
                switch confirmation.action {
                case .delete(let id): return state.feature.confirmedDelete(id, &state)
                case .quit: return perform(.quitNow, &state)
                }
            case .no:
                state.popup = nil
                state.status = confirmation.action == .quit ? StatusMessage(.info, AuditsNotice.stillInSession) : StatusMessage(.info, ShellNotice.nothingDeleted)
            default:
                break
            }
        case .conflict(let prompt):
            return ConflictResolution.handle(command, prompt, &state)
        case .layer(let layer):
            return layer.base.handle(key, command: command, &state, ids: ids)
        case nil:
            break
        }
        return []
    }

    private func setFilterText(_ text: String, _ state: inout AppState) {
        state.feature.filterTyped(text, &state)
    }

}

/// Tab in an owner field completes a person id from annex.yaml.
enum PersonCompletion {
    /// In a form of several fields Tab only completes what is half typed: on an empty field, a
    /// whole person id or a text no id starts with, it moves on, so the next value typed after
    /// Tab never lands in the person field.
    static func completion(of typed: String, people: [String]) -> String? {
        guard !typed.isEmpty, !people.contains(typed) else { return nil }
        return people.filter { $0.hasPrefix(typed) }.sorted().first
    }

    /// Tab in a person field of a form of several fields: whether it completed a half-typed
    /// person id (else it moves on to the next field).
    static func completeField(_ editor: inout LineEditor?, in state: AppState) -> Bool {
        guard let completion = completion(of: editor?.text ?? "", people: state.workspace.config.people.map(\.id)) else { return false }
        editor = LineEditor(completion)
        return true
    }

    static func complete(_ editor: inout LineEditor, people: [String]) {
        let typed = editor.text
        let candidates = people.filter { $0.hasPrefix(typed) && $0 != typed }.sorted()
        if let first = candidates.first {
            editor = LineEditor(first)
        } else if let next = people.sorted().first(where: { $0 > typed }) ?? people.sorted().first {
            editor = LineEditor(next)
        }
    }
}

/// The editing keys every text field understands, as the keymap's `textField` context binds
/// them. A popup hands its keys through `TextKeys.canonical` first, so each editing command
/// arrives under its standard name (`left`, `backspace`) whatever key the keymap gives it.
enum TextInput {
    /// Applies a key to the field; returns whether the text changed.
    @discardableResult
    static func edit<Field: TextEditing>(_ editor: inout Field, with key: KeyPress) -> Bool {
        let before = editor.text
        switch key {
        case .character(let character): editor.insert(String(character))
        case .paste(let text): editor.insert(text)
        case .named(let name):
            switch Keymap.standard.command(for: name, in: .textField) {
            case .textDeleteBackward: editor.deleteBackward()
            case .textDeleteForward: editor.deleteForward()
            case .textLeft: editor.moveLeft()
            case .textRight: editor.moveRight()
            case .textHome: editor.moveHome()
            case .textEnd: editor.moveEnd()
            case .textWordLeft: editor.moveWordLeft()
            case .textWordRight: editor.moveWordRight()
            case .textDeleteWordBackward: editor.deleteWordBackward()
            case .textDeleteToStart: editor.deleteToStart()
            case .textDeleteToEnd: editor.deleteToEnd()
            default: break
            }
        default: break
        }
        return editor.text != before
    }
}

enum TextKeys {
    /// The key as text fields see it: a key the keymap in force binds to an editing command
    /// arrives as that command's standard key; a standard editing key it does not bind arrives
    /// as nothing a field understands.
    static func canonical(_ key: KeyPress, keymap: Keymap) -> KeyPress {
        guard case .named(let name) = key else { return key }
        if let command = keymap.command(for: name, in: .textField) {
            return Keymap.standard.keys(for: command, in: .textField).first.map(KeyPress.named) ?? key
        }
        if Keymap.standard.command(for: name, in: .textField) != nil { return .named("unbound " + name) }
        return key
    }
}

public enum PaletteCommands {
    /// Commands that make sense now, best fuzzy match first; all of them when the query is empty.
    public static func matches(_ query: String, state: AppState, keymap: Keymap) -> [Command] {
        let contexts: [KeyContext] = [.global, state.screenContext]
        var commands: [Command] = []
        for context in contexts {
            for binding in keymap.bindings[context] ?? [] where !commands.contains(binding.command) && binding.command != .back {
                commands.append(binding.command)
            }
        }
        if query.isEmpty { return commands }
        return commands
            .compactMap { command in FuzzyMatch.score(query, in: command.title).map { (command, $0) } }
            .sorted { $0.1 > $1.1 }
            .map(\.0)
    }
}
