/// Where one checklist item stands. Every item is in exactly one of these, so the four counts of
/// an audit add up to its checklist; the dashboard, the audits list, the session and the report all
/// count with `AuditProgress` and call them by these names.
public enum ItemStatus: Sendable, CaseIterable, Hashable {
    /// A major or minor nonconformity stands on the item (whatever else was logged or marked).
    case nonconformity
    /// The auditor marked the item not audited.
    case notAudited
    /// Another finding stands on the item, or the auditor marked it audited.
    case audited
    /// Nothing yet.
    case toGo

    public var name: String {
        switch self {
        case .audited: "audited"
        case .nonconformity: "nonconformity"
        case .notAudited: "not audited"
        case .toGo: "to go"
        }
    }

    /// The order in which progress is always listed.
    public static let listed: [ItemStatus] = [.audited, .nonconformity, .notAudited, .toGo]

    public static func of(_ item: String, in log: AuditLog) -> ItemStatus {
        if log.hasNonconformity(on: item) { return .nonconformity }
        switch log.itemStates[item] {
        case .notAudited: return .notAudited
        case .done: return .audited
        default: return log.activeCount(on: item) > 0 ? .audited : .toGo
        }
    }
}

/// How far an audit has got and what it found.
public struct AuditProgress: Sendable, Equatable {
    public private(set) var items = 0
    public private(set) var counts: [ItemStatus: Int] = [:]
    /// Findings in force per classification.
    public private(set) var findings: [FindingClass: Int] = [:]
    private var statuses: [String: ItemStatus] = [:]

    public init(audit: Audit, log: AuditLog) {
        items = audit.checklist.count
        for counts in log.activeCounts.values {
            for (classification, count) in counts where count > 0 { findings[classification, default: 0] += count }
        }
        for item in audit.checklist {
            let status = ItemStatus.of(item, in: log)
            statuses[item] = status
            counts[status, default: 0] += 1
        }
    }

    public func status(of item: String) -> ItemStatus { statuses[item] ?? .toGo }
    public func count(_ status: ItemStatus) -> Int { counts[status, default: 0] }

    /// Items the audit has dealt with one way or another: every item not to go.
    public var reached: Int { items - count(.toGo) }
    /// `14/25`: reached of the checklist, as every screen shows it.
    public var fraction: String { "\(reached)/\(items)" }
    /// `11 audited, 1 nonconformity, 2 not audited, 11 to go`.
    public var summary: String { ItemStatus.listed.map { "\(count($0)) \($0.name)" }.joined(separator: ", ") }

    public var nonconformities: Int { findings[.major, default: 0] + findings[.minor, default: 0] }
}
