import AnnexDomain

/// Editing one field of an SoA entry, over the Controls screen.
extension FieldForm: FeatureLayer {
    public var context: KeyContext { .form }
    public var isEditor: Bool { true }

    public func rebased(onto theirs: Snapshot) -> FieldForm {
        guard case .soa(let entry) = theirs else { return self }
        var form = self
        form.original = entry
        return form
    }

    public func handle(_ key: KeyPress, command: Command?, _ state: inout AppState, ids: IDGenerator) -> [Effect] {
        var form = self
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
            state.popup = .of(form)
        }
        return []
    }
}
