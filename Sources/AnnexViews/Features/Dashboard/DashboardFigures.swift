import AnnexApp
import AnnexDomain

/// What the dashboard shows, derived from the workspace once per frame.
struct DashboardFigures {
    var soa: SoAFigures
    var residual: RiskFigures
    var audits: [(audit: Audit, progress: AuditProgress)]
    var openNonconformities: Int
    var openActions: Int
    var overdueActions: [CorrectiveAction]
    var overdueRiskReviews: [Risk]
    var staleControls: [SoAEntry]
    var expiredEvidence: [EvidenceRecord]

    /// SoA entries not reviewed for this many days count as due for review.
    static let reviewInterval = 365

    init(_ state: AppState) {
        let workspace = state.workspace
        let today = state.today
        soa = SoAFigures(soa: workspace.soa, catalog: workspace.catalog)
        let risks = state.dashboardRisks
        residual = risks.residual
        audits = workspace.audits.map { ($0, AuditProgress(audit: $0, log: workspace.log(of: $0.id))) }
        let withAction = Set(workspace.actions.filter { $0.status != .verified }.map(\.finding))
        let closedByAction = Set(workspace.actions.filter { $0.status == .verified }.map(\.finding))
        // Every nonconformity in force, less those settled by a verified action and no other:
        // counted from the logs' running totals, not by scanning every finding per frame.
        let settled = closedByAction.subtracting(withAction)
        openNonconformities = workspace.audits.reduce(0) { count, audit in
            let log = workspace.log(of: audit.id)
            let all = log.activeCounts.values.reduce(0) { $0 + $1[.major, default: 0] + $1[.minor, default: 0] }
            let closed = settled.filter { id in
                guard let finding = log.finding(id) else { return false }
                return finding.classification.isNonconformity && log.withdrawn[id] == nil
            }.count
            return count + all - closed
        }
        openActions = workspace.actions.filter { !$0.status.isClosed }.count
        // Most overdue first: the line that lists them is cut at the pane's edge.
        overdueActions = workspace.actions.filter { $0.isOverdue(on: today) }.sorted { ($0.due ?? today, $0.id) < ($1.due ?? today, $1.id) }
        overdueRiskReviews = risks.overdueReviews
        staleControls = workspace.soa.entries.filter { entry in
            guard entry.applicable else { return false }
            guard let reviewed = entry.reviewed else { return true }
            return reviewed.days(until: today) > Self.reviewInterval
        }
        expiredEvidence = workspace.evidence.filter { $0.isExpired(on: today) }
    }
}
