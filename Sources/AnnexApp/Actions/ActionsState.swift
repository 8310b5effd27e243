import AnnexDomain

/// The Actions screen: the list's filters, the selected action and how far each pane is scrolled.
public struct ActionsState: Sendable, Equatable {
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

/// Sizes the Actions reducer and view agree on: the list on top, the detail below.
public enum ActionsLayout {
    /// The list pane's height: as tall as its rows need, at most two fifths of the body, so
    /// a short list leaves the detail room for the nonconformity.
    public static func listHeight(height: Int, count: Int) -> Int {
        let most = max(9, (height - Metrics.chromeRows) * 2 / 5)
        return min(most, max(6, count + 3))
    }

    /// Rows of actions inside the list pane: less its border and header line.
    public static func listRows(height: Int, count: Int) -> Int { max(1, listHeight(height: height, count: count) - 3) }
}
