import Foundation

public enum FindingClass: String, Sendable, CaseIterable {
    case conformity
    case major = "major_nc"
    case minor = "minor_nc"
    case observation
    case improvement = "ofi"

    public var title: String {
        switch self {
        case .conformity: "Conformity"
        case .major: "Major nonconformity"
        case .minor: "Minor nonconformity"
        case .observation: "Observation"
        case .improvement: "Opportunity for improvement"
        }
    }

    public var isNonconformity: Bool { self == .major || self == .minor }
}

public enum AuditMethod: String, Sendable, CaseIterable {
    case interview, examine, test
}

/// How a sample was drawn, so anyone can draw the same one again from the same population.
public struct AuditSample: Sendable, Equatable {
    /// What was sampled from: a description, or a workspace path of the list.
    public var population: String
    public var populationSize: Int
    public var size: Int
    /// `seeded-random`, `judgemental`, `all` …
    public var method: String
    public var seed: UInt64?
    /// The items drawn.
    public var items: [String]

    public init(population: String, populationSize: Int, size: Int, method: String, seed: UInt64? = nil, items: [String] = []) {
        self.population = population
        self.populationSize = populationSize
        self.size = size
        self.method = method
        self.seed = seed
        self.items = items
    }
}

/// One audit finding on one checklist item.
public struct Finding: Sendable, Equatable {
    public var id: String
    /// Catalog id of the checklist item.
    public var item: String
    public var classification: FindingClass
    public var statement: String
    /// What was seen: documents, records, screens, with evidence register ids where they exist.
    public var evidence: String
    public var interviewee: String
    public var role: String
    public var method: AuditMethod
    public var sample: AuditSample?
    public var auditor: String
    public var at: Date

    public init(
        id: String, item: String, classification: FindingClass, statement: String, evidence: String = "",
        interviewee: String = "", role: String = "", method: AuditMethod = .interview, sample: AuditSample? = nil,
        auditor: String, at: Date
    ) {
        self.id = id
        self.item = item
        self.classification = classification
        self.statement = statement
        self.evidence = evidence
        self.interviewee = interviewee
        self.role = role
        self.method = method
        self.sample = sample
        self.auditor = auditor
        self.at = at
    }
}
