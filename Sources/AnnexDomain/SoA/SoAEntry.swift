/// How far a control has been put in place.
public enum ImplementationStatus: String, Sendable, CaseIterable, Comparable {
    case notStarted = "not_started"
    case planned
    case partial
    case implemented

    public var title: String {
        switch self {
        case .notStarted: "Not started"
        case .planned: "Planned"
        case .partial: "Partially implemented"
        case .implemented: "Implemented"
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// The next status in the usual order, wrapping round: what a "cycle status" key does.
    public var next: ImplementationStatus {
        let all = Self.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }
}

/// One control's line in the Statement of Applicability, or in the status file of another
/// framework: the same decisions (applicable, why, how far, who) for any framework.
public struct SoAEntry: Sendable, Equatable {
    public var control: String
    /// The framework the control belongs to; the file it is written to follows from it.
    public var framework: String
    public var applicable: Bool
    /// Why the control is included or excluded: the standard asks for both.
    public var justification: String
    public var status: ImplementationStatus
    /// A person id from `annex.yaml`.
    public var owner: String
    /// Evidence register ids.
    public var evidence: [String]
    public var notes: String
    public var reviewed: Day?
    /// Why an included control is included; sorted, each once.
    public var reasons: [InclusionReason]

    public init(
        control: String, applicable: Bool = true, justification: String = "",
        status: ImplementationStatus = .notStarted, owner: String = "", evidence: [String] = [],
        notes: String = "", reviewed: Day? = nil, reasons: [InclusionReason] = [],
        framework: String = ISO27001.frameworkID
    ) {
        self.control = control
        self.framework = framework
        self.applicable = applicable
        self.justification = justification
        self.status = status
        self.owner = owner
        self.evidence = evidence
        self.notes = notes
        self.reviewed = reviewed
        self.reasons = Array(Set(reasons)).sorted()
    }

    /// The entry of the same control before any decision (what undoing its creation restores).
    public var undecided: SoAEntry { SoAEntry(control: control, framework: framework) }

    /// Nothing decided: another framework's status file keeps no such entry (undoing a first
    /// decision takes the control back out of it). ISO/IEC 27001's SoA lists every control.
    public var isNoDecision: Bool { framework != ISO27001.frameworkID && self == undecided }
}

/// The Statement of Applicability: one entry per control of the catalog, in catalog order.
/// Lookups by control are constant time (a framework may have thousands of controls).
public struct StatementOfApplicability: Sendable, Equatable {
    public private(set) var entries: [SoAEntry]
    private var positions: [String: Int]

    public init(entries: [SoAEntry]) {
        self.entries = entries
        var positions: [String: Int] = [:]
        for (index, entry) in entries.enumerated() where positions[entry.control] == nil { positions[entry.control] = index }
        self.positions = positions
    }

    /// A fresh SoA for every control of a framework, each applicable and not started.
    public init(controlsOf framework: Framework) {
        self.init(entries: framework.controls.map { SoAEntry(control: $0.id, framework: framework.id) })
    }

    public subscript(control: String) -> SoAEntry? {
        positions[control].map { entries[$0] }
    }

    /// Replaces the entry for the same control, or appends it.
    public mutating func upsert(_ entry: SoAEntry) {
        if let at = positions[entry.control] {
            entries[at] = entry
        } else {
            positions[entry.control] = entries.count
            entries.append(entry)
        }
    }

    /// Takes the control's entry out (nothing decided on it any more).
    public mutating func remove(_ control: String) {
        guard positions[control] != nil else { return }
        self = StatementOfApplicability(entries: entries.filter { $0.control != control })
    }

    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.entries == rhs.entries }
}
