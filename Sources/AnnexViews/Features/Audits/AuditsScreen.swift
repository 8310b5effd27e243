import AnnexApp
import TerminalCore

struct AuditsScreen: ScreenView {
    var screen: Screen { .audits }

    func draw<S: Surface>(_ state: AppState, in area: Rect, into surface: inout S, context: RenderContext) {
        AuditsView.draw(state, in: area, into: &surface, context: context)
    }

    func drawLayer<S: Surface>(_ layer: any FeatureLayer, state: AppState, in area: Rect, into surface: inout S, context: RenderContext) -> Bool {
        guard let history = layer as? FindingHistory else { return false }
        FindingHistoryView.draw(history.finding, audit: history.audit, scroll: history.scroll, state: state, in: area, into: &surface, context: context)
        return true
    }
}
