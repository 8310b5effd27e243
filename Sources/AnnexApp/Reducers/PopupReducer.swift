import AnnexDomain

/// Keys while a popup is open: it captures every key, so typing `q` in a text field types a q.
struct PopupReducer {
    let keymap: Keymap

    func handle(_ key: KeyPress, _ state: inout AppState, perform: (Command, inout AppState) -> [Effect]) -> [Effect] {
        let command = keymap.command(for: key.name, in: state.context)
        switch state.popup {
        case .help(let scroll):
            switch command {
            case .cancel: state.popup = nil
            case .moveDown: state.popup = .help(scroll: scroll + 1)
            case .moveUp: state.popup = .help(scroll: max(0, scroll - 1))
            default: if key == .ctrl("c") { return perform(.quit, &state) }
            }
        case .palette(var palette):
            let matches = PaletteCommands.matches(palette.editor.text, state: state, keymap: keymap)
            switch command {
            case .cancel: state.popup = nil
            case .confirm:
                state.popup = nil
                if matches.indices.contains(palette.selected) { return perform(matches[palette.selected], &state) }
            case .moveDown:
                palette.selected = min(palette.selected + 1, max(0, matches.count - 1))
                state.popup = .palette(palette)
            case .moveUp:
                palette.selected = max(0, palette.selected - 1)
                state.popup = .palette(palette)
            default:
                if TextInput.edit(&palette.editor, with: key) { palette.selected = 0 }
                state.popup = .palette(palette)
            }
        case .filter(var editor, let previous):
            switch command {
            case .cancel:
                state.popup = nil
                state.controls.filter.text = previous
                ControlsReducer.reselect(&state)
            case .confirm:
                state.popup = nil
                let shown = CatalogTree.rows(state).filter { $0.itemID != nil }.count
                state.status = StatusMessage(.info, editor.text.isEmpty ? "Filter cleared" : "\(shown) controls match \"\(editor.text)\"")
            default:
                if TextInput.edit(&editor, with: key) {
                    state.controls.filter.text = editor.text
                    ControlsReducer.reselect(&state)
                }
                state.popup = .filter(editor, previous: previous)
            }
        case .form(var form):
            switch command {
            case .cancel:
                state.popup = nil
                state.status = StatusMessage(.info, "Edit cancelled; nothing changed")
            case .confirm:
                return SoAEditing.submit(form, &state)
            default:
                if key == .tab, form.field == .owner {
                    complete(&form, people: state.workspace.config.people.map(\.id))
                } else if TextInput.edit(&form.editor, with: key) {
                    form.error = nil
                }
                state.popup = .form(form)
            }
        case nil:
            break
        }
        return []
    }

    /// Tab in the owner field completes a person id from annex.yaml.
    private func complete(_ form: inout FieldForm, people: [String]) {
        let typed = form.editor.text
        let candidates = people.filter { $0.hasPrefix(typed) && $0 != typed }.sorted()
        if let first = candidates.first {
            form.editor = LineEditor(first)
        } else if let next = people.sorted().first(where: { $0 > typed }) ?? people.sorted().first {
            form.editor = LineEditor(next)
        }
    }
}

/// The editing keys every text field understands.
enum TextInput {
    /// Applies a key to the editor; returns whether the text changed.
    static func edit(_ editor: inout LineEditor, with key: KeyPress) -> Bool {
        let before = editor.text
        switch key {
        case .character(let character): editor.insert(String(character))
        case .paste(let text): editor.insert(text)
        case .named("backspace"), .named("ctrl+h"): editor.deleteBackward()
        case .named("delete"), .named("ctrl+d"): editor.deleteForward()
        case .named("left"), .named("ctrl+b"): editor.moveLeft()
        case .named("right"), .named("ctrl+f"): editor.moveRight()
        case .named("home"), .named("ctrl+a"): editor.moveHome()
        case .named("end"), .named("ctrl+e"): editor.moveEnd()
        case .named("ctrl+left"), .named("alt+b"): editor.moveWordLeft()
        case .named("ctrl+right"), .named("alt+f"): editor.moveWordRight()
        case .named("ctrl+w"), .named("alt+backspace"): editor.deleteWordBackward()
        case .named("ctrl+u"): editor.deleteToStart()
        case .named("ctrl+k"): editor.deleteToEnd()
        default: break
        }
        return editor.text != before
    }
}

public enum PaletteCommands {
    /// Commands that make sense now, best fuzzy match first; all of them when the query is empty.
    public static func matches(_ query: String, state: AppState, keymap: Keymap) -> [Command] {
        let contexts: [KeyContext] = [.global, state.screen == .controls ? .catalog : .dashboard]
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
