import AnnexApp
import AnnexDomain
import TerminalCore

/// The note editor of the live session: the statement, then the fields that carry over.
enum FindingEditorView {
    static func draw<S: Surface>(_ editor: FindingEditor, workspace: Workspace, in area: Rect, into surface: inout S, context: RenderContext) {
        let rect = PopupView.box(width: 96, height: 20, in: area)
        let named = FrameworkName.findingItem(editor.item, audit: editor.audit, in: workspace)
        let title = named.title ?? ""
        // "Restored" leads the title: a long item title is cut at the end, never the word that says
        // this note came back from an earlier session.
        let restored = editor.restored ? "Restored: " : ""
        let verb = editor.isNew ? "" : "Edit \(editor.id): "
        let inner = PopupView.frame(rect, title: "\(restored)\(verb)\(editor.classification.title) on \(named.number) \(title)", into: &surface, context: context)
        let labelWidth = 14
        let fields: [FindingEditor.Field] = [.evidence, .interviewee, .role, .method, .classification]
        let errorLines = editor.error.map { Array(Wrap.lines(context.words($0, in: .findingEditor), width: max(1, inner.width)).prefix(2)) } ?? []
        let extra = (editor.sample == nil ? 0 : 1) + errorLines.count + 1
        let noteHeight = max(2, inner.height - 1 - fields.count - extra)
        surface.put(FindingEditor.Field.statement.label, at: inner.origin, style: context.style(editor.field == .statement ? Role.heading : Role.label), clip: inner)
        let noteArea = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: noteHeight)
        TextAreaView.draw(editor.statement, focused: editor.field == .statement, in: noteArea, into: &surface, context: context)
        var y = noteArea.maxY
        for field in fields {
            let line = Rect(x: inner.x, y: y, width: inner.width, height: 1)
            let value: FormRow.Value = switch field {
            case .method: .choice(editor.method.rawValue)
            case .classification: .choice(editor.classification.title, role: Role.finding(editor.classification))
            case .interviewee: .text(editor.interviewee)
            case .role: .text(editor.role)
            default: .text(editor.evidence)
            }
            FormRow.draw(field.label, labelWidth: labelWidth, value, focused: field == editor.field, in: line, into: &surface, context: context)
            y += 1
        }
        if let sample = editor.sample {
            let text = "Sample \(sample.size) of \(sample.populationSize), seed \(sample.seed.map(String.init) ?? "-"): \(sample.items.joined(separator: ", "))  (\(context.key(.dropSample, in: .findingEditor)) drops it)"
            surface.put(text, at: Point(x: inner.x, y: y), style: context.style(Role.dim), clip: inner)
            y += 1
        }
        for (index, line) in errorLines.enumerated() {
            surface.put(line, at: Point(x: inner.x, y: y + index), style: context.style(Role.error), clip: inner)
        }
        let hint = context.hint([.saves, .command(.newLine, "new line"), .command(.nextField, "field"), .chooses("choose"), .cancels], in: .findingEditor)
        surface.put(hint, at: Point(x: inner.x, y: inner.maxY - 1), style: context.style(Role.dim), clip: inner)
    }
}
