import AnnexDomain

/// A value derived from the state and the inputs it came from: asked for several times per key
/// (by the reducer and again by the view), it is computed once, and again only when an input
/// changes. Inputs are compared by value; arrays and dictionaries that did not change share their
/// storage, so the comparison is cheap.
public struct Derived<Input: Equatable & Sendable, Value: Sendable>: Sendable {
    let input: Input
    public let value: Value

    /// The cached value when `input` is what it came from, else a fresh one.
    static func value(for input: Input, cached: Derived?, compute: (Input) -> Value) -> Derived {
        if let cached, cached.input == input { return cached }
        return Derived(input: input, value: compute(input))
    }
}

/// The derived lists the screens share. They are caches, not state: two states that differ only
/// here are equal.
public struct DerivedValues: Sendable, Equatable {
    var catalogRows: Derived<CatalogInput, [CatalogRow]>?
    /// By framework: switching back and forth, or to a framework warmed up after the first
    /// frame, finds its index built.
    var catalogIndexes: [String: Derived<CatalogIndex.Input, CatalogIndex>] = [:]
    var shownActions: Derived<ActionsInput, [CorrectiveAction]>?
    var risksByControl: Derived<[Risk], [String: [Int]]>?
    var dashboardRisks: Derived<DashboardRisks.Input, DashboardRisks>?
    var dashboardCoverage: Derived<DashboardCoverage.Input, DashboardCoverage>?

    public init() {}

    public static func == (_: DerivedValues, _: DerivedValues) -> Bool { true }

    /// Brings the lists of the screen on view up to date, once per action.
    static func refresh(_ state: inout AppState) {
        state.feature.refreshDerived(&state)
        if state.screen == .controls { RisksByControl.refresh(&state) }
        if state.screen == .dashboard {
            DashboardRisks.refresh(&state)
            DashboardCoverage.refresh(&state)
        }
    }
}

struct CatalogInput: Equatable, Sendable {
    var framework: String
    var catalog: Catalog
    var statement: StatementOfApplicability
    var filter: ControlFilter
    var collapsed: Set<String>

    init(_ state: AppState) {
        framework = state.controls.framework
        catalog = state.workspace.catalog
        statement = state.workspace.statement(of: state.shownFramework.id)
        filter = state.controls.filter
        collapsed = state.controls.collapsed
    }
}

struct ActionsInput: Equatable, Sendable {
    var query: ActionQuery
    var today: Day
    var actions: [CorrectiveAction]
    var audits: [Audit]
    /// The logs' revisions, not the logs: see `AuditLog.revision`.
    var logs: [String: UInt64]

    init(_ state: AppState) {
        query = state.actions.query
        today = state.today
        actions = state.workspace.actions
        audits = state.workspace.audits
        logs = state.workspace.auditLogs.mapValues(\.revision)
    }
}
