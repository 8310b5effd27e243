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
        case .quit:
            return nil
        case .saveAction(let action, let previous, let describe):
            return attempt(describe, restore: .action(id: action.id, previous)) { try store.save(action) }
        case .deleteAction(let action, let describe):
            return attempt(describe, restore: .action(id: action.id, action)) { try store.deleteAction(action.id) }
        }
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
