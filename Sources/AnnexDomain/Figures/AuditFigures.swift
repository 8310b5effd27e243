/// How far an audit has got and what it found.
public struct AuditProgress: Sendable, Equatable {
    public var items = 0
    /// Items with a finding or marked done.
    public var done = 0
    /// Items with at least one major or minor nonconformity.
    public var withNonconformity = 0
    public var notAudited = 0
    public var findings: [FindingClass: Int] = [:]

    public var toGo: Int { items - done - notAudited }

    public init(audit: Audit, log: AuditLog) {
        items = audit.checklist.count
        for counts in log.activeCounts.values {
            for (classification, count) in counts where count > 0 { findings[classification, default: 0] += count }
        }
        for item in audit.checklist {
            let state = log.itemStates[item]
            if state == .notAudited {
                notAudited += 1
                continue
            }
            if state == .done || log.activeCount(on: item) > 0 { done += 1 }
            if log.hasNonconformity(on: item) { withNonconformity += 1 }
        }
    }

    public var nonconformities: Int { findings[.major, default: 0] + findings[.minor, default: 0] }
}
