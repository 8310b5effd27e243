import AnnexApp
import TerminalCore

struct ActionsScreen: ScreenView {
    var screen: Screen { .actions }

    func draw<S: Surface>(_ state: AppState, in area: Rect, into surface: inout S, context: RenderContext) {
        ActionsView.draw(state, in: area, into: &surface, context: context)
    }
}
