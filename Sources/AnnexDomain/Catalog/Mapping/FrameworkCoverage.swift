/// How far the ISO/IEC 27001 SoA covers another framework, through the mappings between them.
///
/// Each control of the other framework that is not withdrawn is counted once:
/// - **covered** when an ISO control that is applicable and implemented maps to it as
///   `equivalent`, or as containing it (the ISO control's requirement is a superset of it);
/// - **partial** when it is not covered but some applicable mapped ISO control is implemented
///   (through a `subset` or `intersects` relation: the ISO control does only part of it) or is
///   partially implemented (any relation). Several partial mappings to one control stay
///   partial: no count of parts proves the whole is done;
/// - **not covered** when it is mapped but no applicable mapped ISO control has been
///   implemented even in part (controls excluded from the SoA cover nothing);
/// - **unmapped** when no mapping names it: it needs a decision of its own.
/// The percentage is covered / mapped, partial shown beside it, never rounded into it.
public struct FrameworkCoverage: Sendable, Equatable {
    public enum Level: String, Sendable, Equatable { case covered, partial, notCovered = "not covered", unmapped }

    public var framework: String
    /// The level of each control, by id, in catalog order.
    public var levels: [(id: String, level: Level)]

    public var covered: Int { count(.covered) }
    public var partial: Int { count(.partial) }
    public var notCovered: Int { count(.notCovered) }
    public var unmapped: Int { count(.unmapped) }
    public var mapped: Int { levels.count - unmapped }

    /// Whole percent of mapped controls covered (nil with nothing mapped).
    public var percentCovered: Int? { mapped == 0 ? nil : covered * 100 / mapped }

    private func count(_ level: Level) -> Int { levels.filter { $0.level == level }.count }

    /// `mappings` may run either way between ISO/IEC 27001:2022 and `framework`; others are ignored.
    public init(of framework: Framework, soa: StatementOfApplicability, mappings: [FrameworkMapping]) {
        self.framework = framework.id
        let iso = ISO27001.frameworkID
        // Every relation read as ISO control → this framework's control.
        var into: [String: [(iso: String, relation: MappingRelation)]] = [:]
        for mapping in mappings {
            let oriented: FrameworkMapping? = mapping.from == iso && mapping.to == framework.id ? mapping
                : mapping.from == framework.id && mapping.to == iso ? mapping.reversed : nil
            for entry in oriented?.entries ?? [] { into[entry.to, default: []].append((entry.from, entry.relation)) }
        }
        let entries = Dictionary(soa.entries.map { ($0.control, $0) }, uniquingKeysWith: { first, _ in first })
        levels = framework.controls.filter { !$0.isWithdrawn }.map { control in
            guard let sources = into[control.id], !sources.isEmpty else { return (control.id, .unmapped) }
            var level = Level.notCovered
            for source in sources {
                guard let entry = entries[source.iso], entry.applicable else { continue }
                let whole = source.relation == .equivalent || source.relation == .superset
                if entry.status == .implemented, whole { level = .covered; break }
                if entry.status == .implemented || entry.status == .partial { level = .partial }
            }
            return (control.id, level)
        }
    }

    public static func == (lhs: FrameworkCoverage, rhs: FrameworkCoverage) -> Bool {
        lhs.framework == rhs.framework && lhs.levels.map(\.id) == rhs.levels.map(\.id) && lhs.levels.map(\.level) == rhs.levels.map(\.level)
    }
}
