import AnnexDomain

/// The risks: the heat map over the register.
struct RisksFeature: ScreenFeature {
    var screen: Screen { .risks }
    var show: Command { .showRisks }
    var panes: [Pane] { [.heatMap, .register] }
    var commands: [Command] { RisksKeys.commands }
    var keys: [(context: KeyContext, bindings: [Binding])] { RisksKeys.contexts }
    var paneContexts: [KeyContext] { [.heatMap, .register] }

    func context(_ state: AppState) -> KeyContext { state.focus == .register ? .register : .heatMap }

    func helpContexts(_ state: AppState) -> [KeyContext] { [.heatMap, .register, .riskForm, .picker, .matrixForm] }

    func perform(_ command: Command, _ state: inout AppState, ids: IDGenerator) -> [Effect] {
        RisksReducer.perform(command, &state, ids: ids)
    }

    func back(_ state: inout AppState, ids: IDGenerator) -> [Effect] {
        if state.risks.query.isFiltering { return RisksReducer.perform(.clearFilters, &state, ids: ids) }
        leavePane(&state)
        return []
    }

    func confirmedDelete(_ id: String, _ state: inout AppState) -> [Effect] {
        RiskEditing.delete(id, &state)
    }

    func entered(_ state: inout AppState) {
        if state.risks.selected == nil { RisksReducer.reselect(&state) }
    }

    func drawn(_ target: FrameLayout.Target, scroll: Int, _ state: inout AppState) {
        if target == .rows(.register) { state.risks.scroll = scroll }
    }

    func click(row: Int, in target: FrameLayout.Target, _ state: inout AppState) -> [Effect] {
        guard target == .rows(.register) else { return [] }
        let rows = RisksReducer.rows(&state)
        let index = state.risks.scroll + row
        if rows.indices.contains(index) { RisksReducer.select(index: index, &state, rows: rows) }
        return []
    }

    func filterTyped(_ text: String, _ state: inout AppState) {
        state.risks.query.text = text
        RisksReducer.reselect(&state)
    }

    func filterConfirmed(_ text: String, _ state: inout AppState) { RisksReducer.describeFilter(&state) }

    /// The register keeps its own incremental cache (it narrows as a filter grows).
    func refreshDerived(_ state: inout AppState) { _ = RisksReducer.rows(&state) }

    func followed(_ changes: WorkspaceChanges, _ state: inout AppState) {
        if !changes.risks.isEmpty || !changes.removedRisks.isEmpty || changes.config != nil, state.screen == .risks { RisksReducer.reselect(&state) }
    }
}

extension Screen {
    public static let risks = Screen("risks", "Risks")
}

extension Pane {
    public static let heatMap = Pane("heatMap")
    public static let register = Pane("register")
}
