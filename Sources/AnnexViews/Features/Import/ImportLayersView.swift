import AnnexApp
import TerminalCore

/// Importing a spreadsheet opens on Controls and on Risks: its layers belong to no one screen,
/// so they are drawn here rather than by whichever screen view happens to know them.
struct ImportLayersView: LayerView {
    func drawLayer<S: Surface>(_ layer: any FeatureLayer, state: AppState, in area: Rect, into surface: inout S, context: RenderContext) -> Bool {
        switch layer {
        case let form as ImportForm: ImportFormView.draw(form, state: state, in: area, into: &surface, context: context)
        case let layer as ImportPreviewLayer: ImportPreviewView.draw(layer, state: state, in: area, into: &surface, context: context)
        default: return false
        }
        return true
    }
}
