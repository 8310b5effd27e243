import AnnexApp
import AnnexDomain
import AnnexStore

/// Performs the reducer's effects against the real workspace and reports back as actions.
public struct EffectRunner: Sendable {
    public let store: WorkspaceStore

    public init(store: WorkspaceStore) {
        self.store = store
    }

    /// The action that reports the effect's outcome; nil for effects with nothing to report.
    public func perform(_ effect: Effect) -> AppAction? {
        switch effect {
        case .saveSoAEntry(let entry, let previous, let describe):
            return attempt(describe, restore: .soa(previous)) { try store.save(entry) }
        case .saveRisk(let risk, let previous, let describe):
            return attempt(describe, restore: .risk(id: risk.id, previous)) { try store.save(risk) }
        case .deleteRisk(let risk, let describe):
            return attempt(describe, restore: .risk(id: risk.id, risk)) { try store.deleteRisk(risk.id) }
        case .saveMatrix(let config, let previous, let risks, let previousRisks, let describe):
            let before = Dictionary(previousRisks.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            var written: [Risk] = []
            let outcome = attempt(describe, restore: .matrix(previous, risks: previousRisks)) {
                try store.saveConfig(config)
                for risk in risks where before[risk.id] != risk {
                    try store.save(risk)
                    written.append(risk)
                }
            }
            if case .saveFailed = outcome {
                // A rescale is all or nothing: put back what was already written.
                try? store.saveConfig(previous)
                for risk in written { if let old = before[risk.id] { try? store.save(old) } }
            }
            return outcome
        case .saveAudit(let audit, let previous, let describe):
            return attempt(describe, restore: .audit(id: audit.id, previous)) {
                try store.save(audit)
            }
        case .deleteAudit(let audit, let describe):
            return attempt(describe, restore: .audit(id: audit.id, audit)) { try store.deleteAudit(audit.id) }
        case .appendEvent(let event, let audit, let describe, let draft):
            do {
                try store.append(event, audit: audit)
                return .eventAppended(event, audit: audit, describe: describe)
            } catch {
                return .eventFailed(Self.message(error), draft: draft)
            }
        case .saveDraft(let draft):
            do {
                try store.saveDraft(draft)
                return nil
            } catch {
                return .warning("The note is not being kept on disk: \(Self.message(error))")
            }
        case .deleteDraft(let audit, let auditor):
            try? store.deleteDraft(audit: audit, auditor: auditor)
            return nil
        case .loadDraft(let audit, let auditor):
            do {
                return .draftLoaded(try store.loadDraft(audit: audit, auditor: auditor))
            } catch {
                return .warning("A note left by an earlier session cannot be read: \(Self.message(error))")
            }
        case .loadPopulation(let path, let form):
            do {
                let text = try store.readListFile(path)
                return .populationLoaded(AuditSampler.population(from: text), source: path, form: form)
            } catch {
                return .populationFailed(Self.message(error), form: form)
            }
        case .writeReport(let audit, let workspace, let today):
            do {
                let report = try AuditReport(workspace: workspace, audit: audit, today: today)
                let paths = try store.saveReport(audit: audit, markdown: report.markdown(), html: report.html())
                return .saved("Report written: \(paths.joined(separator: " and "))")
            } catch {
                return .warning("Report not written: \(Self.message(error))")
            }
        case .quit:
            return nil
        case .saveAction(let action, let previous, let describe):
            return attempt(describe, restore: .action(id: action.id, previous)) { try store.save(action) }
        case .deleteAction(let action, let describe):
            return attempt(describe, restore: .action(id: action.id, action)) { try store.deleteAction(action.id) }
        }
    }

    private static func message(_ error: Error) -> String {
        (error as? StoreError)?.description ?? "\(error)"
    }

    private func attempt(_ describe: String, restore: Snapshot, _ body: () throws -> Void) -> AppAction {
        do {
            try body()
            return .saved(describe)
        } catch let error as StoreError {
            return .saveFailed(error.description, restore: restore)
        } catch {
            return .saveFailed("\(error)", restore: restore)
        }
    }
}
