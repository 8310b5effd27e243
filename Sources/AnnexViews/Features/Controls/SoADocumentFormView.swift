import AnnexApp
import AnnexDomain
import TerminalCore

/// The SoA as a document: what it is now, then the version, the status and who approves it.
enum SoADocumentFormView {
    private static let labelWidth = 16

    static func draw<S: Surface>(_ form: SoADocumentForm, state: AppState, in area: Rect, into surface: inout S, context: RenderContext) {
        let rect = PopupView.box(width: 72, height: 14, in: area)
        let inner = PopupView.frame(rect, title: "Statement of Applicability: version and approval", into: &surface, context: context)
        for (index, line) in Wrap.clipped(now(form.original), width: inner.width, lines: 2, ellipsis: context.glyphs.ellipsis).enumerated() {
            surface.put(line, at: Point(x: inner.x, y: inner.y + index), style: context.style(Role.dim), clip: inner)
        }
        var y = inner.y + 3
        for field in SoADocumentField.allCases {
            let line = Rect(x: inner.x, y: y, width: inner.width, height: 1)
            let value: FormRow.Value = if field == .status {
                .choice(status(form, today: state.today), role: form.approved ? Role.heading : Role.text)
            } else {
                .text(form.texts[field] ?? LineEditor())
            }
            let dimmed = !form.approved && (field == .approver || field == .role)
            if dimmed, field != form.field {
                surface.put(DisplayWidth.pad(field.label, to: labelWidth), at: line.origin, style: context.style(Role.dim), clip: line)
            } else {
                FormRow.draw(field.label, labelWidth: labelWidth, value, focused: field == form.field, in: line, into: &surface, context: context)
            }
            y += 1
        }
        if let error = form.error.map({ context.words($0, in: state.context) }) {
            for (index, line) in Wrap.lines(error, width: inner.width).prefix(2).enumerated() {
                surface.put(line, at: Point(x: inner.x, y: inner.maxY - 3 + index), style: context.style(Role.error), clip: inner)
            }
        } else if form.text(.version) != form.original.soaDocument.version, !form.original.soaDocument.version.isEmpty {
            surface.put("A new version is a draft, dated today; approve it under Status.", at: Point(x: inner.x, y: inner.maxY - 3),
                        style: context.style(Role.dim), clip: inner)
        }
        let hint = switch form.field {
        case .status: context.hint([.chooses(), .nextField, .saves, .cancels], in: .soaDocumentForm)
        case .approver: context.hint([.command(.nextField, "completes a half-typed person id, else next field"), .saves], in: .soaDocumentForm)
        default: context.hint([.nextField, .saves, .cancels], in: .soaDocumentForm)
        }
        surface.put(hint, at: Point(x: inner.x, y: inner.maxY - 1), style: context.style(Role.dim), clip: inner)
    }

    private static func status(_ form: SoADocumentForm, today: Day) -> String {
        guard form.approved else { return "draft" }
        return form.keptApproval.map { "approved (on \($0.on), as on file)" } ?? "approved, today (\(today))"
    }

    private static func now(_ config: WorkspaceConfig) -> String {
        let document = config.soaDocument
        guard !document.version.isEmpty else { return "No version named yet." }
        let dated = document.date.map { " of \($0)" } ?? ""
        guard let approval = document.approval else { return "Now: version \(document.version)\(dated), a draft." }
        let name = config.person(approval.by)?.name ?? approval.by
        return "Now: version \(document.version)\(dated), approved by \(name) (\(approval.role)) on \(approval.on)."
    }
}
