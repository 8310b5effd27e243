import AnnexApp
import AnnexDomain
import TerminalCore

/// What an action answers, on top of its forms: the finding's class, item and statement.
enum NonconformityHeader {
    static func lines(_ finding: Finding?, audit: String, findingID: String, workspace: Workspace, width: Int, ellipsis: String) -> [StyledLine] {
        guard let finding else {
            return [[Span("\(findingID) of \(audit) is not in the audit's findings", Role.error)]]
        }
        let item = FrameworkName.findingItem(finding.item, audit: audit, in: workspace)
        var lines: [StyledLine] = [[
            Span("\(audit) \(finding.id) ", Role.label), Span(finding.classification.title, Role.finding(finding.classification)),
            Span(" on \(item.number) \(item.title ?? "")", Role.text),
        ]]
        lines += Wrap.clipped(finding.statement, width: width, lines: 2, ellipsis: ellipsis).map { [Span($0, Role.dim)] }
        return lines
    }
}

extension Wrap {
    /// At most `lines` wrapped lines; the last ends in an ellipsis when text was left out.
    static func clipped(_ text: String, width: Int, lines count: Int, ellipsis: String) -> [String] {
        let all = lines(text, width: width)
        guard all.count > count, count > 0 else { return all }
        var kept = Array(all.prefix(count))
        kept[count - 1] = DisplayWidth.truncate(kept[count - 1] + " " + all[count], to: width, ellipsis: ellipsis)
        return kept
    }
}

enum ActionFormView {
    private static let labelWidth = 16

    static func draw<S: Surface>(_ form: ActionForm, state: AppState, in area: Rect, into surface: inout S, context: RenderContext) {
        let fields = form.fields
        let rect = PopupView.box(width: 90, height: fields.count + 10, in: area)
        let inner = PopupView.frame(rect, title: form.isNew ? "New corrective action \(form.id)" : "Edit \(form.id)", into: &surface, context: context)
        let header = NonconformityHeader.lines(form.finding, audit: form.audit, findingID: form.record.finding, workspace: state.workspace, width: inner.width, ellipsis: context.glyphs.ellipsis)
        for (index, line) in header.enumerated() {
            surface.put(line, at: Point(x: inner.x, y: inner.y + index), clip: inner, context: context)
        }
        var y = inner.y + 4
        for field in fields {
            let line = Rect(x: inner.x, y: y, width: inner.width, height: 1)
            let value: FormRow.Value
            if field == .nonconformity {
                let position = (form.choices.firstIndex { $0.audit == form.audit && $0.finding.id == form.record.finding } ?? 0) + 1
                value = .choice("\(form.record.finding), \(position) of \(form.choices.count) without an action")
            } else {
                value = .text(form.texts[field] ?? LineEditor())
            }
            FormRow.draw(field.label, labelWidth: labelWidth, value, focused: field == form.field, in: line, into: &surface, context: context)
            y += 1
        }
        if let error = form.error.map({ context.words($0, in: state.context) }) {
            for (index, line) in Wrap.lines(error, width: inner.width).prefix(2).enumerated() {
                surface.put(line, at: Point(x: inner.x, y: inner.maxY - 3 + index), style: context.style(Role.error), clip: inner)
            }
        }
        let hint = switch form.field {
        case .nonconformity: context.hint([.chooses(), .nextField, .saves, .cancels], in: .actionForm)
        case .owner: context.hint([.command(.nextField, "completes a half-typed person id, else next field"), .saves], in: .actionForm)
        default: context.hint([.nextField, .saves, .cancels], in: .actionForm)
        }
        surface.put(hint, at: Point(x: inner.x, y: inner.maxY - 1), style: context.style(Role.dim), clip: inner)
    }
}

enum VerifyFormView {
    private static let labelWidth = 16

    static func draw<S: Surface>(_ form: VerifyForm, state: AppState, in area: Rect, into surface: inout S, context: RenderContext) {
        let rect = PopupView.box(width: 90, height: 13, in: area)
        let inner = PopupView.frame(rect, title: "Verify the effectiveness of \(form.action)", into: &surface, context: context)
        let action = state.workspace.actions.first { $0.id == form.action }
        let summary = action.map { $0.action.isEmpty ? $0.finding : $0.action } ?? form.action
        for (index, line) in Wrap.clipped(summary, width: inner.width, lines: 2, ellipsis: context.glyphs.ellipsis).enumerated() {
            surface.put(line, at: Point(x: inner.x, y: inner.y + index), style: context.style(Role.dim), clip: inner)
        }
        var y = inner.y + 3
        for field in VerifyField.allCases {
            let line = Rect(x: inner.x, y: y, width: inner.width, height: 1)
            let value: FormRow.Value
            if field == .effective {
                let text = form.effective.map { $0 ? "yes: closes the action" : "no: reopens it, keeping this review" } ?? "choose yes or no"
                value = .choice(text, role: form.effective == nil ? Role.dim : Role.text)
            } else {
                value = .text(form.texts[field] ?? LineEditor())
            }
            FormRow.draw(field.label, labelWidth: labelWidth, value, focused: field == form.field, in: line, into: &surface, context: context)
            y += 1
        }
        if let error = form.error.map({ context.words($0, in: state.context) }) {
            for (index, line) in Wrap.lines(error, width: inner.width).prefix(2).enumerated() {
                surface.put(line, at: Point(x: inner.x, y: inner.maxY - 3 + index), style: context.style(Role.error), clip: inner)
            }
        }
        let hint = switch form.field {
        case .effective: context.hint([.chooses("chooses (or y/n)"), .nextField, .saves, .cancels], in: .verifyForm)
        case .verifier: context.hint([.command(.nextField, "completes a half-typed person id, else next field"), .saves], in: .verifyForm)
        default: context.hint([.nextField, .saves, .cancels], in: .verifyForm)
        }
        surface.put(hint, at: Point(x: inner.x, y: inner.maxY - 1), style: context.style(Role.dim), clip: inner)
    }
}
