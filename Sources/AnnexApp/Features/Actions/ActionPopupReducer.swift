import AnnexDomain

/// Keys inside the corrective action form and the verification form. Tab in a person field
/// completes a half-typed person id; otherwise, and in every other field, it moves to the next field.
enum ActionPopupReducer {
    /// Nil when the top layer is not one of the Actions screen's.
    static func handle(_ key: KeyPress, command: Command?, _ state: inout AppState) -> [Effect]? {
        let people = state.workspace.config.people.map(\.id)
        switch state.popup {
        case .actionForm(var form):
            if command == .nextField, key == .tab, form.field == .owner, complete(&form.texts[.owner], people: people) {
                state.popup = .actionForm(form)
                return []
            }
            switch form.handle(key, command: command, in: state) {
            case .cancel:
                state.popup = nil
                state.status = form.isNew ? StatusMessage(.info, ActionsNotice.discarded(form.id)) : StatusMessage(.info, ShellNotice.editCancelled)
                return []
            case .submit:
                return ActionEditing.submit(form, &state)
            case .stay:
                state.popup = .actionForm(form)
            }
        case .verifyForm(var form):
            if command == .nextField, key == .tab, form.field == .verifier, complete(&form.texts[.verifier], people: people) {
                state.popup = .verifyForm(form)
                return []
            }
            switch form.handle(key, command: command, in: state) {
            case .cancel:
                state.popup = nil
                state.status = StatusMessage(.info, ActionsNotice.verificationCancelled)
                return []
            case .submit:
                return ActionEditing.submit(form, &state)
            case .stay:
                state.popup = .verifyForm(form)
            }
        default:
            return nil
        }
        return []
    }

    /// Whether Tab completed a half-typed person id (else it moves to the next field).
    private static func complete(_ editor: inout LineEditor?, people: [String]) -> Bool {
        guard let completion = PersonCompletion.completion(of: editor?.text ?? "", people: people) else { return false }
        editor = LineEditor(completion)
        return true
    }
}
