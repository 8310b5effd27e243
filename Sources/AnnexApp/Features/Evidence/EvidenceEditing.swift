import AnnexDomain

/// The Evidence screen's keys: moving through the register, registering and editing records,
/// undo. Each change is applied in memory and saved through `.saveEvidence`.
enum EvidenceEditing {
    static func perform(_ command: Command, _ state: inout AppState, ids: IDGenerator) -> [Effect] {
        let rows = EvidenceRegister.rows(state.workspace)
        let index = rows.firstIndex { $0.id == state.evidence.selected } ?? 0
        let page = max(1, state.frame.pageRows(.rows(.evidenceList)) - 1)
        switch command {
        case .moveDown: select(index + 1, rows, &state)
        case .moveUp: select(index - 1, rows, &state)
        case .pageDown: select(index + page, rows, &state)
        case .pageUp: select(index - page, rows, &state)
        case .moveTop: select(0, rows, &state)
        case .moveBottom: select(rows.count - 1, rows, &state)
        case .addEvidence:
            let id = ids.make(prefix: "EV", avoiding: Set(state.workspace.evidence.map(\.id)))
            state.popup = .of(EvidenceForm(record: EvidenceRecord(id: id, title: "", effective: state.today), isNew: true))
        case .editEvidenceRecord:
            guard let record = EvidenceState.selectedRecord(state) else {
                state.status = StatusMessage(.info, EvidenceNotice.noRecordSelected)
                return []
            }
            state.popup = .of(EvidenceForm(record: record, isNew: false))
        case .deleteEvidenceRecord:
            guard let record = EvidenceState.selectedRecord(state) else {
                state.status = StatusMessage(.info, EvidenceNotice.noRecordSelected)
                return []
            }
            let citing = EvidenceRegister.controls(citing: record.id, in: state.workspace)
            state.popup = .confirm(Confirmation(message: EvidenceNotice.confirmDelete(record.id, title: record.title, citedBy: citing).notice, action: .delete(record.id)))
        case .undo:
            let effects = Snapshots.undo(&state)
            reselect(&state)
            return effects
        case .back:
            if state.focus == .evidenceDetail { state.focus = .evidenceList } else { state.screen = .dashboard }
        default:
            state.status = StatusMessage(.info, ShellNotice.notAvailableHere(command))
        }
        return []
    }

    static func submit(_ form: EvidenceForm, _ state: inout AppState) -> [Effect] {
        switch form.build(today: state.today) {
        case .failure(let error):
            return form.rejected(error.problem.notice, at: error.field, &state)
        case .success(let record):
            state.popup = nil
            let previous = form.isNew ? nil : form.original
            guard previous != record else {
                state.status = StatusMessage(.info, ShellNotice.noChange)
                return []
            }
            Snapshots.remember(.evidence(id: record.id, previous), after: .evidence(id: record.id, record), in: &state)
            Snapshots.apply(.evidence(id: record.id, record), to: &state)
            state.evidence.selected = record.id
            state.status = StatusMessage(.info, ShellNotice.saving)
            let saved = previous == nil ? EvidenceNotice.registered(record.id) : .saved(record.id)
            let unknownOwner = !record.owner.isEmpty && state.workspace.config.person(record.owner) == nil
            let describe = unknownOwner ? EvidenceNotice.unknownOwner(saved.notice, record.owner) : saved
            return [.saveEvidence(record, previous: previous, describe: describe.notice)]
        }
    }

    /// Removes the record's file (the evidence it points to stays where it is); undo puts it back.
    static func delete(_ id: String, _ state: inout AppState) -> [Effect] {
        guard let record = state.workspace.evidence.first(where: { $0.id == id }) else { return [] }
        Snapshots.remember(.evidence(id: id, record), after: .evidence(id: id, nil), in: &state)
        Snapshots.apply(.evidence(id: id, nil), to: &state)
        reselect(&state)
        state.status = StatusMessage(.info, ShellNotice.deleting)
        return [.deleteEvidence(record, describe: EvidenceNotice.deleted(id).notice)]
    }

    /// Keeps the selection on a record that still exists, else the first.
    static func reselect(_ state: inout AppState) {
        let rows = EvidenceRegister.rows(state.workspace)
        if !rows.contains(where: { $0.id == state.evidence.selected }) { state.evidence.selected = rows.first?.id }
    }

    private static func select(_ index: Int, _ rows: [EvidenceRecord], _ state: inout AppState) {
        guard !rows.isEmpty else { return }
        state.evidence.selected = rows[min(max(0, index), rows.count - 1)].id
    }
}
