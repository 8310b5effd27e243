/// Clicks: a tab switches screens, a pane takes the focus, a catalog, audit or checklist row is selected.
/// Positions follow `Metrics`, the same numbers the views draw with.
enum MouseReducer {
    static func click(x: Int, y: Int, _ state: inout AppState, perform: (Command, inout AppState) -> [Effect]) -> [Effect] {
        guard !state.isTooSmall else { return [] }
        if y == 0 {
            guard let tab = Metrics.tabSpans().first(where: { $0.columns.contains(x) }) else { return [] }
            let command: Command = switch tab.screen {
            case .dashboard: .showDashboard
            case .controls: .showControls
            case .risks: .showRisks
            case .audits: .showAudits
            case .actions: .showActions
            }
            return perform(command, &state)
        }
        if state.screen == .audits, y > 0, y < state.height - 1 { return AuditMouse.click(x: x, y: y, &state) }
        guard state.screen == .controls, y > 0, y < state.height - 1 else { return [] }
        if x >= Metrics.catalogWidth(width: state.width) {
            state.focus = .detail
            return []
        }
        state.focus = .catalog
        // Row 1 is the pane's top border; the list starts on row 2.
        let row = state.controls.scroll + (y - 2)
        let rows = CatalogTree.rows(state)
        if y >= 2, rows.indices.contains(row) { ControlsReducer.select(index: row, &state, rows: rows) }
        return []
    }
}
