import AnnexApp
import TerminalCore

struct ControlsScreen: ScreenView {
    var screen: Screen { .controls }

    func draw<S: Surface>(_ state: AppState, in area: Rect, into surface: inout S, context: RenderContext) {
        ControlsView.draw(state, in: area, into: &surface, context: context)
    }

    func drawLayer<S: Surface>(_ layer: any FeatureLayer, state: AppState, in area: Rect, into surface: inout S, context: RenderContext) -> Bool {
        guard let form = layer as? FieldForm else { return false }
        FormView.draw(form, in: area, into: &surface, context: context)
        return true
    }
}
