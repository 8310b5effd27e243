/// SoA counts for one theme (or all controls): how many are applicable and how far along.
public struct SoAProgress: Sendable, Equatable {
    public var total = 0
    public var excluded = 0
    public var byStatus: [ImplementationStatus: Int] = [:]

    public init() {}

    public var applicable: Int { total - excluded }
    public var implemented: Int { byStatus[.implemented, default: 0] }

    /// Share of the applicable controls fully implemented: 0 … 1.
    public var implementedShare: Double {
        applicable > 0 ? Double(implemented) / Double(applicable) : 0
    }

    public mutating func add(_ entry: SoAEntry) {
        total += 1
        if entry.applicable {
            byStatus[entry.status, default: 0] += 1
        } else {
            excluded += 1
        }
    }
}

public struct SoAFigures: Sendable, Equatable {
    public var overall = SoAProgress()
    public var byTheme: [ControlTheme: SoAProgress] = [:]

    public init(soa: StatementOfApplicability, catalog: Catalog) {
        for entry in soa.entries {
            overall.add(entry)
            if let theme = catalog.item(entry.control)?.theme { byTheme[theme, default: SoAProgress()].add(entry) }
        }
    }
}
