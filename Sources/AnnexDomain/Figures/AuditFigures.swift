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
        var byItem: [String: [Finding]] = [:]
        for finding in log.activeFindings {
            byItem[finding.item, default: []].append(finding)
            findings[finding.classification, default: 0] += 1
        }
        for item in audit.checklist {
            let state = log.itemStates[item]
            if state == .notAudited {
                notAudited += 1
                continue
            }
            let onItem = byItem[item] ?? []
            if state == .done || !onItem.isEmpty { done += 1 }
            if onItem.contains(where: { $0.classification.isNonconformity }) { withNonconformity += 1 }
        }
    }

    public var nonconformities: Int { findings[.major, default: 0] + findings[.minor, default: 0] }
}
