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
        switch effect {
        case .saveSoAEntry(let entry, let previous, _):
            return [.saveFailed(reason, restore: .soa(previous ?? SoAEntry(control: entry.control)))]
        case .saveRisk(let risk, let previous, _):
            return [.saveFailed(reason, restore: .risk(id: risk.id, previous))]
        case .deleteRisk(let risk, _):
            return [.saveFailed(reason, restore: .risk(id: risk.id, risk))]
        case .saveMatrix(_, let previous, _, let previousRisks, _):
            return [.saveFailed(reason, restore: .matrix(previous, risks: previousRisks))]
        case .applyImport(let preview, _):
            return [.saveFailed(reason, restore: .group(preview.before))]
        case .saveGroup(let effects, _):
            return [.saveFailed(reason, restore: .group(effects.compactMap(\.restoredOnFailure)))]
        case .saveConfig(_, let previous, _):
            return [.saveFailed(reason, restore: .config(previous))]
        case .saveAudit(let audit, let previous, _, _):
            return [.saveFailed(reason, restore: .audit(id: audit.id, previous))]
        case .deleteAudit(let audit, _):
            return [.saveFailed(reason, restore: .audit(id: audit.id, audit))]
        case .saveAction(let action, let previous, _):
            return [.saveFailed(reason, restore: .action(id: action.id, previous))]
        case .deleteAction(let action, _):
            return [.saveFailed(reason, restore: .action(id: action.id, action))]
        case .saveEvidence(let record, let previous, _):
            return [.saveFailed(reason, restore: .evidence(id: record.id, previous))]
        case .deleteEvidence(let record, _):
            return [.saveFailed(reason, restore: .evidence(id: record.id, record))]
        case .appendEvent(_, _, _, let draft):
            return [.eventFailed(reason, draft: draft)]
        case .writeReport:
            return [.warning("Report not written: \(reason)")]
        case .saveDraft, .deleteDraft, .claimJournal, .releaseJournal, .loadDraft, .loadPopulation, .planImport, .quit:
            return []
        }
    }
}
