import AnnexApp
import AnnexDomain

/// The second line of presenter mode: whatever the reducer asks for, a read-only runner writes
/// nothing (no record, journal event, draft, lock or report). A refused save is reported the way
/// a failed one is, so memory goes back to what the files hold.
extension Effect {
    /// Whether performing the effect would create, change or remove a file of the workspace.
    public var writesWorkspace: Bool {
        switch self {
        case .loadDraft, .loadPopulation, .planImport, .quit: return false
        case .saveSoAEntry, .saveRisk, .deleteRisk, .saveMatrix, .saveConfig, .applyImport, .saveGroup, .saveAudit, .deleteAudit, .appendEvent, .saveDraft,
             .deleteDraft, .claimJournal, .releaseJournal, .writeReport, .saveAction, .deleteAction, .saveEvidence, .deleteEvidence:
            return true
        }
    }
}

extension EffectRunner {
    static let readOnlyRefusal = "this session is read-only"

    /// What a refused write reports: the record put back as the files hold it.
    func refusal(_ effect: Effect) -> [AppAction] {
        let reason = Self.readOnlyRefusal
        if let restore = effect.restoredOnFailure { return [.saveFailed(reason, restore: restore)] }
        switch effect {
        case .appendEvent(_, _, _, let draft):
            return [.eventFailed(reason, draft: draft)]
        case .writeReport:
            return [.warning("Report not written: \(reason)")]
        // The saves of records are answered above, by the record each puts back.
        case .saveDraft, .deleteDraft, .claimJournal, .releaseJournal, .loadDraft, .loadPopulation, .planImport, .quit,
             .saveSoAEntry, .saveRisk, .deleteRisk, .saveMatrix, .applyImport, .saveGroup, .saveConfig, .saveAudit,
             .deleteAudit, .saveAction, .deleteAction, .saveEvidence, .deleteEvidence:
            return []
        }
    }
}

extension Effect {
    /// What memory goes back to when this save is not made (refused, failed, or left undone by
    /// an earlier save of its group); nil for effects that save no record.
    var restoredOnFailure: Snapshot? {
        switch self {
        case .saveSoAEntry(let entry, let previous, _): .soa(previous ?? entry.undecided)
        case .saveRisk(let risk, let previous, _): .risk(id: risk.id, previous)
        case .deleteRisk(let risk, _): .risk(id: risk.id, risk)
        case .saveMatrix(_, let previous, _, let previousRisks, _): .matrix(previous, risks: previousRisks)
        case .applyImport(let preview, _): .group(preview.before)
        case .saveGroup(let effects, _): .group(effects.compactMap(\.restoredOnFailure))
        case .saveConfig(_, let previous, _): .config(previous)
        case .saveAudit(let audit, let previous, _, _): .audit(id: audit.id, previous)
        case .deleteAudit(let audit, _): .audit(id: audit.id, audit)
        case .saveAction(let action, let previous, _): .action(id: action.id, previous)
        case .deleteAction(let action, _): .action(id: action.id, action)
        case .saveEvidence(let record, let previous, _): .evidence(id: record.id, previous)
        case .deleteEvidence(let record, _): .evidence(id: record.id, record)
        case .appendEvent, .saveDraft, .deleteDraft, .claimJournal, .releaseJournal, .loadDraft, .loadPopulation,
             .writeReport, .planImport, .quit: nil
        }
    }
}
