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
        handleAsLayer(key, command: command, &state, personField: field == .owner ? \.texts[.owner] : nil,
                      cancelled: isNew ? StatusMessage(.info, ActionsNotice.discarded(id)) : StatusMessage(.info, ShellNotice.editCancelled),
                      submit: ActionEditing.submit)
    }
}

extension VerifyForm: FeatureLayer {
    public var context: KeyContext { .verifyForm }
    public var isEditor: Bool { true }

    public func handle(_ key: KeyPress, command: Command?, _ state: inout AppState, ids: IDGenerator) -> [Effect] {
        handleAsLayer(key, command: command, &state, personField: field == .verifier ? \.texts[.verifier] : nil,
                      cancelled: StatusMessage(.info, ActionsNotice.verificationCancelled), submit: ActionEditing.submit)
    }
}
