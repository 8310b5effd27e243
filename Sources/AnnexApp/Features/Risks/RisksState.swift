import AnnexDomain

/// The Risks screen: heat map cursor, register query and selection.
public struct RisksState: ScreenState {
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
    public static func shown(_ state: AppState) -> RiskRows {
        if let cache = state.risks.cache, cache.isCurrent(for: state) { return cache.shown }
        return RegisterCache(state, reusing: state.risks.cache).shown
    }

    /// The heat map's counts (from the cache when it is current).
    public static func figures(_ state: AppState) -> RiskFigures {
        if let cache = state.risks.cache, cache.isCurrent(for: state) { return cache.figures }
        return RiskFigures(risks: state.workspace.risks, matrix: state.workspace.config.riskMatrix, view: state.risks.query.view)
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
    /// The positions shown, in order: typing one more letter narrows these, not all risks.
    let shownPositions: [Int]
    public let shown: RiskRows
    /// The heat map's counts, recounted only when the risks, the matrix or the view change.
    public let figures: RiskFigures

    init(_ state: AppState, reusing previous: RegisterCache?) {
        let risks = state.workspace.risks, matrix = state.workspace.config.riskMatrix, query = state.risks.query
        self.query = query
        today = state.today
        self.matrix = matrix
        self.risks = risks
        let same = previous.flatMap { $0.risks == risks && $0.matrix == matrix ? $0 : nil }
        haystacks = same?.haystacks ?? risks.map(RiskQuery.haystack)
        let sameOrder = same.map { $0.query.sort == query.sort && $0.query.ascending == query.ascending && $0.query.view == query.view } ?? false
        order = sameOrder ? same!.order : query.order(of: risks, matrix: matrix)
        figures = same?.query.view == query.view ? same!.figures : RiskFigures(risks: risks, matrix: matrix, view: query.view)
        // More text after the same text can only narrow what was shown: each word typed so far
        // is a substring of a word typed now.
        var candidates = order
        if sameOrder, let same, same.today == today, Self.onlyTextGrew(from: same.query, to: query) {
            candidates = same.shownPositions
        }
        shownPositions = query.filter(positions: candidates, of: risks, haystacks: haystacks, matrix: matrix, today: today)
        shown = RiskRows(risks: risks, positions: shownPositions)
    }

    private static func onlyTextGrew(from old: RiskQuery, to new: RiskQuery) -> Bool {
        var oldWithNewText = old
        oldWithNewText.text = new.text
        return oldWithNewText == new && new.text.lowercased().hasPrefix(old.text.lowercased())
    }

    func isCurrent(for state: AppState) -> Bool {
        query == state.risks.query && today == state.today && matrix == state.workspace.config.riskMatrix && risks == state.workspace.risks
    }
}

extension AppState {
    public var risks: RisksState {
        get { screenStates[RisksState.self] }
        set { screenStates[RisksState.self] = newValue }
        _modify { yield &screenStates[RisksState.self] }
    }
}
