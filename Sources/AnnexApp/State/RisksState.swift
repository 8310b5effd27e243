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
    let haystacks: [String]
    public let shown: [Risk]

    init(_ state: AppState, reusing previous: RegisterCache?) {
        query = state.risks.query
        today = state.today
        matrix = state.workspace.config.riskMatrix
        risks = state.workspace.risks
        if let previous, previous.risks == risks {
            haystacks = previous.haystacks
        } else {
            haystacks = risks.map(RiskQuery.haystack)
        }
        shown = query.apply(risks, haystacks: haystacks, matrix: matrix, today: today)
    }

    func isCurrent(for state: AppState) -> Bool {
        query == state.risks.query && today == state.today && matrix == state.workspace.config.riskMatrix && risks == state.workspace.risks
    }
}
