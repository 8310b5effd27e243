import AnnexApp
import AnnexDomain
import TerminalCore

/// The note editor of the live session: the statement, then the fields that carry over.
enum FindingEditorView {
    static func draw<S: Surface>(_ editor: FindingEditor, in area: Rect, into surface: inout S, context: RenderContext) {
        let rect = PopupView.box(width: 96, height: 20, in: area)
        let title = ISO27001.catalog.item(editor.item)?.title ?? ""
        // "Restored" leads the title: a long item title is cut at the end, never the word that says
        // this note came back from an earlier session.
        let restored = editor.restored ? "Restored: " : ""
        let verb = editor.isNew ? "" : "Edit \(editor.id): "
        let inner = PopupView.frame(rect, title: "\(restored)\(verb)\(editor.classification.title) on \(editor.item) \(title)", into: &surface, context: context)
        let labelWidth = 14
        var fields: [FindingEditor.Field] = [.evidence, .interviewee, .role, .method, .classification]
        let errorLines = editor.error.map { Array(Wrap.lines($0, width: max(1, inner.width)).prefix(2)) } ?? []
        let extra = (editor.sample == nil ? 0 : 1) + errorLines.count + 1
        let noteHeight = max(2, inner.height - 1 - fields.count - extra)
        surface.put(FindingEditor.Field.statement.label, at: inner.origin, style: context.style(editor.field == .statement ? Role.heading : Role.label), clip: inner)
        let noteArea = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: noteHeight)
        TextAreaView.draw(editor.statement, focused: editor.field == .statement, in: noteArea, into: &surface, context: context)
        var y = noteArea.maxY
        let arrows = context.glyphs.isUnicode ? ("◂ ", " ▸") : ("< ", " >")
        for field in fields {
            let line = Rect(x: inner.x, y: y, width: inner.width, height: 1)
            let focused = field == editor.field
            surface.put(DisplayWidth.pad(field.label, to: labelWidth), at: line.origin, style: context.style(focused ? Role.heading : Role.label), clip: line)
            let value = line.inset(left: labelWidth)
            switch field {
            case .method, .classification:
                let text = field == .method ? editor.method.rawValue : editor.classification.title
                let role = field == .classification ? Role.finding(editor.classification) : Role.text
                surface.put(focused ? arrows.0 + text + arrows.1 : text, at: value.origin, style: context.style(focused ? Role.input : role), clip: value)
            default:
                let text = field == .evidence ? editor.evidence : field == .interviewee ? editor.interviewee : editor.role
                if focused {
                    InputField.draw(text, in: value, into: &surface, context: context)
                } else {
                    surface.put(text.text, at: value.origin, style: context.style(Role.text), clip: value, newline: .space)
                }
            }
            y += 1
        }
        fields.removeAll()
        if let sample = editor.sample {
            let text = "Sample \(sample.size) of \(sample.populationSize), seed \(sample.seed.map(String.init) ?? "-"): \(sample.items.joined(separator: ", "))  (Ctrl-X drops it)"
            surface.put(text, at: Point(x: inner.x, y: y), style: context.style(Role.dim), clip: inner)
            y += 1
        }
        for (index, line) in errorLines.enumerated() {
            surface.put(line, at: Point(x: inner.x, y: y + index), style: context.style(Role.error), clip: inner)
        }
        let hint = "Enter saves, Ctrl-O new line, Tab next field, Space/arrows change a choice, Esc"
        surface.put(hint, at: Point(x: inner.x, y: inner.maxY - 1), style: context.style(Role.dim), clip: inner)
    }
}
