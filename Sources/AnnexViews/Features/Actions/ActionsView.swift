import AnnexApp
import AnnexDomain
import TerminalCore

/// Screen 5: the corrective actions on top, the selected one and its nonconformity below.
enum ActionsView {
    static func draw<S: Surface>(_ state: AppState, in area: Rect, into surface: inout S, context: RenderContext) {
        let listHeight = min(area.height, Layout.actionListHeight(body: area.height, count: ActionsState.shown(state).count))
        ActionListView.draw(state, in: area.top(listHeight), into: &surface, context: context)
        ActionDetailView.draw(state, in: area.inset(top: listHeight), into: &surface, context: context)
    }
}

/// How a finding's class reads in a one-letter column: the letters the live audit session logs them with.
enum FindingMark {
    static func letter(_ classification: FindingClass?) -> String {
        switch classification {
        case .major: "M"
        case .minor: "m"
        case .observation: "o"
        case .improvement: "i"
        case .conformity: "c"
        case nil: "?"
        }
    }
}
