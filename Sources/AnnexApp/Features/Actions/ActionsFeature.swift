import AnnexDomain

/// Corrective actions: the list beside the selected action's detail.
struct ActionsFeature: ScreenFeature {
    var screen: Screen { .actions }
    var show: Command { .showActions }
    var panes: [Pane] { [.actionList, .actionDetail] }
    var commands: [Command] { ActionsKeys.commands }
    var keys: [(context: KeyContext, bindings: [Binding])] { ActionsKeys.contexts }
    var paneContexts: [KeyContext] { [.actionList, .actionDetail] }

    func context(_ state: AppState) -> KeyContext { state.focus == .actionDetail ? .actionDetail : .actionList }

    func perform(_ command: Command, _ state: inout AppState, ids: IDGenerator) -> [Effect] {
        ActionsReducer.perform(command, &state, ids: ids)
    }

    func back(_ state: inout AppState, ids: IDGenerator) -> [Effect] {
        ActionsReducer.perform(.back, &state, ids: ids)
    }

    func entered(_ state: inout AppState) { ActionsReducer.reselect(&state) }

    func drawn(_ target: FrameLayout.Target, scroll: Int, _ state: inout AppState) {
        if target == .rows(.actionList) { state.actions.scroll = scroll }
    }

    func click(row: Int, in target: FrameLayout.Target, _ state: inout AppState) -> [Effect] {
        guard target == .rows(.actionList) else { return [] }
        let rows = ActionsState.shown(state)
        let index = state.actions.scroll + row
        if rows.indices.contains(index) { ActionsReducer.select(index: index, &state, rows: rows) }
        return []
    }

    func filterTyped(_ text: String, _ state: inout AppState) { ActionsReducer.setText(text, &state) }

    func filterConfirmed(_ text: String, _ state: inout AppState) { ActionsReducer.describeFilter(&state) }

    func refreshDerived(_ state: inout AppState) { state.derived.shownActions = ActionsState.derivedShown(state) }

    func followed(_ changes: WorkspaceChanges, _ state: inout AppState) {
        if !changes.actions.isEmpty || !changes.removedActions.isEmpty, state.screen == .actions { ActionsReducer.reselect(&state) }
    }
}

extension Screen {
    public static let actions = Screen("actions", "Actions")
}

extension Pane {
    public static let actionList = Pane("actionList")
    public static let actionDetail = Pane("actionDetail")
}
