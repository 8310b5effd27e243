import AnnexApp
import AnnexDomain
import AnnexStore

/// Performs the reducer's effects against the real workspace and reports back as actions.
public struct EffectRunner: Sendable {
    public let store: WorkspaceStore
    /// The journals this process writes; the session follows every other one.
    public let claims: JournalClaims
    /// Presenter mode: every write is refused (`ReadOnlyEffects.swift`).
    public let readOnly: Bool

    public init(store: WorkspaceStore, readOnly: Bool = false) {
        self.store = store
        claims = JournalClaims(store: store)
        self.readOnly = readOnly
    }

    /// The actions that report the effect's outcome, in order; none for effects with nothing to report.
    public func perform(_ effect: Effect) -> [AppAction] {
        if readOnly, effect.writesWorkspace { return refusal(effect) }
        switch effect {
        case .saveSoAEntry(let entry, let previous, let describe):
            return outcome(describe, restore: .soa(previous ?? entry.undecided), record: { .soa($0 ?? entry.undecided) }, mine: .soa(entry)) {
                try store.save(entry, base: previous)
            }
        case .saveRisk(let risk, let previous, let describe):
            return outcome(describe, restore: .risk(id: risk.id, previous), record: { .risk(id: risk.id, $0) }, mine: .risk(id: risk.id, risk)) {
                try store.save(risk, base: previous)
            }
        case .deleteRisk(let risk, let describe):
            return deletion(describe, restore: .risk(id: risk.id, risk), gone: .risk(id: risk.id, nil), record: { .risk(id: risk.id, $0) }) { try store.delete(risk) }
        case .saveMatrix(let config, let previous, let risks, let previousRisks, let describe):
            return saveMatrix(config, previous: previous, risks: risks, previousRisks: previousRisks, describe: describe)
        case .planImport(let kind, let path):
            return planImport(kind, path: path)
        case .applyImport(let preview, let describe):
            return applyImport(preview, describe: describe)
        case .saveGroup(let effects, let describe):
            return saveGroup(effects, describe: describe)
        case .saveConfig(let config, let previous, let describe):
            return outcome(describe, restore: .config(previous), record: { .config($0 ?? previous) }, mine: .config(config)) {
                try store.saveConfig(config, base: previous)
            }
        case .saveAudit(let audit, let previous, let describe, let then):
            let saved = outcome(describe, restore: .audit(id: audit.id, previous), record: { .audit(id: audit.id, $0) }, mine: .audit(id: audit.id, audit)) {
                try store.save(audit, base: previous)
            }
            guard case .recordSaved? = saved.first else { return saved }
            return saved + then.flatMap(perform)
        case .deleteAudit(let audit, let describe):
            do {
                try store.deleteAudit(audit.id)
                return [.saved(describe)]
            } catch {
                return [.saveFailed(Self.message(error), restore: .audit(id: audit.id, audit))]
            }
        case .appendEvent(let event, let audit, let describe, let draft):
            do {
                try store.append(event, audit: audit)
                return [.eventAppended(event, audit: audit, describe: describe)]
            } catch {
                return [.eventFailed(Self.message(error), draft: draft)]
            }
        case .saveDraft(let draft):
            do {
                try store.saveDraft(draft)
                return []
            } catch {
                return [.warning("The note is not being kept on disk: \(Self.message(error))")]
            }
        case .deleteDraft(let audit, let auditor):
            try? store.deleteDraft(audit: audit, auditor: auditor)
            return []
        case .loadDraft(let audit, let auditor):
            do {
                return [.draftLoaded(try store.loadDraft(audit: audit, auditor: auditor))]
            } catch {
                return [.warning("A note left by an earlier session cannot be read: \(Self.message(error))")]
            }
        case .claimJournal(let audit, let auditor):
            do {
                return [.journalClaimed(audit: audit, auditor: auditor, heldBy: try claims.claim(audit: audit, auditor: auditor))]
            } catch {
                return [.warning("The journal cannot be claimed: \(Self.message(error))")]
            }
        case .releaseJournal(let audit, let auditor):
            claims.release(audit: audit, auditor: auditor)
            return []
        case .loadPopulation(let path, let form):
            do {
                let text = try store.readListFile(path)
                return [.populationLoaded(AuditSampler.population(from: text), source: path, form: form)]
            } catch {
                return [.populationFailed(Self.message(error), form: form)]
            }
        case .writeReport(let audit, let today):
            do {
                let report = try store.auditReport(audit, today: today)
                let paths = try store.saveReport(audit: audit, markdown: report.markdown(), html: report.html())
                return [.saved(AuditsNotice.reportWritten(paths).notice)]
            } catch {
                return [.warning("Report not written: \(Self.message(error))")]
            }
        case .quit:
            return []
        case .saveAction(let action, let previous, let describe):
            return outcome(describe, restore: .action(id: action.id, previous), record: { .action(id: action.id, $0) }, mine: .action(id: action.id, action)) {
                try store.save(action, base: previous)
            }
        case .deleteAction(let action, let describe):
            return deletion(describe, restore: .action(id: action.id, action), gone: .action(id: action.id, nil), record: { .action(id: action.id, $0) }) { try store.delete(action) }
        case .saveEvidence(let record, let previous, let describe):
            return outcome(describe, restore: .evidence(id: record.id, previous), record: { .evidence(id: record.id, $0) }, mine: .evidence(id: record.id, record)) {
                try store.save(record, base: previous)
            }
        case .deleteEvidence(let record, let describe):
            return deletion(describe, restore: .evidence(id: record.id, record), gone: .evidence(id: record.id, nil), record: { .evidence(id: record.id, $0) }) {
                try store.delete(record)
            }
        }
    }

