import AnnexApp
import TerminalCore

struct ControlsScreen: ScreenView {
    var screen: Screen { .controls }

    func draw<S: Surface>(_ state: AppState, in area: Rect, into surface: inout S, context: RenderContext) {
        ControlsView.draw(state, in: area, into: &surface, context: context)
    }

    func drawLayer<S: Surface>(_ layer: any FeatureLayer, state: AppState, in area: Rect, into surface: inout S, context: RenderContext) -> Bool {
        switch layer {
        case let form as FieldForm: FormView.draw(form, in: area, into: &surface, context: context)
        case let form as ReasonsForm: ReasonsFormView.draw(form, in: area, into: &surface, context: context)
        case let form as SoADocumentForm: SoADocumentFormView.draw(form, state: state, in: area, into: &surface, context: context)
        default: return false
        }
        return true
    }
}
