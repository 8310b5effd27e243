import Foundation

/// The frameworks of a workspace: the built-in ISO/IEC 27001:2022 one and every catalog the
/// workspace imported. Loaded by the store and handed to whatever needs a catalog (app state,
/// exports, checks); nothing reaches for a global. Item ids are unique within a framework;
/// ISO/IEC 27001 uses `4.1` for clauses and `A.5.1` for Annex A controls so the two never clash.
public struct Catalog: Sendable, Equatable {
    public private(set) var frameworks: [Framework]
    private var byID: [String: Int]

    public init(frameworks: [Framework]) {
        self.frameworks = frameworks
        var byID: [String: Int] = [:]
        for (index, framework) in frameworks.enumerated() where byID[framework.id] == nil { byID[framework.id] = index }
        self.byID = byID
    }

    /// The built-in frameworks alone (what a workspace without imported catalogs has).
    public static let builtIn = Catalog(frameworks: [ISO27001.framework])

    /// The first item with this id across frameworks, in framework order (the built-in first).
    public func item(_ id: String) -> CatalogItem? {
        for framework in frameworks { if let item = framework.item(id) { return item } }
        return nil
    }

    public func framework(_ id: String) -> Framework? {
        byID[id].map { frameworks[$0] }
    }

    /// A reference as a person types it: the exact id, the id in any case, a control's label
    /// (`AC-2(1)`), or the short form a framework allows (`5.15` for ISO's `A.5.15` when no
    /// clause has that number). `framework` narrows the search to one framework.
    public func resolve(_ reference: String, in framework: String? = nil) -> CatalogItem? {
        locate(reference, in: framework)?.item
    }

    /// As `resolve`, with the framework the item belongs to.
    public func locate(_ reference: String, in framework: String? = nil) -> (framework: Framework, item: CatalogItem)? {
        let trimmed = reference.trimmingCharacters(in: .whitespaces)
        let searched = framework.map { id in self.framework(id).map { [$0] } ?? [] } ?? frameworks
        for framework in searched { if let exact = framework.item(trimmed) { return (framework, exact) } }
        for framework in searched { if let found = framework.resolve(trimmed) { return (framework, found) } }
        return nil
    }

    public var allItems: [CatalogItem] {
        frameworks.flatMap(\.items)
    }

    /// Adds or replaces (by id) a framework.
    public func with(_ framework: Framework) -> Catalog {
        var frameworks = self.frameworks
        if let index = byID[framework.id] { frameworks[index] = framework } else { frameworks.append(framework) }
        return Catalog(frameworks: frameworks)
    }

    /// Two catalogs are the same when they hold the same revisions of the same frameworks (a
    /// revision names its content, so a state comparison never walks a thousand controls).
    public static func == (lhs: Catalog, rhs: Catalog) -> Bool {
        lhs.frameworks.count == rhs.frameworks.count && zip(lhs.frameworks, rhs.frameworks).allSatisfy { $0 == $1 }
    }
}

extension Catalog {
    /// The ISO/IEC 27001:2022 framework the SoA decides on (always part of a workspace's catalog).
    public var iso27001: Framework { framework(ISO27001.frameworkID) ?? ISO27001.framework }
}
