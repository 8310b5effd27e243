import AnnexApp
import AnnexDomain
import TerminalCore

/// The selected action in full, then the nonconformity it answers as the audit recorded it.
enum ActionDetailView {
    static func draw<S: Surface>(_ state: AppState, in area: Rect, into surface: inout S, context: RenderContext) {
        guard area.height >= 3 else { return }
        let action = ActionsState.selectedAction(state)
        let title = action.map { "\($0.id) for \($0.finding)" } ?? "Action"
        let inner = Pane.draw(area, title: title, active: state.focus == .actionDetail, pane: .actionDetail, into: &surface, context: context)
        guard let action else {
            surface.put("No action selected.", at: inner.origin, style: context.style(Role.dim), clip: inner)
            return
        }
        let lines = content(action, state: state, width: max(1, inner.width - 2))
        let maxScroll = max(0, lines.count - inner.height)
        let scroll = min(state.actions.detailScroll, maxScroll)
        for (offset, line) in lines.dropFirst(scroll).prefix(inner.height).enumerated() {
            surface.put(line, at: Point(x: inner.x + 1, y: inner.y + offset), clip: inner.inset(right: 1), context: context)
        }
        if lines.count > inner.height {
            let more = scroll < maxScroll ? "more below" : "end"
            surface.put(" \(more) ", at: Point(x: area.maxX - DisplayWidth.of(more) - 3, y: area.maxY - 1), style: context.style(Role.dim), clip: area)
        }
    }

    static func content(_ action: CorrectiveAction, state: AppState, width: Int) -> [StyledLine] {
        var builder = DetailBuilder(width: width)
        builder.field("Status", status(action, today: state.today), role: action.isOverdue(on: state.today) ? Role.warning : Role.text)
        builder.field("Owner", person(action.owner, in: state.workspace) ?? "(none)", role: action.owner.isEmpty ? Role.dim : Role.text)
        builder.field("Root cause", action.rootCause.isEmpty ? "(not analysed yet: e edits it)" : action.rootCause,
                      role: action.rootCause.isEmpty ? Role.dim : Role.text)
        builder.field("Action", action.action.isEmpty ? "(not decided yet: e edits it)" : action.action,
                      role: action.action.isEmpty ? Role.dim : Role.text)
        verification(action, state: state, into: &builder)
        nonconformity(action, state: state, into: &builder)
        return builder.lines
    }

    /// `open, due 2026-11-15: 14 days overdue`: the lateness in words, so it reads without colour.
    static func status(_ action: CorrectiveAction, today: Day) -> String {
        guard let due = action.due else { return "\(action.status.title), no due date" }
        let text = "\(action.status.title), due \(due)"
        if action.isOverdue(on: today) {
            let late = due.days(until: today)
            return text + ": \(late) \(late == 1 ? "day" : "days") overdue"
        }
        return text
    }

    static func person(_ id: String, in workspace: Workspace) -> String? {
        guard !id.isEmpty else { return nil }
        return workspace.config.person(id).map { "\($0.name) (\(id))" } ?? id
    }

    /// Every effectiveness review in order: an ineffective one stays on record, it is why the
    /// work started again.
    private static func verification(_ action: CorrectiveAction, state: AppState, into builder: inout DetailBuilder) {
        guard !action.reviews.isEmpty else {
            let hint = action.status == .done ? "not yet: v records whether it worked" : "once the action is done"
            builder.field("Verification", hint, role: Role.dim)
            return
        }
        for (index, review) in action.reviews.enumerated() {
            let who = person(review.by, in: state.workspace) ?? "(unknown)"
            let verdict = review.effective ? "effective" : "not effective, reopened"
            let label = index == 0 ? (action.reviews.count > 1 ? "Reviews" : "Verification") : ""
            builder.field(label, "\(verdict), by \(who) on \(review.on)", role: review.effective ? Role.text : Role.warning)
            if !review.note.isEmpty { builder.field("", review.note) }
        }
    }

    private static func nonconformity(_ action: CorrectiveAction, state: AppState, into builder: inout DetailBuilder) {
        builder.heading("Nonconformity")
        let audit = state.workspace.audits.first { $0.id == action.audit }
        builder.field("Audit", audit.map { "\($0.id) \($0.title)" } ?? "\(action.audit) (not in the workspace)",
                      role: audit == nil ? Role.error : Role.text)
        guard let finding = state.workspace.finding(of: action) else {
            builder.field("Finding", "\(action.finding) is not in the audit's findings", role: Role.error)
            return
        }
        builder.field("Finding", "\(finding.id) \(finding.classification.title)", role: Role.finding(finding.classification))
        if let reason = state.workspace.withdrawal(of: action) {
            builder.field("", "withdrawn: \(reason)", role: Role.error)
        }
        let item = FrameworkName.findingItem(finding.item, audit: action.audit, in: state.workspace)
        builder.field("Item", item.title.map { "\(item.number) \($0)" } ?? "\(finding.item) (not in the catalog)", role: item.title == nil ? Role.error : Role.text)
        builder.field("Statement", finding.statement)
        if !finding.evidence.isEmpty { builder.field("Evidence", finding.evidence) }
    }
}