    /// A new matrix and the ratings it carried over: all or nothing. A risk changed on disk
    /// meanwhile stops the save and puts back what was written.
    private func saveMatrix(_ config: WorkspaceConfig, previous: WorkspaceConfig, risks: [Risk], previousRisks: [Risk], describe: Notice) -> [AppAction] {
        let before = Dictionary(previousRisks.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var written: [Risk] = []
        var savedConfig = config
        do {
            switch try store.saveConfig(config, base: previous) {
            case .conflict(let conflict, let theirs, let mine):
                let theirConfig = theirs ?? previous
                return [.saveConflict(SaveConflict(conflict: conflict, theirs: .matrix(theirConfig, risks: previousRisks),
                                                   mine: .matrix(mine, risks: risks), describe: describe))]
            case .written(let merged):
                savedConfig = merged
            }
            var result = risks
            for (index, risk) in risks.enumerated() where before[risk.id] != risk {
                switch try store.save(risk, base: before[risk.id]) {
                case .written(let merged):
                    written.append(merged)
                    result[index] = merged
                case .conflict(let conflict, _, _):
                    throw StoreError(path: conflict.path, "\(conflict.record) changed on disk meanwhile; the matrix was not changed")
                }
            }
            return [.recordSaved(.matrix(savedConfig, risks: result), describe: describe)]
        } catch {
            // A rescale is all or nothing: put back what was already written.
            _ = try? store.saveConfig(previous, base: savedConfig)
            for risk in written { if let old = before[risk.id] { _ = try? store.save(old, base: risk) } }
            return [.saveFailed(Self.message(error), restore: .matrix(previous, risks: previousRisks))]
        }
    }

    static func message(_ error: Error) -> String {
        (error as? StoreError)?.description ?? "\(error)"
    }

    private func outcome<Record>(
        _ describe: Notice, restore: Snapshot, record snapshot: (Record?) -> Snapshot, mine: Snapshot,
        _ body: () throws -> SaveOutcome<Record>
    ) -> [AppAction] {
        do {
            switch try body() {
            case .written(let record):
                return [.recordSaved(snapshot(record), describe: describe)]
            case .conflict(let conflict, let theirs, let resolved):
                return [.saveConflict(SaveConflict(conflict: conflict, theirs: snapshot(theirs), mine: snapshot(resolved), describe: describe))]
            }
        } catch {
            return [.saveFailed(Self.message(error), restore: restore)]
        }
    }

    private func deletion<Record>(
        _ describe: Notice, restore: Snapshot, gone: Snapshot, record snapshot: (Record) -> Snapshot, _ body: () throws -> (RecordConflict, Record)?
    ) -> [AppAction] {
        do {
            guard let (conflict, theirs) = try body() else { return [.recordSaved(gone, describe: describe)] }
            return [.saveConflict(SaveConflict(conflict: conflict, theirs: snapshot(theirs), mine: gone, describe: describe))]
        } catch {
            return [.saveFailed(Self.message(error), restore: restore)]
        }
    }
}
