import AnnexApp
import AnnexDomain
import TerminalCore

/// The corrective actions as a table. Overdue ones carry a `!` before the id, so they stand
/// out without colour too.
enum ActionListView {
    private static let columns: [(header: String, width: Int)] = [
        ("", 1), ("Id", 9), ("NC", 2), ("Status", 11), ("Due", 10), ("Owner", 11),
    ]

    static func draw<S: Surface>(_ state: AppState, in area: Rect, into surface: inout S, context: RenderContext) {
        let rows = ActionsState.shown(state)
        let query = state.actions.query
        let title = "Actions \(rows.count)/\(state.workspace.actions.count): \(query.summary)"
        let focused = state.focus == .actionList
        let inner = Pane.draw(area, title: DisplayWidth.truncate(title, to: area.width - 6, ellipsis: context.glyphs.ellipsis),
                              active: focused, pane: .actionList, into: &surface, context: context)
        var x = inner.x
        for column in columns + [(header: "Action", width: max(1, inner.maxX - x))] {
            surface.put(column.header, at: Point(x: x, y: inner.y), style: context.style(Role.label), clip: inner)
            x += column.width + 1
        }
        let body = inner.inset(top: 1)
        context.record(.rows(.actionList), body)
        if rows.isEmpty {
            let message = state.workspace.actions.isEmpty
                ? "No corrective actions yet: a raises one for a nonconformity."
                : "No action matches; x resets the filters."
            surface.put(message, at: body.origin, style: context.style(Role.dim), clip: body)
            return
        }
        let scroll = ListScrolling.offset(keeping: rows.firstIndex { $0.id == state.actions.selected } ?? 0,
                                          current: state.actions.scroll, visible: body.height, count: rows.count)
        context.note(scroll: scroll, in: .rows(.actionList))
        if rows.count > body.height {
            let position = "\(scroll + 1)-\(min(rows.count, scroll + body.height))/\(rows.count)"
            surface.put(" \(position) ", at: Point(x: area.maxX - DisplayWidth.of(position) - 3, y: area.maxY - 1),
                        style: context.style(Role.dim), clip: area)
        }
        for (offset, action) in rows.dropFirst(scroll).prefix(body.height).enumerated() {
            let line = body.row(offset)
            let selection = action.id == state.actions.selected ? context.style(focused ? Role.selection : Role.selectionInactive) : nil
            if let selection { surface.clear(line, style: selection) }
            var x = line.x
            for (text, role, width) in cells(action, state: state, lineWidth: line.width) {
                surface.put(DisplayWidth.fit(text, to: width, ellipsis: context.glyphs.ellipsis), at: Point(x: x, y: line.y),
                            style: selection ?? context.style(role), clip: line)
                x += width + 1
            }
        }
    }

    private static func cells(_ action: CorrectiveAction, state: AppState, lineWidth: Int) -> [(String, String, Int)] {
        let overdue = action.isOverdue(on: state.today)
        let finding = state.workspace.finding(of: action)
        let closed = action.status.isClosed
        // Until the action is written down, what it answers is the best summary.
        let summary = action.action.isEmpty ? (finding?.statement ?? action.finding) : action.action
        let widths = columns.map(\.width)
        return [
            (overdue ? "!" : "", Role.warning, widths[0]),
            (action.id, Role.label, widths[1]),
            (FindingMark.letter(finding?.classification), finding.map { Role.finding($0.classification) } ?? Role.error, widths[2]),
            (action.status.title, closed ? Role.dim : Role.text, widths[3]),
            (action.due?.description ?? "", overdue ? Role.warning : (closed ? Role.dim : Role.text), widths[4]),
            (action.owner, closed ? Role.dim : Role.text, widths[5]),
            (summary, action.action.isEmpty || closed ? Role.dim : Role.text, max(1, lineWidth - widths.reduce(0) { $0 + $1 + 1 })),
        ]
    }
}
