import AnnexDomain

/// The Actions screen: the list's filters, the selected action and how far each pane is scrolled.
public struct ActionsState: ScreenState {
    public var query = ActionQuery()
    /// The selected action's id.
    public var selected: String?
    /// First visible row of the list.
    public var scroll = 0
    /// First visible line of the detail pane.
    public var detailScroll = 0

    public init() {}

    /// The list as shown: filtered and sorted.
    public static func shown(_ state: AppState) -> [CorrectiveAction] {
        derivedShown(state).value
    }

    static func derivedShown(_ state: AppState) -> Derived<ActionsInput, [CorrectiveAction]> {
        Derived.value(for: ActionsInput(state), cached: state.derived.shownActions) { _ in
            state.actions.query.apply(state.workspace, today: state.today)
        }
    }

    public static func selectedAction(_ state: AppState) -> CorrectiveAction? {
        guard let id = state.actions.selected else { return nil }
        return state.workspace.actions.first { $0.id == id }
    }
}

extension AppState {
    public var actions: ActionsState {
        get { screenStates[ActionsState.self] }
        set { screenStates[ActionsState.self] = newValue }
        _modify { yield &screenStates[ActionsState.self] }
    }
}
