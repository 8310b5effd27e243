import AnnexDomain

// The layers of the Risks screen: the risk form, the control picker over it, the matrix form.

extension RiskForm: FeatureLayer {
    public var context: KeyContext { .riskForm }
    public var isEditor: Bool { true }

    public func rebased(onto theirs: Snapshot) -> RiskForm {
        guard case .risk(_, let risk) = theirs else { return self }
        var form = self
        form.original = risk
        return form
    }

    public func handle(_ key: KeyPress, command: Command?, _ state: inout AppState, ids: IDGenerator) -> [Effect] {
        // Enter on Controls opens the picker over the form rather than saving.
        if command == .confirm, field == .controls, key == .enter {
            state.push(.of(ControlPicker(form: self)))
            return []
        }
        return handleAsLayer(key, command: command, &state, personField: [.owner, .acceptedBy].contains(field) ? \.texts[field] : nil,
                             cancelled: isNew ? StatusMessage(.info, RisksNotice.newRiskDiscarded) : StatusMessage(.info, ShellNotice.editCancelled),
                             submit: RiskEditing.submit)
    }
}

extension ControlPicker: FeatureLayer {
    public var context: KeyContext { .picker }

    public func handle(_ key: KeyPress, command: Command?, _ state: inout AppState, ids: IDGenerator) -> [Effect] {
        var picker = self
        let matches = picker.matches(in: state.workspace.catalog.iso27001)
        switch picker.pick(key, command: command, matches: matches.count) {
        case .cancel:
            state.pop()
        case .confirm:
            state.pop()
            guard var form = state.popup?.layer(RiskForm.self) else { break }
            form.controls = picker.chosen
            // On to the next field, so the next Enter saves rather than reopening the picker.
            form.field = .plan
            state.popup = .of(form)
        case .toggle(let index):
            let id = matches[index].id
            if let at = picker.chosen.firstIndex(of: id) { picker.chosen.remove(at: at) } else { picker.chosen.append(id) }
            state.popup = .of(picker)
        case .stay:
            state.popup = .of(picker)
        }
        return []
    }
}

extension MatrixForm: FeatureLayer {
    public var context: KeyContext { .matrixForm }
    public var isEditor: Bool { true }

    public func handle(_ key: KeyPress, command: Command?, _ state: inout AppState, ids: IDGenerator) -> [Effect] {
        handleAsLayer(key, command: command, &state, cancelled: StatusMessage(.info, RisksNotice.matrixUnchanged), submit: MatrixEditing.submit)
    }
}
