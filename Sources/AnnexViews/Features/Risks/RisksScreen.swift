import AnnexApp
import TerminalCore

struct RisksScreen: ScreenView {
    var screen: Screen { .risks }

    func draw<S: Surface>(_ state: AppState, in area: Rect, into surface: inout S, context: RenderContext) {
        RisksView.draw(state, in: area, into: &surface, context: context)
    }

    func drawLayer<S: Surface>(_ layer: any FeatureLayer, state: AppState, in area: Rect, into surface: inout S, context: RenderContext) -> Bool {
        switch layer {
        case let form as RiskForm: RiskFormView.draw(form, state: state, in: area, into: &surface, context: context)
        case let picker as ControlPicker: ControlPickerView.draw(picker, state: state, in: area, into: &surface, context: context)
        case let form as MatrixForm: MatrixFormView.draw(form, state: state, in: area, into: &surface, context: context)
        default: return false
        }
        return true
    }
}
