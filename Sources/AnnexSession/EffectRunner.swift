import AnnexApp
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
            do {
                try store.save(entry)
                return .saved(describe)
            } catch let error as StoreError {
                return .saveFailed(error.description, restore: previous)
            } catch {
                return .saveFailed("\(error)", restore: previous)
            }
        case .quit:
            return nil
        }
    }
}
