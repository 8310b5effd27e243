/// The register's columns, for sorting.
public enum RiskColumn: String, Sendable, CaseIterable {
    case id, title, owner, inherent, treatment, residual, status, nextReview = "next_review"

    public var title: String {
        switch self {
        case .id: "Id"
        case .title: "Title"
        case .owner: "Owner"
        case .inherent: "Inherent"
        case .treatment: "Treatment"
        case .residual: "Residual"
        case .status: "Status"
        case .nextReview: "Review"
        }
    }
}

/// Which risks the register shows and in what order. Pure, so the screen and the exports agree.
public struct RiskQuery: Sendable, Equatable {
    public var text = ""
    public var owner: String?
    /// A level id; matches the rating of the current view.
    public var level: String?
    public var treatment: RiskTreatment?
    public var status: RiskStatus?
    public var overdueOnly = false
    /// A heat map cell chosen with Enter; matches the rating of the current view.
    public var cell: RiskRating?
    public var view: RiskView = .inherent
    public var sort: RiskColumn = .id
    public var ascending = true

    public init() {}

    public var isFiltering: Bool {
        !text.isEmpty || owner != nil || level != nil || treatment != nil || status != nil || overdueOnly || cell != nil
    }

    public func rating(of risk: Risk) -> RiskRating {
        view == .inherent ? risk.inherent : risk.current
    }

    public func admits(_ risk: Risk, matrix: RiskMatrix, today: Day) -> Bool {
        let rating = rating(of: risk)
        // A cell lists what the heat map counts there: open risks only.
        if let cell, rating != cell || risk.status == .closed { return false }
        if let owner, risk.owner != owner { return false }
        if let level, matrix.level(of: rating)?.id != level { return false }
        if let treatment, risk.treatment != treatment { return false }
        if let status, risk.status != status { return false }
        if overdueOnly, !risk.isReviewOverdue(on: today) { return false }
        if !text.isEmpty, !WordSearch.containsAll(searchWords, in: Self.haystack(risk)) { return false }
        return true
    }

    /// What the text filter searches in a risk: its words, lowercased, as UTF-8.
    public static func haystack(_ risk: Risk) -> [UInt8] {
        WordSearch.haystack([risk.id, risk.title, risk.owner, risk.threat, risk.vulnerability, risk.description] + risk.assets + risk.controls)
    }

    var searchWords: [[UInt8]] { WordSearch.words(text) }

    public func apply(_ risks: [Risk], matrix: RiskMatrix, today: Day) -> [Risk] {
        filter(risks, order: order(of: risks, matrix: matrix), haystacks: nil, matrix: matrix, today: today)
    }

    /// The positions of `risks` in this query's sort order, filters aside: computed once per
    /// change of the sort, then every keystroke of a filter only walks it.
    public func order(of risks: [Risk], matrix: RiskMatrix) -> [Int] {
        risks.indices.sorted { left, right in
            let order = compare(risks[left], risks[right], matrix: matrix)
            return order == .orderedSame ? risks[left].id < risks[right].id : (order == .orderedAscending) == ascending
        }
    }

    /// The risks this query admits, in `order`; `haystacks` (same positions as `risks`) saves
    /// building each risk's search text again.
    public func filter(_ risks: [Risk], order: [Int], haystacks: [[UInt8]]?, matrix: RiskMatrix, today: Day) -> [Risk] {
        filter(positions: order, of: risks, haystacks: haystacks, matrix: matrix, today: today).map { risks[$0] }
    }

    /// The positions among `positions` (kept in their order) whose risks this query admits.
    public func filter(positions: [Int], of risks: [Risk], haystacks: [[UInt8]]?, matrix: RiskMatrix, today: Day) -> [Int] {
        var textless = self
        textless.text = ""
        let words = searchWords
        // With no other filter every risk passes them: only the text is looked at (no risk copied).
        let filtersMore = textless.cell != nil || textless.owner != nil || textless.level != nil || textless.treatment != nil
            || textless.status != nil || textless.overdueOnly
        if !filtersMore, let haystacks {
            return words.isEmpty ? positions : positions.filter { WordSearch.containsAll(words, in: haystacks[$0]) }
        }
        return positions.filter { index in
            guard textless.admits(risks[index], matrix: matrix, today: today) else { return false }
            return words.isEmpty || WordSearch.containsAll(words, in: haystacks?[index] ?? Self.haystack(risks[index]))
        }
    }

    private enum Order { case orderedAscending, orderedSame, orderedDescending }

    private func compare(_ lhs: Risk, _ rhs: Risk, matrix: RiskMatrix) -> Order {
        func order<T: Comparable>(_ a: T, _ b: T) -> Order { a < b ? .orderedAscending : (a == b ? .orderedSame : .orderedDescending) }
        switch sort {
        case .id: return order(lhs.id, rhs.id)
        case .title: return order(lhs.title.lowercased(), rhs.title.lowercased())
        case .owner: return order(lhs.owner, rhs.owner)
        case .inherent: return order(rank(lhs.inherent, matrix), rank(rhs.inherent, matrix))
        case .residual: return order(rank(lhs.current, matrix), rank(rhs.current, matrix))
        case .treatment: return order(lhs.treatment.rawValue, rhs.treatment.rawValue)
        case .status: return order(RiskStatus.allCases.firstIndex(of: lhs.status)!, RiskStatus.allCases.firstIndex(of: rhs.status)!)
        case .nextReview: return order(lhs.nextReview ?? Day(year: 9999, month: 12, day: 31)!, rhs.nextReview ?? Day(year: 9999, month: 12, day: 31)!)
        }
    }

    /// Level first, then score, so a critical 15 sorts above a high 16 on a custom grid.
    private func rank(_ rating: RiskRating, _ matrix: RiskMatrix) -> Int {
        let level = matrix.level(of: rating).flatMap { matrix.rank(of: $0.id) } ?? -1
        return level * 1000 + rating.score
    }
}
