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
    /// The register as last filtered and sorted, kept so a keystroke on 10,000 risks filters
    /// them once, not once in the reducer and again in the view.
    public var cache: RegisterCache?

    public init() {}

    /// The register as shown: filtered and sorted (from the cache when it is current).
    public static func shown(_ state: AppState) -> [Risk] {
        if let cache = state.risks.cache, cache.isCurrent(for: state) { return cache.shown }
        return RegisterCache(state, reusing: state.risks.cache).shown
    }

    public static func selectedRisk(_ state: AppState) -> Risk? {
        guard let id = state.risks.selected else { return nil }
        return state.workspace.risks.first { $0.id == id }
    }
}

/// The filtered and sorted register and the inputs it came from. Comparing the risks array is
/// cheap when it has not changed: equal arrays sharing storage compare in constant time.
public struct RegisterCache: Sendable, Equatable {
    let query: RiskQuery
    let today: Day
    let matrix: RiskMatrix
    let risks: [Risk]
    /// Each risk's searchable text, lowercased once per change of the risks, not per keystroke.
    let haystacks: [[UInt8]]
    /// The risks' positions in sort order, sorted once per change of the risks or the sort.
    let order: [Int]
    public let shown: [Risk]

    init(_ state: AppState, reusing previous: RegisterCache?) {
        let risks = state.workspace.risks, matrix = state.workspace.config.riskMatrix, query = state.risks.query
        self.query = query
        today = state.today
        self.matrix = matrix
        self.risks = risks
        let sameRisks = previous.map { $0.risks == risks && $0.matrix == matrix } ?? false
        haystacks = sameRisks ? previous!.haystacks : risks.map(RiskQuery.haystack)
        if sameRisks, let previous, previous.query.sort == query.sort, previous.query.ascending == query.ascending,
           previous.query.view == query.view {
            order = previous.order
        } else {
            order = query.order(of: risks, matrix: matrix)
        }
        shown = query.filter(risks, order: order, haystacks: haystacks, matrix: matrix, today: today)
    }

    func isCurrent(for state: AppState) -> Bool {
        query == state.risks.query && today == state.today && matrix == state.workspace.config.riskMatrix && risks == state.workspace.risks
    }
}
