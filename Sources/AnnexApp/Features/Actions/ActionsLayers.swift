import AnnexDomain

// The layers of the Actions screen: the corrective action form and the verification form. Tab
// in a person field completes a half-typed person id; otherwise, and in every other field, it
// moves to the next field.

extension ActionForm: FeatureLayer {
    public var context: KeyContext { .actionForm }
    public var isEditor: Bool { true }

    public func rebased(onto theirs: Snapshot) -> ActionForm {
        guard case .action(_, let action?) = theirs else { return self }
        return rebased(onto: action)
    }

    public func handle(_ key: KeyPress, command: Command?, _ state: inout AppState, ids: IDGenerator) -> [Effect] {
        var form = self
        if command == .nextField, key == .tab, form.field == .owner, PersonCompletion.completeField(&form.texts[.owner], in: state) {
            state.popup = .of(form)
            return []
        }
        switch form.handle(key, command: command, in: state) {
        case .cancel:
            state.popup = nil
            state.status = form.isNew ? StatusMessage(.info, ActionsNotice.discarded(form.id)) : StatusMessage(.info, ShellNotice.editCancelled)
        case .submit:
            return ActionEditing.submit(form, &state)
        case .stay:
            state.popup = .of(form)
        }
        return []
    }
}

extension VerifyForm: FeatureLayer {
    public var context: KeyContext { .verifyForm }
    public var isEditor: Bool { true }

    public func handle(_ key: KeyPress, command: Command?, _ state: inout AppState, ids: IDGenerator) -> [Effect] {
        var form = self
        if command == .nextField, key == .tab, form.field == .verifier, PersonCompletion.completeField(&form.texts[.verifier], in: state) {
            state.popup = .of(form)
            return []
        }
        switch form.handle(key, command: command, in: state) {
        case .cancel:
            state.popup = nil
            state.status = StatusMessage(.info, ActionsNotice.verificationCancelled)
        case .submit:
            return ActionEditing.submit(form, &state)
        case .stay:
            state.popup = .of(form)
        }
        return []
    }
}
