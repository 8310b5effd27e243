/// How a control of one framework relates to a control of another (set relations, as in the
/// NIST OLIR and OSCAL mapping models): `subset` means the `from` control's requirement lies
/// within the `to` control's.
public enum MappingRelation: String, Sendable, Equatable, CaseIterable {
    case equivalent, subset, superset, intersects

    /// The relation read the other way: subset and superset swap.
    public var inverse: MappingRelation {
        switch self {
        case .subset: .superset
        case .superset: .subset
        default: self
        }
    }
}

public struct MappingEntry: Sendable, Equatable {
    public var from: String
    public var to: String
    public var relation: MappingRelation
    public var note: String?
    /// Where the entry is written (a mapping file's line), for problems.
    public var line: Int?

    public init(from: String, to: String, relation: MappingRelation, note: String? = nil, line: Int? = nil) {
        self.from = from
        self.to = to
        self.relation = relation
        self.note = note
        self.line = line
    }
}

/// The controls of framework `from` mapped to those of framework `to`.
public struct FrameworkMapping: Sendable, Equatable {
    public var from: String
    public var to: String
    public var entries: [MappingEntry]

    public init(from: String, to: String, entries: [MappingEntry]) {
        self.from = from
        self.to = to
        self.entries = entries
    }

    /// The same mapping read the other way: subset and superset swap.
    public var reversed: FrameworkMapping {
        FrameworkMapping(from: to, to: from, entries: entries.map { entry in
            MappingEntry(from: entry.to, to: entry.from, relation: entry.relation.inverse, note: entry.note, line: entry.line)
        })
    }
}

extension ISO27001 {
    public static let edition2013ID = "iso27001-2013"

    /// The 2013 → 2022 mapping with relations: one to one is `equivalent`; several 2013
    /// controls merged into one 2022 control are each a `subset` of it; a 2013 control split
    /// over several 2022 controls `intersects` each of them.
    public static let mapping2013: FrameworkMapping = {
        var merged: [String: Int] = [:]
        for targets in mapping2013To2022.values { for target in targets { merged[target, default: 0] += 1 } }
        var entries: [MappingEntry] = []
        for old in mapping2013To2022.keys.sorted(by: precedes) {
            let targets = mapping2013To2022[old] ?? []
            for new in targets {
                let relation: MappingRelation = targets.count > 1 ? .intersects : (merged[new] ?? 0) > 1 ? .subset : .equivalent
                entries.append(MappingEntry(from: old, to: new, relation: relation))
            }
        }
        return FrameworkMapping(from: edition2013ID, to: frameworkID, entries: entries)
    }()

    /// `A.9.2.3` before `A.10.1.1`: by number, part by part.
    public static func precedes(_ a: String, _ b: String) -> Bool {
        func parts(_ id: String) -> [Int] { id.split(separator: ".").compactMap { Int($0) } }
        let (x, y) = (parts(a), parts(b))
        return x == y ? a < b : x.lexicographicallyPrecedes(y)
    }
}
