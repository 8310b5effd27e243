import AnnexApp
import TerminalCore

struct AuditsScreen: ScreenView {
    var screen: Screen { .audits }

    func draw<S: Surface>(_ state: AppState, in area: Rect, into surface: inout S, context: RenderContext) {
        AuditsView.draw(state, in: area, into: &surface, context: context)
    }

    func drawLayer<S: Surface>(_ layer: any FeatureLayer, state: AppState, in area: Rect, into surface: inout S, context: RenderContext) -> Bool {
        switch layer {
        case let history as FindingHistory:
            FindingHistoryView.draw(history.finding, audit: history.audit, scroll: history.scroll, state: state, in: area, into: &surface, context: context)
        case let editor as FindingEditor: FindingEditorView.draw(editor, workspace: state.workspace, in: area, into: &surface, context: context)
        case is DiscardNoteQuestion: ConfirmView.draw(message: "Discard this note? Nothing of it is logged.", in: area, into: &surface, context: context)
        case let form as AuditPlanForm: AuditPlanFormView.draw(form, in: area, into: &surface, context: context)
        case let form as SampleForm: SampleFormView.draw(form, in: area, into: &surface, context: context)
        case let prompt as Prompt: PromptView.draw(prompt, in: area, into: &surface, context: context)
        case let picker as ItemPicker: ItemPickerView.draw(picker, state: state, in: area, into: &surface, context: context)
        case let question as CloseAuditQuestion: CloseAuditView.draw(question.audit, state: state, in: area, into: &surface, context: context)
        default: return false
        }
        return true
    }
}
