import AnnexDomain

/// Keys in the popups of the Risks screen: the risk form, the control picker over it, and the
/// risk matrix form.
enum RisksPopups {
    /// Nil when the top layer is not one of the Risks screen's.
    static func handle(_ key: KeyPress, command: Command?, _ state: inout AppState) -> [Effect]? {
        switch state.popup {
        case .riskForm(var form):
            // Enter on Controls opens the picker over the form rather than saving.
            if command == .confirm, form.field == .controls, key == .enter {
                state.push(.controlPicker(ControlPicker(form: form)))
                return []
            }
            switch form.handle(key, command: command, in: state) {
            case .cancel:
                state.popup = nil
                state.status = form.isNew ? StatusMessage(.info, RisksNotice.newRiskDiscarded) : StatusMessage(.info, ShellNotice.editCancelled)
            case .submit:
                return RiskEditing.submit(form, &state)
            case .stay:
                state.popup = .riskForm(form)
            }
        case .controlPicker(var picker):
            let matches = picker.matches()
            switch picker.pick(key, command: command, matches: matches.count) {
            case .cancel:
                state.pop()
            case .confirm:
                state.pop()
                guard case .riskForm(var form) = state.popup else { break }
                form.controls = picker.chosen
                // On to the next field, so the next Enter saves rather than reopening the picker.
                form.field = .plan
                state.popup = .riskForm(form)
            case .toggle(let index):
                let id = matches[index].id
                if let at = picker.chosen.firstIndex(of: id) { picker.chosen.remove(at: at) } else { picker.chosen.append(id) }
                state.popup = .controlPicker(picker)
            case .stay:
                state.popup = .controlPicker(picker)
            }
        case .matrixForm(var form):
            switch form.handle(key, command: command, in: state) {
            case .cancel:
                state.popup = nil
                state.status = StatusMessage(.info, RisksNotice.matrixUnchanged)
            case .submit:
                return MatrixEditing.submit(form, &state)
            case .stay:
                state.popup = .matrixForm(form)
            }
        default:
            return nil
        }
        return []
    }
}
