import AnnexDomain

/// The catalog of controls with the SoA: the tree on the left, the selected control's detail on
/// the right.
struct ControlsFeature: ScreenFeature {
    var screen: Screen { .controls }
    var show: Command { .showControls }
    var panes: [Pane] { [.catalog, .detail] }
    var commands: [Command] { ControlsKeys.commands }
    var keys: [(context: KeyContext, bindings: [Binding])] { ControlsKeys.contexts }
    var paneContexts: [KeyContext] { [.catalog, .detail] }

    func context(_ state: AppState) -> KeyContext { state.focus == .detail ? .detail : .catalog }

    func helpContexts(_ state: AppState) -> [KeyContext] { [.catalog, .detail, .form, .filter] }

    func perform(_ command: Command, _ state: inout AppState, ids: IDGenerator) -> [Effect] {
        ControlsReducer.perform(command, &state)
    }


    func back(_ state: inout AppState, ids: IDGenerator) -> [Effect] {
        // From the detail Esc goes back to the catalog first; there it clears a filter before leaving.
        if state.focus == .catalog, state.controls.filter.isActive {
            state.controls.filter = ControlFilter()
            ControlsReducer.reselect(&state)
            state.status = StatusMessage(.info, ControlsNotice.filtersCleared)
        } else {
            leavePane(&state)
        }
        return []
    }

    func drawn(_ target: FrameLayout.Target, scroll: Int, _ state: inout AppState) {
        if target == .rows(.catalog) { state.controls.scroll = scroll }
    }

    func click(row: Int, in target: FrameLayout.Target, _ state: inout AppState) -> [Effect] {
        guard target == .rows(.catalog) else { return [] }
        let rows = CatalogTree.rows(state)
        let index = state.controls.scroll + row
        if rows.indices.contains(index) { ControlsReducer.select(index: index, &state, rows: rows) }
        return []
    }

    func filterTyped(_ text: String, _ state: inout AppState) {
        state.controls.filter.text = text
        ControlsReducer.reselect(&state)
    }

    func filterConfirmed(_ text: String, _ state: inout AppState) {
        let shown = CatalogTree.itemCount(CatalogTree.rows(state))
        state.status = StatusMessage(.info, text.isEmpty ? ControlsNotice.filterCleared : .matches(shown, text: text))
    }

    func refreshDerived(_ state: inout AppState) { CatalogTree.refresh(&state) }

    /// Whatever screen is on view: a filtered tree must drop an entry that stopped matching.
    func followed(_ changes: WorkspaceChanges, _ state: inout AppState) {
        if !changes.soaEntries.isEmpty, state.controls.filter.isActive { ControlsReducer.reselect(&state) }
    }
}

extension Screen {
    public static let controls = Screen("controls", "Controls")
}

extension Pane {
    public static let catalog = Pane("catalog")
    public static let detail = Pane("detail")
}
