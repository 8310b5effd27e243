/// How ratings move when a matrix's scales change size, so no rating is silently corrupted.
public enum RatingRemap: String, Sendable, CaseIterable {
    /// Keep the relative position on the scale: step 3 of 5 becomes step 2 of 3, 4 of 6 …
    case proportional
    /// Keep the number, clamped to the new top step: step 5 of 5 becomes step 3 of 3.
    case clamp

    public var title: String {
        switch self {
        case .proportional: "Keep each rating's position on the scale (proportional)"
        case .clamp: "Keep the numbers, lowering those above the new top step"
        }
    }

    public func step(_ step: Int, from oldCount: Int, to newCount: Int) -> Int {
        guard oldCount > 1, newCount > 0 else { return 1 }
        let clamped = min(max(step, 1), oldCount)
        switch self {
        case .clamp:
            return min(clamped, newCount)
        case .proportional:
            let position = Double(clamped - 1) / Double(oldCount - 1)
            return Int((position * Double(newCount - 1)).rounded()) + 1
        }
    }
}

extension RiskMatrix {
    /// Whether moving to `other` changes what ratings mean (a scale changed size).
    public func rescales(to other: RiskMatrix) -> Bool {
        likelihood.count != other.likelihood.count || impact.count != other.impact.count
    }

    public func remap(_ rating: RiskRating, to other: RiskMatrix, using remap: RatingRemap) -> RiskRating {
        RiskRating(
            likelihood: remap.step(rating.likelihood, from: likelihood.count, to: other.likelihood.count),
            impact: remap.step(rating.impact, from: impact.count, to: other.impact.count)
        )
    }

    /// Every risk with its ratings carried over to `other`.
    public func remap(_ risks: [Risk], to other: RiskMatrix, using remap: RatingRemap) -> [Risk] {
        risks.map { risk in
            var moved = risk
            moved.inherent = self.remap(risk.inherent, to: other, using: remap)
            moved.residual = risk.residual.map { self.remap($0, to: other, using: remap) }
            return moved
        }
    }
}
