import AnnexApp
import TerminalCore

struct EvidenceScreen: ScreenView {
    var screen: Screen { .evidence }

    func draw<S: Surface>(_ state: AppState, in area: Rect, into surface: inout S, context: RenderContext) {
        EvidenceView.draw(state, in: area, into: &surface, context: context)
    }

    func drawLayer<S: Surface>(_ layer: any FeatureLayer, state: AppState, in area: Rect, into surface: inout S, context: RenderContext) -> Bool {
        guard let form = layer as? EvidenceForm else { return false }
        EvidenceFormView.draw(form, state: state, in: area, into: &surface, context: context)
        return true
    }
}
