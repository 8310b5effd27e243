/// A named band of risk (low, medium, high, critical).
public struct RiskLevel: Sendable, Equatable {
    public var id: String
    public var name: String
    /// The highest likelihood × impact score in this band; nil when bands are set per cell.
    public var maxScore: Int?

    public init(id: String, name: String, maxScore: Int? = nil) {
        self.id = id
        self.name = name
        self.maxScore = maxScore
    }
}

/// The workspace's risk matrix: 3x3 to 6x6, named steps on each axis, and the level of every cell
/// either by score thresholds or by an explicit grid.
public struct RiskMatrix: Sendable, Equatable {
    public static let sizes = 3...6

    /// Likelihood step names, lowest first: step 1 is `likelihood[0]`.
    public var likelihood: [String]
    /// Impact step names, lowest first.
    public var impact: [String]
    /// Levels from lowest to highest.
    public var levels: [RiskLevel]
    /// Optional level id per cell: `cells[likelihood - 1][impact - 1]`. Overrides thresholds.
    public var cells: [[String]]?
    /// Residual risks at or above this level need a named acceptance before they may be retained.
    public var acceptanceFrom: String

    public init(likelihood: [String], impact: [String], levels: [RiskLevel], cells: [[String]]? = nil, acceptanceFrom: String) {
        self.likelihood = likelihood
        self.impact = impact
        self.levels = levels
        self.cells = cells
        self.acceptanceFrom = acceptanceFrom
    }

    /// The usual 5x5 with four bands by score.
    public static let standard5x5 = RiskMatrix(
        likelihood: ["Rare", "Unlikely", "Possible", "Likely", "Almost certain"],
        impact: ["Negligible", "Minor", "Moderate", "Major", "Severe"],
        levels: [
            RiskLevel(id: "low", name: "Low", maxScore: 4),
            RiskLevel(id: "medium", name: "Medium", maxScore: 9),
            RiskLevel(id: "high", name: "High", maxScore: 16),
            RiskLevel(id: "critical", name: "Critical", maxScore: 25),
        ],
        acceptanceFrom: "high"
    )

    public var likelihoodRange: ClosedRange<Int> { 1...max(1, likelihood.count) }
    public var impactRange: ClosedRange<Int> { 1...max(1, impact.count) }

    public func contains(_ rating: RiskRating) -> Bool {
        likelihoodRange.contains(rating.likelihood) && impactRange.contains(rating.impact)
    }

    /// The level of a rating, or nil when it is outside the matrix or the matrix is invalid.
    public func level(of rating: RiskRating) -> RiskLevel? {
        guard contains(rating) else { return nil }
        if let cells {
            guard rating.likelihood <= cells.count, rating.impact <= cells[rating.likelihood - 1].count else { return nil }
            let id = cells[rating.likelihood - 1][rating.impact - 1]
            return levels.first { $0.id == id }
        }
        return levels.first { ($0.maxScore ?? Int.max) >= rating.score }
    }

    /// Index of a level in `levels`: higher is worse.
    public func rank(of levelID: String) -> Int? {
        levels.firstIndex { $0.id == levelID }
    }

    public func needsAcceptance(_ rating: RiskRating) -> Bool {
        guard let level = level(of: rating), let levelRank = rank(of: level.id),
              let threshold = rank(of: acceptanceFrom) else { return false }
        return levelRank >= threshold
    }

    /// Everything that makes the matrix unusable, each with its field under `risk_matrix`.
    /// Levels no cell of the matrix falls in: a 3x3 matrix with thresholds made for 5x5 never
    /// reaches High or Critical, so nothing would ever need acceptance.
    public var unreachableLevels: [RiskLevel] {
        var reached: Set<String> = []
        for likelihood in likelihoodRange {
            for impact in impactRange {
                if let level = level(of: RiskRating(likelihood: likelihood, impact: impact)) { reached.insert(level.id) }
            }
        }
        return levels.filter { !reached.contains($0.id) }
    }

    public func problems() -> [Problem] {
        var found: [Problem] = []
        func error(_ field: [String], _ message: String) {
            found.append(.error(.configuration, field: ["risk_matrix"] + field, message))
        }
        for (name, axis) in [("likelihood", likelihood), ("impact", impact)] where !Self.sizes.contains(axis.count) {
            error([name], "the \(name) scale has \(axis.count) steps; a matrix needs 3 to 6")
        }
        for (name, axis) in [("likelihood", likelihood), ("impact", impact)] {
            for (index, step) in axis.enumerated() where step.trimmingWhitespace.isEmpty {
                error([name, String(index)], "\(name) step \(index + 1) has no name")
            }
        }
        if levels.isEmpty { error(["levels"], "no risk levels are defined") }
        var seen: Set<String> = []
        for (index, level) in levels.enumerated() {
            if level.id.isEmpty { error(["levels", String(index), "id"], "level \(index + 1) has no id") }
            if !seen.insert(level.id).inserted { error(["levels", String(index), "id"], "level id '\(level.id)' is used twice") }
        }
        if let cells {
            if cells.count != likelihood.count {
                error(["cells"], "the cell grid has \(cells.count) rows; the likelihood scale has \(likelihood.count) steps")
            }
            for (row, line) in cells.enumerated() {
                if line.count != impact.count {
                    error(["cells", String(row)], "row \(row + 1) of the cell grid has \(line.count) cells; the impact scale has \(impact.count) steps")
                }
                for id in line where !seen.contains(id) {
                    error(["cells", String(row)], "row \(row + 1) of the cell grid names the unknown level '\(id)'")
                }
            }
        } else {
            let maxima = levels.map(\.maxScore)
            if let missing = maxima.firstIndex(where: { $0 == nil }) {
                error(["levels", String(missing), "max_score"], "level '\(levels[missing].id)' has no max_score and no cell grid is given")
            } else {
                let scores = maxima.compactMap { $0 }
                for index in scores.indices.dropFirst() where scores[index] <= scores[index - 1] {
                    error(["levels", String(index), "max_score"], "max_score \(scores[index]) of '\(levels[index].id)' must be above \(scores[index - 1]) of the level before")
                }
                let top = likelihood.count * impact.count
                if let last = scores.last, last < top {
                    error(["levels", String(scores.count - 1), "max_score"], "the highest level ends at \(last) but the matrix reaches \(top)")
                }
            }
        }
        if !levels.contains(where: { $0.id == acceptanceFrom }) {
            error(["acceptance_from"], "acceptance_from names the unknown level '\(acceptanceFrom)'")
        }
        return found
    }
}

/// A likelihood and impact pair, each a 1-based step on the matrix's scales.
public struct RiskRating: Sendable, Hashable {
    public var likelihood: Int
    public var impact: Int

    public init(likelihood: Int, impact: Int) {
        self.likelihood = likelihood
        self.impact = impact
    }

    public var score: Int { likelihood * impact }
}
