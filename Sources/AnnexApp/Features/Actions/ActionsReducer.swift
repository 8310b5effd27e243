import AnnexDomain

/// The Actions screen: moving through the list and the detail, filtering, Esc and undo.
/// Changes to actions are `ActionEditing`'s.
enum ActionsReducer {
    static func perform(_ command: Command, _ state: inout AppState, ids: IDGenerator) -> [Effect] {
        if state.focus == .actionDetail, [.moveDown, .moveUp, .pageDown, .pageUp].contains(command) {
            scrollDetail(command, &state)
            return []
        }
        let page = state.frame.pageRows(.rows(.actionList)) - 1
        switch command {
        case .moveDown: move(by: 1, &state)
        case .moveUp: move(by: -1, &state)
        case .pageDown: move(by: page, &state)
        case .pageUp: move(by: -page, &state)
        case .moveTop: select(index: 0, &state)
        case .moveBottom: select(index: Int.max / 2, &state)
        case .toggleOpenActions:
            state.actions.query.openOnly.toggle()
            filtered(&state)
        case .filterActionOverdue:
            state.actions.query.overdueOnly.toggle()
            filtered(&state)
        case .filterOwner:
            let owners = Set(state.workspace.actions.map(\.owner).filter { !$0.isEmpty }).sorted()
            state.actions.query.owner = ListScrolling.next(after: state.actions.query.owner, in: [nil] + owners.map(Optional.some))
            filtered(&state)
        case .filterAudit:
            state.actions.query.audit = ListScrolling.next(after: state.actions.query.audit, in: [nil] + audits(state).map(Optional.some))
            filtered(&state)
        case .clearFilters:
            state.actions.query = ActionQuery()
            filtered(&state)
        case .filter:
            state.popup = .filter(LineEditor(state.actions.query.text), previous: state.actions.query.text)
        case .back:
            back(&state)
        case .undo:
            let effects = Snapshots.undo(&state)
            reselect(&state)
            return effects
        case .addAction, .editAction, .advanceAction, .verifyAction:
            return ActionEditing.perform(command, &state, ids: ids)
        default:
            state.status = StatusMessage(.info, ShellNotice.notAvailableHere(command))
        }
        return []
    }

    /// Esc steps back one level: detail to list, a changed filter to the usual list, then the dashboard.
    private static func back(_ state: inout AppState) {
        if state.focus == .actionDetail {
            state.focus = .actionList
        } else if state.actions.query.isChanged {
            state.actions.query = ActionQuery()
            filtered(&state)
        } else {
            state.screen = .dashboard
        }
    }

    /// Audits that have actions, in plan order, then any the plan no longer lists.
    private static func audits(_ state: AppState) -> [String] {
        let used = Set(state.workspace.actions.map(\.audit))
        let planned = state.workspace.audits.map(\.id).filter { used.contains($0) }
        return planned + used.subtracting(planned).sorted()
    }

    static func setText(_ text: String, _ state: inout AppState) {
        state.actions.query.text = text
        reselect(&state)
    }

    private static func filtered(_ state: inout AppState) {
        reselect(&state)
        describeFilter(&state)
    }

    static func describeFilter(_ state: inout AppState) {
        let shown = ActionsState.shown(state).count
        state.status = StatusMessage(.info, ActionsNotice.shown(shown, summary: state.actions.query.summary, changed: state.actions.query.isChanged))
    }

    private static func scrollDetail(_ command: Command, _ state: inout AppState) {
        let page = max(1, (state.frame.rows(of: .pane(.actionDetail)) ?? FrameLayout.rowsBeforeFirstFrame) - 3)
        let delta = switch command {
        case .moveDown: 1
        case .moveUp: -1
        case .pageDown: page
        default: -page
        }
        // The view stops at the last line; here only the lower bound is known.
        state.actions.detailScroll = max(0, state.actions.detailScroll + delta)
    }

    static func move(by delta: Int, _ state: inout AppState) {
        let rows = ActionsState.shown(state)
        let current = rows.firstIndex { $0.id == state.actions.selected } ?? 0
        select(index: current + delta, &state, rows: rows)
    }

    static func select(index: Int, _ state: inout AppState, rows given: [CorrectiveAction]? = nil) {
        let rows = given ?? ActionsState.shown(state)
        let previous = state.actions.selected
        if rows.isEmpty {
            state.actions.selected = nil
            state.actions.scroll = 0
        } else {
            state.actions.selected = rows[min(max(0, index), rows.count - 1)].id
        }
        if state.actions.selected != previous { state.actions.detailScroll = 0 }
    }

    /// Keeps the selection if it is still shown; else selects the row that took its place, so
    /// an action that leaves the list (verified under the open filter) hands on to its neighbour.
    static func reselect(_ state: inout AppState, formerIndex: Int? = nil) {
        let rows = ActionsState.shown(state)
        if rows.contains(where: { $0.id == state.actions.selected }) {
        } else {
            select(index: formerIndex ?? 0, &state, rows: rows)
        }
    }
}
