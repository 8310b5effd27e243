import Foundation

/// A set of frameworks the workspace can refer to. Item ids are unique within a framework;
/// ISO/IEC 27001 uses `4.1` for clauses and `A.5.1` for Annex A controls so the two never clash.
public struct Catalog: Sendable {
    public var frameworks: [Framework]
    private var index: [String: (framework: Int, group: Int, item: Int)]

    public init(frameworks: [Framework]) {
        self.frameworks = frameworks
        var index: [String: (framework: Int, group: Int, item: Int)] = [:]
        for (f, framework) in frameworks.enumerated() {
            for (g, group) in framework.groups.enumerated() {
                for (i, item) in group.items.enumerated() where index[item.id] == nil {
                    index[item.id] = (f, g, i)
                }
            }
        }
        self.index = index
    }

    /// The first item with this id across frameworks, in framework order.
    public func item(_ id: String) -> CatalogItem? {
        guard let at = index[id] else { return nil }
        return frameworks[at.framework].groups[at.group].items[at.item]
    }

    public func framework(_ id: String) -> Framework? {
        frameworks.first { $0.id == id }
    }

    /// Accepts `A.5.15`, `a.5.15` or `5.15` (when no clause has that number) for a control.
    public func resolve(_ reference: String) -> CatalogItem? {
        let trimmed = reference.trimmingCharacters(in: .whitespaces)
        if let exact = item(trimmed) { return exact }
        if trimmed.hasPrefix("a.") { return item("A." + trimmed.dropFirst(2)) }
        return item("A." + trimmed)
    }

    public var allItems: [CatalogItem] {
        frameworks.flatMap { $0.groups.flatMap(\.items) }
    }
}

public struct Framework: Sendable, Equatable {
    public var id: String
    public var title: String
    public var groups: [CatalogGroup]

    public init(id: String, title: String, groups: [CatalogGroup]) {
        self.id = id
        self.title = title
        self.groups = groups
    }

    public var items: [CatalogItem] { groups.flatMap(\.items) }
    public var controls: [CatalogItem] { items.filter { $0.kind == .control } }
    public var clauses: [CatalogItem] { items.filter { $0.kind == .clause } }
}

public struct CatalogGroup: Sendable, Equatable {
    public var id: String
    public var title: String
    public var items: [CatalogItem]

    public init(id: String, title: String, items: [CatalogItem]) {
        self.id = id
        self.title = title
        self.items = items
    }
}

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
    /// Depth in the clause tree: 1 for `4`, 2 for `4.1`, 3 for `6.1.2`; controls are 1.
    public var level: Int
    public var theme: ControlTheme?
    public var attributes: ControlAttributes?
    public var newIn2022: Bool
    /// ISO/IEC 27001:2013 Annex A ids this control replaces.
    public var replaces2013: [String]
    /// Our own words: what the requirement or control is for and what good looks like.
    public var guidance: String
    /// Our own words: what an auditor asks or looks at.
    public var auditQuestions: [String]

    public init(
        id: String, title: String, kind: CatalogItemKind, level: Int = 1,
        theme: ControlTheme? = nil, attributes: ControlAttributes? = nil,
        newIn2022: Bool = false, replaces2013: [String] = [],
        guidance: String, auditQuestions: [String]
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
    }

    /// The number without the Annex A prefix: `5.15` for `A.5.15`.
    public var number: String { id.hasPrefix("A.") ? String(id.dropFirst(2)) : id }
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
