/// Splits a rectangle into areas along one axis by constraints. The result is deterministic,
/// never has negative sizes, and its areas always tile the rectangle in order (with `spacing`
/// cells between neighbours), so rounding never leaves a column unaccounted for.
public struct Layout: Hashable, Sendable {
    public enum Direction: Hashable, Sendable {
        /// Areas side by side, left to right.
        case horizontal
        /// Areas stacked, top to bottom.
        case vertical
    }

    public var direction: Direction
    public var constraints: [Constraint]
    public var spacing: Int

    public init(_ direction: Direction, _ constraints: [Constraint], spacing: Int = 0) {
        self.direction = direction
        self.constraints = constraints
        self.spacing = max(0, spacing)
    }

    public func split(_ area: Rect) -> [Rect] {
        guard !constraints.isEmpty else { return [] }
        let total = direction == .horizontal ? area.width : area.height
        let gaps = constraints.count - 1
        // Spacing is the first thing given up when the area is too small for it.
        let gap = gaps > 0 ? min(spacing, total / gaps) : 0
        let lengths = Layout.lengths(for: constraints, in: total - gap * gaps)

        var rects: [Rect] = []
        var offset = 0
        for length in lengths {
            switch direction {
            case .horizontal:
                rects.append(Rect(x: area.x + offset, y: area.y, width: length, height: area.height))
            case .vertical:
                rects.append(Rect(x: area.x, y: area.y + offset, width: area.width, height: length))
            }
            offset += length + gap
        }
        return rects
    }

    /// The length of each area so that they add up to `total` exactly (or less, only when
    /// every area is capped by `.max`).
    static func lengths(for constraints: [Constraint], in total: Int) -> [Int] {
        let total = Swift.max(0, total)
        var lengths = constraints.map { preferredLength(of: $0, in: total) }
        let used = lengths.reduce(0, +)
        if used > total {
            shrink(&lengths, by: used - total, constraints: constraints)
        } else if used < total {
            grow(&lengths, by: total - used, constraints: constraints)
        }
        return lengths
    }

    private static func preferredLength(of constraint: Constraint, in total: Int) -> Int {
        switch constraint {
        case .length(let n), .min(let n), .max(let n): return Swift.max(0, n)
        case .percentage(let p): return total * Swift.min(100, Swift.max(0, p)) / 100
        case .fill: return 0
        }
    }

    /// Takes `excess` away, lowest priority first; within a priority the later area gives first,
    /// so what comes first on screen (a header, a left pane) keeps its size longest.
    private static func shrink(_ lengths: inout [Int], by excess: Int, constraints: [Constraint]) {
        var excess = excess
        for rank in 0..<5 {
            for index in constraints.indices.reversed() where shrinkRank(constraints[index]) == rank {
                let taken = Swift.min(excess, lengths[index])
                lengths[index] -= taken
                excess -= taken
                if excess == 0 { return }
            }
        }
    }

    private static func shrinkRank(_ constraint: Constraint) -> Int {
        switch constraint {
        case .fill: return 0
        case .percentage: return 1
        case .length: return 2
        case .max: return 3
        case .min: return 4
        }
    }

    /// Hands out `spare` cells: to `.fill` areas by weight; without any, to `.min` areas
    /// equally; without those either, to the last area that may grow (not a `.max`).
    private static func grow(_ lengths: inout [Int], by spare: Int, constraints: [Constraint]) {
        let fillWeights = constraints.map { constraint -> Int in
            if case .fill(let weight) = constraint { return Swift.max(0, weight) }
            return 0
        }
        if fillWeights.contains(where: { $0 > 0 }) {
            distribute(spare, byWeights: fillWeights, into: &lengths)
            return
        }
        let minWeights = constraints.map { constraint -> Int in
            if case .min = constraint { return 1 }
            return 0
        }
        if minWeights.contains(1) {
            distribute(spare, byWeights: minWeights, into: &lengths)
            return
        }
        if let last = constraints.indices.last(where: { !isMax(constraints[$0]) }) {
            lengths[last] += spare
        }
    }

    private static func isMax(_ constraint: Constraint) -> Bool {
        if case .max = constraint { return true }
        return false
    }

    /// Largest-remainder rounding, ties to the earlier area, so the parts always add up.
    private static func distribute(_ amount: Int, byWeights weights: [Int], into lengths: inout [Int]) {
        let totalWeight = weights.reduce(0, +)
        guard totalWeight > 0 else { return }
        var given = 0
        var remainders: [(index: Int, remainder: Int)] = []
        for (index, weight) in weights.enumerated() where weight > 0 {
            let share = amount * weight / totalWeight
            lengths[index] += share
            given += share
            remainders.append((index, amount * weight % totalWeight))
        }
        let ordered = remainders.sorted { $0.remainder != $1.remainder ? $0.remainder > $1.remainder : $0.index < $1.index }
        for entry in ordered.prefix(amount - given) {
            lengths[entry.index] += 1
        }
    }
}
