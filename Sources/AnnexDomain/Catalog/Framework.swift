import Foundation

/// One control framework: its groups (any depth) and items, with lookups by id in constant time.
public struct Framework: Sendable, Equatable {
    public var id: String
    public var title: String
    public var version: String
    /// Names the content: two frameworks with the same id and revision are equal. The built-in
    /// one names its edition; an imported one the digest of its catalog file.
    public var revision: String
    public private(set) var groups: [CatalogGroup]
    /// Every item in document order: a group's own items (each control followed by its
    /// enhancements), then its subgroups.
    public private(set) var items: [CatalogItem]
    public private(set) var controls: [CatalogItem]
    /// Parameters the catalog or its groups declare for every control below them.
    public var sharedParameters: [ControlParameter] = []
    /// A prefix a person may leave out when typing a control's id (`A.` for ISO/IEC 27001).
    public var shorthandPrefix: String?
    private var index: [String: Int]
    /// Lowercased ids and labels, for references typed loosely.
    private var loose: [String: Int]
    private var groupIndex: [String: [Int]]

    public init(id: String, title: String, version: String = "", revision: String = "", groups: [CatalogGroup], shorthandPrefix: String? = nil) {
        self.id = id
        self.title = title
        self.version = version
        self.revision = revision
        self.groups = groups
        self.shorthandPrefix = shorthandPrefix
        var items: [CatalogItem] = []
        var groupIndex: [String: [Int]] = [:]
        func collect(_ group: CatalogGroup, path: [Int]) {
            groupIndex[group.id] = groupIndex[group.id] ?? path
            items += group.items
            for (i, child) in group.groups.enumerated() { collect(child, path: path + [i]) }
        }
        for (i, group) in groups.enumerated() { collect(group, path: [i]) }
        var index: [String: Int] = [:]
        var loose: [String: Int] = [:]
        for (i, item) in items.enumerated() where index[item.id] == nil {
            index[item.id] = i
            if loose[item.id.lowercased()] == nil { loose[item.id.lowercased()] = i }
        }
        for (i, item) in items.enumerated() {
            if let label = item.label?.lowercased(), loose[label] == nil { loose[label] = i }
        }
        self.items = items
        self.controls = items.filter { $0.kind == .control }
        self.index = index
        self.loose = loose
        self.groupIndex = groupIndex
    }

    public var clauses: [CatalogItem] { items.filter { $0.kind == .clause } }

    public func item(_ id: String) -> CatalogItem? {
        index[id].map { items[$0] }
    }

    public func contains(_ id: String) -> Bool { index[id] != nil }

    /// By id in any case, by label, or by id without the shorthand prefix.
    public func resolve(_ reference: String) -> CatalogItem? {
        if let exact = item(reference) { return exact }
        let lowered = reference.lowercased()
        if let found = loose[lowered] { return items[found] }
        if let prefix = shorthandPrefix?.lowercased() {
            let bare = lowered.hasPrefix(prefix) ? String(lowered.dropFirst(prefix.count)) : lowered
            if let found = loose[prefix + bare] { return items[found] }
        }
        return nil
    }

    /// The group with this id at any depth.
    public func group(_ id: String) -> CatalogGroup? {
        guard let path = groupIndex[id], let first = path.first else { return nil }
        var group = groups[first]
        for step in path.dropFirst() { group = group.groups[step] }
        return group
    }

    /// The top-level group a group lies in (itself when it is one).
    public func outermostGroup(of id: String) -> CatalogGroup? {
        groupIndex[id]?.first.map { groups[$0] }
    }

    /// Every group, depth first, with its depth (0 for a top-level group).
    public var allGroups: [(group: CatalogGroup, depth: Int)] {
        var out: [(CatalogGroup, Int)] = []
        func walk(_ group: CatalogGroup, _ depth: Int) {
            out.append((group, depth))
            for child in group.groups { walk(child, depth + 1) }
        }
        for group in groups { walk(group, 0) }
        return out
    }

    /// The parameters a control's prose can name: its own, its parents', then the shared ones.
    public func parameters(of id: String) -> [ControlParameter] {
        var out: [ControlParameter] = []
        var next = item(id)
        var hops = 0
        while let current = next, hops < 16 {
            out += current.parameters
            next = current.parent.flatMap(item)
            hops += 1
        }
        return out + sharedParameters
    }

    /// The enhancements of a control, in order.
    public func enhancements(of id: String) -> [CatalogItem] {
        item(id)?.enhancements.compactMap(item) ?? []
    }

    public static func == (lhs: Framework, rhs: Framework) -> Bool {
        lhs.id == rhs.id && lhs.revision == rhs.revision && lhs.title == rhs.title && lhs.items.count == rhs.items.count
    }
}

/// A group of a framework: an ISO clause or theme, an OSCAL group (a NIST family), holding its
/// own items and groups nested to any depth.
public struct CatalogGroup: Sendable, Equatable {
    public var id: String
    public var title: String
    public var items: [CatalogItem]
    public var groups: [CatalogGroup]

    public init(id: String, title: String, items: [CatalogItem], groups: [CatalogGroup] = []) {
        self.id = id
        self.title = title
        self.items = items
        self.groups = groups
    }

    /// Items of this group and of every group within it.
    public var allItems: [CatalogItem] { items + groups.flatMap(\.allItems) }

    /// A group named without its contents (what a filter remembers).
    public struct Reference: Sendable, Equatable, Hashable {
        public var id: String
        public var title: String

        public init(id: String, title: String) {
            self.id = id
            self.title = title
        }
    }

    public var reference: Reference { Reference(id: id, title: title) }
}
