import AnnexApp
import TerminalCore

/// The bottom row: the last message if there is one, otherwise the keys that matter here,
/// generated from the keymap.
enum StatusLine {
    static func draw<S: Surface>(_ state: AppState, keymap: Keymap, in area: Rect, into surface: inout S, context: RenderContext) {
        surface.clear(area, style: context.style(Role.statusLine))
        var x = area.x
        if let message = state.status {
            let text = DisplayWidth.truncate(message.text, to: area.width - 2, ellipsis: context.glyphs.ellipsis)
            x = surface.put(" \(text) ", at: Point(x: x, y: area.y), style: context.style(Role.message(message.kind)), clip: area)
            x += 1
        }
        for (key, command) in hints(state, keymap: keymap) {
            let width = DisplayWidth.of(key) + DisplayWidth.of(command.hint) + 3
            guard x + width <= area.maxX else { break }
            x = surface.put(" \(key) ", at: Point(x: x, y: area.y), style: context.style(Role.statusKey), clip: area)
            x = surface.put(" \(command.hint) ", at: Point(x: x, y: area.y), style: context.style(Role.statusLine), clip: area)
        }
    }

    static func hints(_ state: AppState, keymap: Keymap) -> [(String, Command)] {
        let context = state.context
        let local = keymap.hints(for: context).map { ($0.key, $0.command) }
        if state.popup != nil { return local }
        return local + keymap.hints(for: .global).map { ($0.key, $0.command) }
    }
}
