import AnnexDomain

/// The evidence register: the records beside the selected one, its state and the controls
/// that cite it.
struct EvidenceFeature: ScreenFeature {
    var screen: Screen { .evidence }
    var show: Command { .showEvidence }
    var panes: [Pane] { [.evidenceList, .evidenceDetail] }
    var commands: [Command] { EvidenceKeys.commands }
    var keys: [(context: KeyContext, bindings: [Binding])] { EvidenceKeys.contexts }
    var paneContexts: [KeyContext] { [.evidenceList, .evidenceDetail] }

    func context(_ state: AppState) -> KeyContext { state.focus == .evidenceDetail ? .evidenceDetail : .evidenceList }

    func perform(_ command: Command, _ state: inout AppState, ids: IDGenerator) -> [Effect] {
        EvidenceEditing.perform(command, &state, ids: ids)
    }

    func confirmedDelete(_ id: String, _ state: inout AppState) -> [Effect] {
        EvidenceEditing.delete(id, &state)
    }

    func entered(_ state: inout AppState) {
        if ![.evidenceList, .evidenceDetail].contains(state.focus) { state.focus = .evidenceList }
        EvidenceEditing.reselect(&state)
    }

    func drawn(_ target: FrameLayout.Target, scroll: Int, _ state: inout AppState) {
        if target == .rows(.evidenceList) { state.evidence.scroll = scroll }
    }

    func click(row: Int, in target: FrameLayout.Target, _ state: inout AppState) -> [Effect] {
        guard target == .rows(.evidenceList) else { return [] }
        let rows = EvidenceRegister.rows(state.workspace)
        let index = state.evidence.scroll + row
        if rows.indices.contains(index) { state.evidence.selected = rows[index].id }
        return []
    }

    func followed(_ changes: WorkspaceChanges, _ state: inout AppState) {
        if !changes.evidence.isEmpty || !changes.removedEvidence.isEmpty { EvidenceEditing.reselect(&state) }
    }
}

extension Screen {
    public static let evidence = Screen("evidence", "Evidence")
}

extension Pane {
    public static let evidenceList = Pane("evidenceList")
    public static let evidenceDetail = Pane("evidenceDetail")
}
