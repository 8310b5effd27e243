import AnnexDomain

/// The Risks screen: heat map cursor, register query and selection.
public struct RisksState: Sendable, Equatable {
    public var query = RiskQuery()
    /// The heat map cell under the cursor.
    public var cursor = RiskRating(likelihood: 1, impact: 1)
    /// The selected risk's id.
    public var selected: String?
    /// First visible row of the register.
    public var scroll = 0

    public init() {}

    /// The register as shown: filtered and sorted.
    public static func shown(_ state: AppState) -> [Risk] {
        state.risks.query.apply(state.workspace.risks, matrix: state.workspace.config.riskMatrix, today: state.today)
    }

    public static func selectedRisk(_ state: AppState) -> Risk? {
        guard let id = state.risks.selected else { return nil }
        return state.workspace.risks.first { $0.id == id }
    }
}
