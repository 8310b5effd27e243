import AnnexApp
import TerminalCore

/// One field of a form: its label, then its value. A text is an input field when focused; a
/// choice shows arrows when focused, since Left/Right (or Space) change it.
enum FormRow {
    enum Value {
        case text(LineEditor)
        case choice(String, role: String = Role.text)
    }

    static func draw<S: Surface>(_ label: String, labelWidth: Int, _ value: Value, focused: Bool, in line: Rect, into surface: inout S, context: RenderContext) {
        surface.put(DisplayWidth.pad(label, to: labelWidth), at: line.origin, style: context.style(focused ? Role.heading : Role.label), clip: line)
        drawValue(value, focused: focused, in: line.inset(left: labelWidth), into: &surface, context: context)
    }

    static func drawValue<S: Surface>(_ value: Value, focused: Bool, in area: Rect, into surface: inout S, context: RenderContext) {
        switch value {
        case .text(let editor):
            if focused {
                InputField.draw(editor, in: area, into: &surface, context: context)
            } else {
                surface.put(editor.text, at: area.origin, style: context.style(Role.text), clip: area, newline: .space)
            }
        case .choice(let text, let role):
            let arrows = context.glyphs.isUnicode ? ("◂ ", " ▸") : ("< ", " >")
            surface.put(focused ? arrows.0 + text + arrows.1 : text, at: area.origin, style: context.style(focused ? Role.input : role), clip: area)
        }
    }
}
