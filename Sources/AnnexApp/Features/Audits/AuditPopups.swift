import AnnexDomain

/// Keys in the popups of the Audits screen and the live session.
enum AuditPopups {
    /// Nil when the top layer is not one of the Audits screen's.
    static func handle(_ key: KeyPress, command: Command?, _ state: inout AppState, ids: IDGenerator) -> [Effect]? {
        switch state.popup {
        case .findingEditor(let editor):
            return FindingEditing.handle(key, command: command, editor, &state, ids: ids)
        case .discardNote:
            switch command {
            case .yes:
                state.pop()
                guard case .findingEditor(let editor) = state.popup else { return [] }
                return FindingEditing.discard(editor, &state)
            case .no: state.pop()
            default: break
            }
        case .auditPlan(var form):
            switch form.handle(key, command: command, in: state) {
            case .cancel:
                state.popup = nil
                state.status = form.isNew ? StatusMessage(.info, AuditsNotice.planDiscarded) : StatusMessage(.info, ShellNotice.editCancelled)
            case .submit:
                return AuditsReducer.submit(form, &state)
            case .stay:
                state.popup = .auditPlan(form)
            }
        case .sample(var form):
            if command == .newLine, form.field == .population {
                form.population.newLine()
                state.popup = .sample(form)
                return []
            }
            switch form.handle(key, command: command, in: state) {
            case .cancel:
                state.popup = nil
                state.status = StatusMessage(.info, AuditsNotice.noSample)
            case .submit:
                return SampleDrawing.submit(form, &state)
            case .stay:
                state.popup = .sample(form)
                if case .paste = key, form.field == .population, form.population.characters.count >= SampleForm.pasteLimit {
                    return SampleDrawing.reject(form, .population, .pasteCut, &state)
                }
            }
        case .prompt(var prompt):
            switch command {
            case .cancel:
                state.popup = nil
            case .confirm:
                switch prompt.purpose {
                case .jump: return AuditSessionReducer.jump(prompt.editor.text, &state)
                case .withdraw(let id): return FindingEditing.withdraw(id, reason: prompt.editor.text, &state)
                }
            default:
                if TextInput.edit(&prompt.editor, with: key) { prompt.error = nil }
                state.popup = .prompt(prompt)
            }
        case .itemPicker(var picker):
            let checklist = state.workspace.audits.first { $0.id == picker.audit }?.checklist ?? []
            let matches = picker.matches(excluding: checklist)
            switch picker.pick(key, command: command, matches: matches.count) {
            case .cancel:
                state.popup = nil
            case .confirm(let index):
                state.popup = nil
                guard let index else { return [] }
                return AuditsReducer.addItem(matches[index].id, to: picker.audit, &state)
            case .toggle, .stay:
                state.popup = .itemPicker(picker)
            }
        case .closeAudit(let id):
            switch command {
            case .yes: return AuditClosing.close(id, &state)
            case .no:
                state.popup = nil
                state.status = StatusMessage(.info, AuditsNotice.staysOpen(id))
            default: break
            }
        default:
            return nil
        }
        return []
    }

}
