import AnnexDomain

/// Adding, editing and deleting risks: forms, the control picker, confirmation, saving, undo.
public enum RiskEditing {
    static func perform(_ command: Command, _ state: inout AppState, ids: IDGenerator) -> [Effect] {
        switch command {
        case .addRisk:
            let taken = Set(state.workspace.risks.map(\.id))
            let id = ids.make(prefix: "R", avoiding: taken)
            let cursor = state.risks.cursor
            // A new risk starts on the cell under the heat map cursor, reviewed in a year.
            let risk = Risk(id: id, title: "", inherent: cursor, nextReview: state.today.adding(days: 365))
            state.popup = .of(RiskForm(risk: risk, isNew: true))
        case .editRisk:
            guard let risk = RisksState.selectedRisk(state) else {
                state.status = StatusMessage(.info, RisksNotice.noRiskSelected)
                return []
            }
            state.popup = .of(RiskForm(risk: risk, isNew: false))
        case .deleteRisk:
            guard let risk = RisksState.selectedRisk(state) else { return [] }
            state.popup = .confirm(Confirmation(message: RisksNotice.confirmDelete(risk.id, title: risk.title).notice, action: .delete(risk.id)))
        default:
            break
        }
        return []
    }

    static func submit(_ form: RiskForm, _ state: inout AppState) -> [Effect] {
        switch form.build(matrix: state.workspace.config.riskMatrix, today: state.today) {
        case .failure(let error):
            return form.rejected(error.message, at: error.field, &state)
        case .success(let risk):
            state.popup = nil
            let previous = form.isNew ? nil : form.original
            guard previous != risk else {
                state.status = StatusMessage(.info, ShellNotice.noChange)
                return []
            }
            Snapshots.remember(.risk(id: risk.id, previous), after: .risk(id: risk.id, risk), in: &state)
            Snapshots.apply(.risk(id: risk.id, risk), to: &state)
            state.risks.selected = risk.id
            RisksReducer.reselect(&state)
            let level = state.workspace.config.riskMatrix.level(of: risk.current)?.name.lowercased() ?? "unrated"
            state.status = StatusMessage(.info, ShellNotice.saving)
            let describe = previous == nil ? RisksNotice.added(risk.id, level: level) : .saved(risk.id, level: level)
            let noted = note(on: risk, in: state.workspace).map { RisksNotice.savedWithNote(describe.notice, $0) } ?? describe
            return [.saveRisk(risk, previous: previous, describe: noted.notice)]
        }
    }

    /// Saved as typed, but worth saying: a residual rating above the inherent one (treatment that
    /// makes a risk worse), or an owner the workspace does not know.
    private static func note(on risk: Risk, in workspace: Workspace) -> RisksNotice.RiskNote? {
        if let residual = risk.residual, residual.score > risk.inherent.score { return .residualAboveInherent(residual.score, risk.inherent.score) }
        if !risk.owner.isEmpty, workspace.config.person(risk.owner) == nil { return .unknownOwner(risk.owner) }
        return nil
    }

    static func delete(_ id: String, _ state: inout AppState) -> [Effect] {
        guard let risk = state.workspace.risks.first(where: { $0.id == id }) else { return [] }
        Snapshots.remember(.risk(id: id, risk), after: .risk(id: id, nil), in: &state)
        Snapshots.apply(.risk(id: id, nil), to: &state)
        RisksReducer.reselect(&state)
        state.status = StatusMessage(.info, ShellNotice.deleting)
        return [.deleteRisk(risk, describe: RisksNotice.deleted(id).notice)]
    }

    /// Keys inside the risk form: text editing, scales and choices with Left/Right/Space.
    static func edit(_ form: inout RiskForm, with key: KeyPress, matrix: RiskMatrix) {
        let field = form.field
        switch field.kind {
        case .text, .date:
            var editor = form.texts[field] ?? LineEditor()
            if TextInput.edit(&editor, with: key) { form.error = nil }
            form.texts[field] = editor
        case .scale:
            let top = field == .likelihood || field == .residualLikelihood ? matrix.likelihood.count : matrix.impact.count
            let lowest = field == .residualLikelihood || field == .residualImpact ? 0 : 1
            var value = scaleValue(field, of: form)
            // A scale steps like a choice (and with + and -, wrapping round), or takes its digit.
            switch (ChoiceKeys.direction(key), key) {
            case (true?, _), (nil, .character("+")): value = value >= top ? lowest : value + 1
            case (false?, _), (nil, .character("-")): value = value <= lowest ? top : value - 1
            case (nil, .character(let digit)) where digit.isNumber: if let number = digit.wholeNumberValue, (lowest...top).contains(number) { value = number }
            default: return
            }
            setScale(field, value, in: &form)
            form.error = nil
        case .choice:
            guard let forward = ChoiceKeys.direction(key) else { return }
            if field == .treatment { form.treatment = ListScrolling.step(from: form.treatment, in: RiskTreatment.allCases, forward: forward) }
            if field == .status { form.status = ListScrolling.step(from: form.status, in: RiskStatus.allCases, forward: forward) }
            form.error = nil
        case .controls:
            break
        }
    }

    public static func scaleValue(_ field: RiskField, of form: RiskForm) -> Int {
        switch field {
        case .likelihood: form.likelihood
        case .impact: form.impact
        case .residualLikelihood: form.residualLikelihood
        default: form.residualImpact
        }
    }

    private static func setScale(_ field: RiskField, _ value: Int, in form: inout RiskForm) {
        switch field {
        case .likelihood: form.likelihood = value
        case .impact: form.impact = value
        case .residualLikelihood: form.residualLikelihood = value
        default: form.residualImpact = value
        }
    }
}
