import AnnexDomain

/// Where each checklist item stands, as the session's left pane shows it.
public struct ItemProgress: Sendable {
    public enum State: Sendable, Equatable { case toGo, done, nonconformity, notAudited }

    private var states: [String: State] = [:]

    public init(audit: Audit, log: AuditLog) {
        for item in audit.checklist {
            if log.hasNonconformity(on: item) {
                states[item] = .nonconformity
            } else if log.itemStates[item] == .notAudited {
                states[item] = .notAudited
            } else if log.activeCount(on: item) > 0 || log.itemStates[item] == .done {
                states[item] = .done
            }
        }
    }

    public func state(of item: String) -> State { states[item] ?? .toGo }
}
