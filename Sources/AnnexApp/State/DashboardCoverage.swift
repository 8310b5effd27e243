import AnnexDomain

/// The dashboard's coverage of every other framework of the workspace by the ISO/IEC 27001
/// SoA, through the mapping files (`FrameworkCoverage` says how partial and many-to-one
/// mappings count), beside how far the framework's own status file has got. Counted once per
/// change of the catalog, the mappings or the statements, not on every frame.
public struct DashboardCoverage: Sendable {
    public struct Row: Sendable {
        public let framework: Framework
        public let coverage: FrameworkCoverage
        /// Applicability and status recorded in the framework's own status file.
        public let own: SoAProgress
    }

    public let rows: [Row]

    init(_ input: Input) {
        rows = input.catalog.frameworks.filter { $0.id != ISO27001.frameworkID }.map { framework in
            let mappings = input.mappings.filter { [$0.from, $0.to].contains(framework.id) }
            var own = SoAProgress()
            for entry in (input.statements[framework.id]?.entries ?? []) where framework.item(entry.control)?.isWithdrawn == false { own.add(entry) }
            return Row(framework: framework, coverage: FrameworkCoverage(of: framework, soa: input.soa, mappings: mappings), own: own)
        }
    }

    struct Input: Equatable, Sendable {
        var catalog: Catalog
        var soa: StatementOfApplicability
        var mappings: [FrameworkMapping]
        var statements: [String: StatementOfApplicability]

        init(_ state: AppState) {
            catalog = state.workspace.catalog
            soa = state.workspace.soa
            mappings = state.workspace.mappings
            statements = state.workspace.statements
        }
    }

    static func refresh(_ state: inout AppState) {
        guard state.workspace.catalog.frameworks.count > 1 else { return }
        state.derived.dashboardCoverage = Derived.value(for: Input(state), cached: state.derived.dashboardCoverage, compute: DashboardCoverage.init)
    }
}

extension AppState {
    /// The coverage rows for the dashboard, from the last count when it is current.
    public var dashboardCoverage: DashboardCoverage {
        let input = DashboardCoverage.Input(self)
        if let cached = derived.dashboardCoverage, cached.input == input { return cached.value }
        return DashboardCoverage(input)
    }
}
