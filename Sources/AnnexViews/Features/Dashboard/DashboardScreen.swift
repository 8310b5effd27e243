import AnnexApp
import TerminalCore

struct DashboardScreen: ScreenView {
    var screen: Screen { .dashboard }

    func draw<S: Surface>(_ state: AppState, in area: Rect, into surface: inout S, context: RenderContext) {
        DashboardView.draw(state, in: area, into: &surface, context: context)
    }
}
