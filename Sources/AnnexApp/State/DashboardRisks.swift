import AnnexDomain

/// The dashboard's figures of the register (the residual heat map's counts and the risks whose
/// review is overdue): counted once per change of the register, the matrix or the day, not on
/// every frame of the dashboard (on 10,000 risks that is most of a frame's time).
public struct DashboardRisks: Sendable {
    public let residual: RiskFigures
    public let overdueReviews: [Risk]

    init(_ input: Input) {
        residual = RiskFigures(risks: input.risks, matrix: input.matrix, view: .residual)
        overdueReviews = input.risks.filter { $0.isReviewOverdue(on: input.today) }
    }

    struct Input: Equatable, Sendable {
        var risks: [Risk]
        var matrix: RiskMatrix
        var today: Day

        init(_ state: AppState) {
            risks = state.workspace.risks
            matrix = state.workspace.config.riskMatrix
            today = state.today
        }
    }

    /// Brings the counts up to date (while the dashboard shows, and once after the first frame).
    static func refresh(_ state: inout AppState) {
        state.derived.dashboardRisks = Derived.value(for: Input(state), cached: state.derived.dashboardRisks, compute: DashboardRisks.init)
    }
}

extension AppState {
    /// The register's figures for the dashboard, from the last count when it is current.
    public var dashboardRisks: DashboardRisks {
        let input = DashboardRisks.Input(self)
        if let cached = derived.dashboardRisks, cached.input == input { return cached.value }
        return DashboardRisks(input)
    }
}
