public enum CatalogItemKind: String, Sendable, Equatable, CaseIterable {
    /// A management-system requirement (ISO/IEC 27001 clauses 4–10): always in scope, never in the SoA.
    case clause
    /// A control that the Statement of Applicability decides on.
    case control
}

public struct CatalogItem: Sendable, Equatable {
    public var id: String
    public var title: String
    public var kind: CatalogItemKind
    /// Depth in the clause tree: 1 for `4`, 2 for `4.1`, 3 for `6.1.2`; controls are 1, their
    /// enhancements 2, and so on.
    public var level: Int
    public var theme: ControlTheme?
    public var attributes: ControlAttributes?
    public var newIn2022: Bool
    /// ISO/IEC 27001:2013 Annex A ids this control replaces.
    public var replaces2013: [String]
    /// What the requirement or control is for and what good looks like (Annex's own words for
    /// ISO; the catalog's guidance part for an imported one).
    public var guidance: String
    /// Our own words: what an auditor asks or looks at.
    public var auditQuestions: [String]
    /// The label the catalog shows (`AC-2(1)`), when it differs from the id.
    public var label: String?
    /// The key the catalog orders by (`ac-02.01`), when it gives one.
    public var sortID: String?
    /// The innermost group holding the item (a family such as `ac`, an ISO theme `A.5`).
    public var group: String?
    /// The control this one enhances, and the controls that enhance it.
    public var parent: String?
    public var enhancements: [String]
    public var withdrawal: Withdrawal?
    public var parameters: [ControlParameter]
    /// Statement, guidance, objectives … as the catalog gives them.
    public var parts: [ControlPart]
    /// Properties the catalog gives that Annex does not interpret (other namespaces included).
    public var properties: [ControlProperty]

    public init(
        id: String, title: String, kind: CatalogItemKind, level: Int = 1,
        theme: ControlTheme? = nil, attributes: ControlAttributes? = nil,
        newIn2022: Bool = false, replaces2013: [String] = [],
        guidance: String, auditQuestions: [String],
        label: String? = nil, sortID: String? = nil, group: String? = nil, parent: String? = nil, enhancements: [String] = [],
        withdrawal: Withdrawal? = nil, parameters: [ControlParameter] = [], parts: [ControlPart] = [], properties: [ControlProperty] = []
    ) {
        self.id = id
        self.title = title
        self.kind = kind
        self.level = level
        self.theme = theme
        self.attributes = attributes
        self.newIn2022 = newIn2022
        self.replaces2013 = replaces2013
        self.guidance = guidance
        self.auditQuestions = auditQuestions
        self.label = label
        self.sortID = sortID
        self.group = group
        self.parent = parent
        self.enhancements = enhancements
        self.withdrawal = withdrawal
        self.parameters = parameters
        self.parts = parts
        self.properties = properties
    }

    /// What a person reads as the control's number: its label, else its id (`5.15` for ISO's `A.5.15`).
    public var number: String { label ?? id }

    public var isWithdrawn: Bool { withdrawal != nil }

    /// The statement part, when the catalog gives one.
    public var statement: ControlPart? { parts.first { $0.name == "statement" } }
}

/// A withdrawn control and where its content went.
public struct Withdrawal: Sendable, Equatable {
    public enum Relation: String, Sendable, Equatable { case incorporatedInto = "incorporated-into", movedTo = "moved-to", none }
    public var relation: Relation
    /// Controls that took it over (resolved from links such as `#ac-2_smt.k`).
    public var into: [String]

    public init(relation: Relation, into: [String]) {
        self.relation = relation
        self.into = into
    }
}

public enum ControlTheme: String, Sendable, Equatable, CaseIterable, Comparable {
    case organizational, people, physical, technological

    public var title: String {
        switch self {
        case .organizational: "Organizational controls"
        case .people: "People controls"
        case .physical: "Physical controls"
        case .technological: "Technological controls"
        }
    }

    /// The clause of Annex A that holds the theme: 5, 6, 7 or 8.
    public var annexClause: Int {
        switch self {
        case .organizational: 5
        case .people: 6
        case .physical: 7
        case .technological: 8
        }
    }

    public static func < (lhs: ControlTheme, rhs: ControlTheme) -> Bool { lhs.annexClause < rhs.annexClause }
}
