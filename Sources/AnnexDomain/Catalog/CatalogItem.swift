public enum CatalogItemKind: String, Sendable, Equatable, CaseIterable {
    /// A management-system requirement (ISO/IEC 27001 clauses 4–10): always in scope, never in the SoA.
    case clause
    /// A control that the Statement of Applicability decides on.
    case control
}

/// One clause or control of a framework. Its fields live in one shared box, copied only when
/// a copy is changed: the catalog tree, lookups and rows copy items by the thousand per key, and
/// a plain struct of twenty strings and arrays would retain each of them on every copy.
public struct CatalogItem: Sendable, Equatable {
    private final class Storage: @unchecked Sendable {
        var id: String
        var title: String
        var kind: CatalogItemKind
        var level: Int
        var theme: ControlTheme?
        var attributes: ControlAttributes?
        var newIn2022: Bool
        var replaces2013: [String]
        var guidance: String
        var auditQuestions: [String]
        var label: String?
        var sortID: String?
        var group: String?
        var parent: String?
        var enhancements: [String]
        var withdrawal: Withdrawal?
        var parameters: [ControlParameter]
        var parts: [ControlPart]
        var properties: [ControlProperty]

        init(id: String, title: String, kind: CatalogItemKind, level: Int, theme: ControlTheme?, attributes: ControlAttributes?, newIn2022: Bool, replaces2013: [String], guidance: String, auditQuestions: [String], label: String?, sortID: String?, group: String?, parent: String?, enhancements: [String], withdrawal: Withdrawal?, parameters: [ControlParameter], parts: [ControlPart], properties: [ControlProperty]) {
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

        func copy() -> Storage {
            Storage(id: id, title: title, kind: kind, level: level, theme: theme, attributes: attributes, newIn2022: newIn2022, replaces2013: replaces2013, guidance: guidance, auditQuestions: auditQuestions, label: label, sortID: sortID, group: group, parent: parent, enhancements: enhancements, withdrawal: withdrawal, parameters: parameters, parts: parts, properties: properties)
        }
    }

    private var storage: Storage

    /// The box to change: this item's own (copied first when another item shares it).
    private var unique: Storage {
        mutating get {
            if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
            return storage
        }
    }

    public var id: String {
        get { storage.id }
        set { unique.id = newValue }
    }
    public var title: String {
        get { storage.title }
        set { unique.title = newValue }
    }
    public var kind: CatalogItemKind {
        get { storage.kind }
        set { unique.kind = newValue }
    }
    /// Depth in the clause tree: 1 for `4`, 2 for `4.1`, 3 for `6.1.2`; controls are 1, their
    /// enhancements 2, and so on.
    public var level: Int {
        get { storage.level }
        set { unique.level = newValue }
    }
    public var theme: ControlTheme? {
        get { storage.theme }
        set { unique.theme = newValue }
    }
    public var attributes: ControlAttributes? {
        get { storage.attributes }
        set { unique.attributes = newValue }
    }
    public var newIn2022: Bool {
        get { storage.newIn2022 }
        set { unique.newIn2022 = newValue }
    }
    /// ISO/IEC 27001:2013 Annex A ids this control replaces.
    public var replaces2013: [String] {
        get { storage.replaces2013 }
        set { unique.replaces2013 = newValue }
    }
    /// What the requirement or control is for and what good looks like (Annex's own words for
    /// ISO; the catalog's guidance part for an imported one).
    public var guidance: String {
        get { storage.guidance }
        set { unique.guidance = newValue }
    }
    /// Our own words: what an auditor asks or looks at.
    public var auditQuestions: [String] {
        get { storage.auditQuestions }
        set { unique.auditQuestions = newValue }
    }
    /// The label the catalog shows (`AC-2(1)`), when it differs from the id.
    public var label: String? {
        get { storage.label }
        set { unique.label = newValue }
    }
    /// The key the catalog orders by (`ac-02.01`), when it gives one.
    public var sortID: String? {
        get { storage.sortID }
        set { unique.sortID = newValue }
    }
    /// The innermost group holding the item (a family such as `ac`, an ISO theme `A.5`).
    public var group: String? {
        get { storage.group }
        set { unique.group = newValue }
    }
    /// The control this one enhances, and the controls that enhance it.
    public var parent: String? {
        get { storage.parent }
        set { unique.parent = newValue }
    }
    public var enhancements: [String] {
        get { storage.enhancements }
        set { unique.enhancements = newValue }
    }
    public var withdrawal: Withdrawal? {
        get { storage.withdrawal }
        set { unique.withdrawal = newValue }
    }
    public var parameters: [ControlParameter] {
        get { storage.parameters }
        set { unique.parameters = newValue }
    }
    /// Statement, guidance, objectives … as the catalog gives them.
    public var parts: [ControlPart] {
        get { storage.parts }
        set { unique.parts = newValue }
    }
    /// Properties the catalog gives that Annex does not interpret (other namespaces included).
    public var properties: [ControlProperty] {
        get { storage.properties }
        set { unique.properties = newValue }
    }

    public init(
        id: String, title: String, kind: CatalogItemKind, level: Int = 1,
        theme: ControlTheme? = nil, attributes: ControlAttributes? = nil,
        newIn2022: Bool = false, replaces2013: [String] = [],
        guidance: String, auditQuestions: [String],
        label: String? = nil, sortID: String? = nil, group: String? = nil, parent: String? = nil, enhancements: [String] = [],
        withdrawal: Withdrawal? = nil, parameters: [ControlParameter] = [], parts: [ControlPart] = [], properties: [ControlProperty] = []
    ) {
        storage = Storage(id: id, title: title, kind: kind, level: level, theme: theme, attributes: attributes, newIn2022: newIn2022, replaces2013: replaces2013, guidance: guidance, auditQuestions: auditQuestions, label: label, sortID: sortID, group: group, parent: parent, enhancements: enhancements, withdrawal: withdrawal, parameters: parameters, parts: parts, properties: properties)
    }

    public static func == (lhs: CatalogItem, rhs: CatalogItem) -> Bool {
        if lhs.storage === rhs.storage { return true }
        let a = lhs.storage, b = rhs.storage
        return a.id == b.id
            && a.title == b.title
            && a.kind == b.kind
            && a.level == b.level
            && a.theme == b.theme
            && a.attributes == b.attributes
            && a.newIn2022 == b.newIn2022
            && a.replaces2013 == b.replaces2013
            && a.guidance == b.guidance
            && a.auditQuestions == b.auditQuestions
            && a.label == b.label
            && a.sortID == b.sortID
            && a.group == b.group
            && a.parent == b.parent
            && a.enhancements == b.enhancements
            && a.withdrawal == b.withdrawal
            && a.parameters == b.parameters
            && a.parts == b.parts
            && a.properties == b.properties
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
