import AnnexApp
import TerminalCore

struct ControlsScreen: ScreenView {
    var screen: Screen { .controls }

    func draw<S: Surface>(_ state: AppState, in area: Rect, into surface: inout S, context: RenderContext) {
        ControlsView.draw(state, in: area, into: &surface, context: context)
    }
}
