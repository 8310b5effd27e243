/// A follow-up audit re-walks a previous audit's checklist with fresh results and verifies the
/// nonconformities that audit left open.
public enum AuditFollowUp {
    public static func plan(of previous: Audit, id: String, today: Day) -> Audit {
        Audit(
            id: id, title: "Follow-up of \(previous.id): \(previous.title)", type: previous.type, status: .planned,
            scope: previous.scope, criteria: previous.criteria, auditors: previous.auditors, auditees: previous.auditees,
            start: today, end: nil, checklist: previous.checklist, followUpOf: previous.id,
            framework: previous.framework
        )
    }

    /// The previous audit's nonconformities still in force whose corrective actions are not all
    /// verified effective (or that have none), in checklist order.
    public static func openNonconformities(of audit: Audit, log: AuditLog, actions: [CorrectiveAction]) -> [Finding] {
        let order = Dictionary(audit.checklist.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        return log.activeFindings
            .filter { isOpen($0, audit: audit.id, actions: actions) }
            .sorted { (order[$0.item] ?? Int.max, $0.at) < (order[$1.item] ?? Int.max, $1.at) }
    }

    /// The same for one checklist item: the session asks on every frame, so only the item's
    /// findings are looked at, not the whole audit's.
    public static func openNonconformities(of audit: Audit, on item: String, log: AuditLog, actions: [CorrectiveAction]) -> [Finding] {
        log.findings(on: item).filter { isOpen($0, audit: audit.id, actions: actions) }
    }

    private static func isOpen(_ finding: Finding, audit: String, actions: [CorrectiveAction]) -> Bool {
        guard finding.classification.isNonconformity else { return false }
        let raised = actions.filter { $0.audit == audit && $0.finding == finding.id }
        return raised.isEmpty || raised.contains { $0.status != .verified }
    }
}
