import AnnexApp
import TerminalCore

struct RisksScreen: ScreenView {
    var screen: Screen { .risks }

    func draw<S: Surface>(_ state: AppState, in area: Rect, into surface: inout S, context: RenderContext) {
        RisksView.draw(state, in: area, into: &surface, context: context)
    }
}
