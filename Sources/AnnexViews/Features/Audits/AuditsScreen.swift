import AnnexApp
import TerminalCore

struct AuditsScreen: ScreenView {
    var screen: Screen { .audits }

    func draw<S: Surface>(_ state: AppState, in area: Rect, into surface: inout S, context: RenderContext) {
        AuditsView.draw(state, in: area, into: &surface, context: context)
    }
}
