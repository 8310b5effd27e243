import AnnexDomain

/// Keys in the popups of the Controls screen: editing one field of an SoA entry.
enum ControlsPopups {
    /// Nil when the top layer is not one of the Controls screen's.
    static func handle(_ key: KeyPress, command: Command?, _ state: inout AppState) -> [Effect]? {
        switch state.popup {
        case .form(var form):
            switch command {
            case .cancel:
                state.popup = nil
                state.status = StatusMessage(.info, ShellNotice.editCancelled)
            case .confirm:
                return SoAEditing.submit(form, &state)
            default:
                if key == .tab, form.field == .owner {
                    PersonCompletion.complete(&form.editor, people: state.workspace.config.people.map(\.id))
                } else if TextInput.edit(&form.editor, with: key) {
                    form.error = nil
                }
                state.popup = .form(form)
            }
        default:
            return nil
        }
        return []
    }
}
