import Foundation

/// What `annex watch AUDIT` shows of an audit in progress: the plan, the log folded from every
/// auditor's journal, where each auditor is now and the findings newest first. It only follows:
/// changes read from disk are applied, nothing is ever written.
public struct AuditWatch: Sendable, Equatable {
    public private(set) var audit: Audit
    public private(set) var log: AuditLog
    /// The plan was removed from disk meanwhile: the last one read stays on screen.
    public private(set) var planGone = false
    /// Where the checklist's items get their titles.
    public var catalog: Catalog

    public init(audit: Audit, log: AuditLog, catalog: Catalog) {
        self.audit = audit
        self.log = log
        self.catalog = catalog
    }

    /// An auditor's whereabouts: the item of their latest event that names one.
    public struct Whereabouts: Sendable, Equatable {
        public var auditor: String
        public var item: String
        public var since: Date
    }

    /// Each auditor who has logged, marked or timed anything, in the plan's order, then others.
    public var auditors: [Whereabouts] {
        var latest: [String: Whereabouts] = [:]
        for event in log.events {
            guard let item = Self.item(of: event) else { continue }
            if let known = latest[event.author], known.since > event.at { continue }
            latest[event.author] = Whereabouts(auditor: event.author, item: item, since: event.at)
        }
        let planned = audit.auditors.compactMap { latest[$0] }
        let others = latest.values.filter { !audit.auditors.contains($0.auditor) }.sorted { $0.auditor < $1.auditor }
        return planned + others
    }

    /// Findings in force, the most recently logged first.
    public var newestFindings: [Finding] {
        log.activeFindings.sorted { (log.loggedAt($0.id) ?? $0.at) > (log.loggedAt($1.id) ?? $1.at) }
    }

    public var progress: AuditProgress { AuditProgress(audit: audit, log: log) }

    /// Takes in what the follower read; returns whether anything this audit shows changed.
    @discardableResult
    public mutating func apply(_ changes: WorkspaceChanges) -> Bool {
        let before = self
        if let plan = changes.audits.first(where: { $0.id == audit.id }) {
            audit = plan
            planGone = false
        }
        if changes.removedAudits.contains(audit.id) { planGone = true }
        if let rewritten = changes.logs[audit.id] {
            log = AuditLog(events: rewritten)
        } else {
            for event in changes.events[audit.id] ?? [] { log.apply(event) }
        }
        return self != before
    }

    private static func item(of event: AuditEvent) -> String? {
        switch event {
        case .logged(let finding), .edited(let finding): finding.item
        case .itemMarked(let item, _, _, _), .timed(let item, _, _, _): item
        case .withdrawn: nil
        }
    }
}
