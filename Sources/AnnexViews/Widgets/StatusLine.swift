import AnnexApp
import TerminalCore

/// The bottom row: the last message if there is one, then the keys that matter here, generated
/// from the keymap. Side-by-side commands of one group share a hint (`c M m o i  Log`); when the
/// hints do not all fit in the usual style they are packed closer (key, then the word), so a
/// screen with many keys still names them all at 80 columns.
enum StatusLine {
    struct Hint: Equatable {
        var keys: [String]
        var label: String
    }

    static func draw<S: Surface>(_ state: AppState, keymap: Keymap, in area: Rect, into surface: inout S, context: RenderContext) {
        surface.clear(area, style: context.style(Role.statusLine))
        var x = area.x
        if let message = state.status {
            let text = DisplayWidth.truncate(message.notice.words.text(keymap: keymap, context: state.context), to: area.width - 2, ellipsis: context.glyphs.ellipsis)
            x = surface.put(" \(text) ", at: Point(x: x, y: area.y), style: context.style(Role.message(message.kind)), clip: area)
            x += 1
        }
        let hints = hints(state, keymap: keymap)
        let roomy = hints.reduce(0) { $0 + roomyWidth($1) }
        // A message lasts one key: beside one, the usual style stays and the tail gives way.
        let compact = state.status == nil && x + roomy > area.maxX
        if compact { x += 1 }
        for hint in hints {
            let keys = hint.keys.joined(separator: " ")
            if compact {
                // The two spaces after the last hint may fall off the edge.
                guard x + DisplayWidth.of(keys) + DisplayWidth.of(hint.label) + 1 <= area.maxX else { break }
                x = surface.put(keys, at: Point(x: x, y: area.y), style: context.style(Role.statusKey), clip: area)
                x = surface.put(" \(hint.label)  ", at: Point(x: x, y: area.y), style: context.style(Role.statusLine), clip: area)
            } else {
                guard x + roomyWidth(hint) <= area.maxX else { break }
                x = surface.put(" \(keys) ", at: Point(x: x, y: area.y), style: context.style(Role.statusKey), clip: area)
                x = surface.put(" \(hint.label) ", at: Point(x: x, y: area.y), style: context.style(Role.statusLine), clip: area)
            }
        }
    }

    private static func roomyWidth(_ hint: Hint) -> Int {
        DisplayWidth.of(hint.keys.joined(separator: " ")) + DisplayWidth.of(hint.label) + 4
    }

    static func hints(_ state: AppState, keymap: Keymap) -> [Hint] {
        let context = state.context
        var bindings = keymap.hints(for: context)
        if state.popup == nil { bindings += keymap.hints(for: .global) }
        // A read-only session does not advertise the keys it refuses.
        if state.readOnly { bindings.removeAll { Command.changingWorkspace.contains($0.command) } }
        var hints: [Hint] = []
        var lastGroup: String?
        for (name, command) in bindings {
            // Keys as people read them (Enter, Esc, Ctrl-S), the same words help and notices use.
            let key = KeyName.display(name)
            if let group = command.hintGroup, group == lastGroup {
                hints[hints.count - 1].keys.append(key)
            } else {
                hints.append(Hint(keys: [key], label: command.hintGroup ?? command.hint))
            }
            lastGroup = command.hintGroup
        }
        return hints
    }
}
