import AnnexApp
import TerminalCore

struct ActionsScreen: ScreenView {
    var screen: Screen { .actions }

    func draw<S: Surface>(_ state: AppState, in area: Rect, into surface: inout S, context: RenderContext) {
        ActionsView.draw(state, in: area, into: &surface, context: context)
    }

    func drawLayer<S: Surface>(_ layer: any FeatureLayer, state: AppState, in area: Rect, into surface: inout S, context: RenderContext) -> Bool {
        switch layer {
        case let form as ActionForm: ActionFormView.draw(form, state: state, in: area, into: &surface, context: context)
        case let form as VerifyForm: VerifyFormView.draw(form, state: state, in: area, into: &surface, context: context)
        default: return false
        }
        return true
    }
}
