import AnnexDomain

/// Editing the risk matrix of annex.yaml: scales, bands and the acceptance threshold as text,
/// plus how to carry existing ratings over when a scale changes size.
public struct MatrixForm: Sendable, Equatable {
    public enum Field: String, Sendable, CaseIterable {
        case likelihood, impact, levels, acceptanceFrom, remap

        public var label: String {
            switch self {
            case .likelihood: "Likelihood steps, lowest first"
            case .impact: "Impact steps, lowest first"
            case .levels: "Levels, lowest first: name and highest score (Low 4, Medium 9, ...)"
            case .acceptanceFrom: "Acceptance needed from level"
            case .remap: "Existing ratings"
            }
        }
    }

    public var editors: [Field: LineEditor]
    public var remap: RatingRemap = .proportional
    public var field: Field = .likelihood
    public var error: Notice?

    public init(matrix: RiskMatrix) {
        let levels = matrix.levels.map { level in
            level.maxScore.map { "\(level.name) \($0)" } ?? level.name
        }
        editors = [
            .likelihood: LineEditor(matrix.likelihood.joined(separator: ", ")),
            .impact: LineEditor(matrix.impact.joined(separator: ", ")),
            .levels: LineEditor(levels.joined(separator: ", ")),
            .acceptanceFrom: LineEditor(matrix.levels.first { $0.id == matrix.acceptanceFrom }?.name ?? matrix.acceptanceFrom),
        ]
    }

    public func text(_ field: Field) -> String { editors[field]?.text ?? "" }

    /// The matrix the form describes, or why it cannot be used.
    public func build(current: RiskMatrix) -> Result<RiskMatrix, MatrixFormError> {
        func steps(_ field: Field) -> [String] {
            text(field).split(separator: ",").map { String($0).trimmingWhitespace }.filter { !$0.isEmpty }
        }
        var levels: [RiskLevel] = []
        for part in steps(.levels) {
            var words = part.split(separator: " ").map(String.init)
            var score: Int?
            if words.count > 1, let last = words.last, let number = Int(last) {
                score = number
                words.removeLast()
            }
            let name = words.joined(separator: " ")
            levels.append(RiskLevel(id: name.lowercased().replacingOccurrences(of: " ", with: "-"), name: name, maxScore: score))
        }
        let threshold = text(.acceptanceFrom).trimmingWhitespace
        let acceptanceFrom = levels.first { $0.name.lowercased() == threshold.lowercased() || $0.id == threshold.lowercased() }?.id ?? threshold
        var matrix = RiskMatrix(likelihood: steps(.likelihood), impact: steps(.impact), levels: levels, acceptanceFrom: acceptanceFrom)
        // A hand-made cell grid survives only while it still fits the scales and levels.
        if let cells = current.cells, !current.rescales(to: matrix), current.levels.map(\.id) == levels.map(\.id) {
            matrix.cells = cells
        }
        if let problem = matrix.problems().first { return .failure(MatrixFormError(message: RisksFormProblem.matrix(problem.message).notice)) }
        return .success(matrix)
    }
}

public struct MatrixFormError: Error, Sendable, Equatable {
    public var message: Notice
}
