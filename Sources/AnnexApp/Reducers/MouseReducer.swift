/// Clicks go by where the last frame drew things: a tab switches screens, a pane takes the focus,
/// a row of any list is selected. Before the first frame a click does nothing.
enum MouseReducer {
    static func click(x: Int, y: Int, _ state: inout AppState, perform: (Command, inout AppState) -> [Effect]) -> [Effect] {
        guard !state.isTooSmall, let hit = state.frame.hit(x: x, y: y) else { return [] }
        focus(hit.target, &state)
        switch hit.target {
        case .tab(let screen):
            let command: Command = switch screen {
            case .dashboard: .showDashboard
            case .controls: .showControls
            case .risks: .showRisks
            case .audits: .showAudits
            case .actions: .showActions
            }
            return perform(command, &state)
        case .rows(let pane):
            select(row: hit.row, in: pane, &state)
        case .sessionChecklist:
            return AuditMouse.clickChecklist(row: hit.row, &state)
        case .pane, .sessionItem, .sessionFindings:
            break
        }
        return []
    }

    /// The wheel scrolls the pane under the pointer, which takes the focus for it.
    static func focusUnderWheel(x: Int, y: Int, _ state: inout AppState) {
        guard let hit = state.frame.hit(x: x, y: y) else { return }
        focus(hit.target, &state)
    }

    /// A click or the wheel over a pane gives it the focus.
    private static func focus(_ target: FrameLayout.Target, _ state: inout AppState) {
        switch target {
        case .pane(let pane), .rows(let pane): state.focus = pane
        case .sessionChecklist: state.audits.session?.focus = .checklist
        case .sessionItem: state.audits.session?.focus = .item
        case .sessionFindings: state.audits.session?.focus = .findings
        case .tab: break
        }
    }

    /// The row under the click, counted from the list's first row on screen.
    private static func select(row: Int, in pane: Pane, _ state: inout AppState) {
        switch pane {
        case .catalog:
            let rows = CatalogTree.rows(state)
            let index = state.controls.scroll + row
            if rows.indices.contains(index) { ControlsReducer.select(index: index, &state, rows: rows) }
        case .register:
            let rows = RisksReducer.rows(&state)
            let index = state.risks.scroll + row
            if rows.indices.contains(index) { RisksReducer.select(index: index, &state, rows: rows) }
        case .actionList:
            let rows = ActionsState.shown(state)
            let index = state.actions.scroll + row
            if rows.indices.contains(index) { ActionsReducer.select(index: index, &state, rows: rows) }
        case .auditList:
            let ordered = AuditsState.ordered(state.workspace.audits)
            let index = state.audits.listScroll + row
            if ordered.indices.contains(index) { AuditsReducer.select(ordered[index].id, &state) }
        case .auditPlan:
            let index = state.audits.checklistScroll + row
            if let audit = AuditsState.selectedAudit(state), audit.checklist.indices.contains(index) { state.audits.checklistCursor = index }
        case .detail, .heatMap, .actionDetail:
            break
        }
    }
}
