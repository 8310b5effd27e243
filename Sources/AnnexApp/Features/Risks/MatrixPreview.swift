import AnnexDomain

/// What saving the matrix form would do to the register, shown before it is saved: each risk
/// whose current rating or level changes, before and after.
public struct MatrixPreview: Sendable, Equatable {
    public struct Change: Sendable, Equatable {
        public let risk: String
        public let before: RiskRating
        public let beforeLevel: String
        public let after: RiskRating
        public let afterLevel: String
    }

    public let changes: [Change]
    /// Whether the form differs from the matrix in force at all.
    public let changesMatrix: Bool
    /// Levels no cell of the new matrix reaches (say, a 3x3 with bands up to 25).
    public let unreachable: [String]
    /// Whether the level from which acceptance is needed is out of reach: no rating would ever
    /// need a retained risk to be accepted.
    public let acceptanceNeverNeeded: Bool

    /// Nil while the form does not describe a valid matrix (its error says why).
    public init?(_ form: MatrixForm, current: RiskMatrix, risks: [Risk]) {
        guard case .success(let matrix) = form.build(current: current) else { return nil }
        changesMatrix = matrix != current
        let unreachable = matrix.unreachableLevels
        self.unreachable = unreachable.map { $0.name.isEmpty ? $0.id : $0.name }
        if let from = matrix.levels.firstIndex(where: { $0.id == matrix.acceptanceFrom }) {
            acceptanceNeverNeeded = matrix.levels[from...].allSatisfy { level in unreachable.contains { $0.id == level.id } }
        } else {
            acceptanceNeverNeeded = false
        }
        let carried = current.rescales(to: matrix) ? current.remap(risks, to: matrix, using: form.remap) : risks
        changes = zip(risks, carried).compactMap { before, after in
            let beforeLevel = current.level(of: before.current)?.name ?? "unrated"
            let afterLevel = matrix.level(of: after.current)?.name ?? "unrated"
            guard before.current != after.current || beforeLevel != afterLevel else { return nil }
            return Change(risk: before.id, before: before.current, beforeLevel: beforeLevel, after: after.current, afterLevel: afterLevel)
        }
    }
}
