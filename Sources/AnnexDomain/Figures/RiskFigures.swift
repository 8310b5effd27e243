public enum RiskView: String, Sendable, CaseIterable {
    case inherent, residual
}

/// Risk counts per matrix cell and per level.
public struct RiskFigures: Sendable, Equatable {
    public var cells: [RiskRating: Int] = [:]
    public var byLevel: [String: Int] = [:]
    /// Risks whose rating is off the matrix (counted, never dropped silently).
    public var unrated = 0

    /// Closed risks are left out: the heat map shows the risks the organisation still carries.
    /// In the residual view a risk not yet reassessed counts at its inherent rating.
    public init(risks: [Risk], matrix: RiskMatrix, view: RiskView) {
        for risk in risks where risk.status != .closed {
            let rating = view == .inherent ? risk.inherent : risk.current
            guard let level = matrix.level(of: rating) else {
                unrated += 1
                continue
            }
            cells[rating, default: 0] += 1
            byLevel[level.id, default: 0] += 1
        }
    }

    public func count(likelihood: Int, impact: Int) -> Int {
        cells[RiskRating(likelihood: likelihood, impact: impact), default: 0]
    }
}
