import AnnexDomain

/// One line of the catalog list.
public struct CatalogRow: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case group(title: String, shown: Int, implemented: Int, applicable: Int, collapsed: Bool)
        case item(CatalogItem, SoAEntry?)
    }

    public var id: String
    public var kind: Kind
    /// How deep the row's group is: 0 for a top-level group (an ISO theme, a NIST family) and
    /// its items, 1 for a group within it and its items …
    public var depth = 0

    public init(id: String, kind: Kind, depth: Int = 0) {
        self.id = id
        self.kind = kind
        self.depth = depth
    }

    public var itemID: String? { isItem ? id : nil }

    /// Whether the row is an item (a group's id is `group:` and the group's); told from the id so
    /// that counting a tree of 1,500 rows does not copy 1,500 items out of their rows.
    public var isItem: Bool { !id.hasPrefix("group:") }
}

/// The framework on view as the tree the Controls screen shows: each group (clause 4 … 10 and
/// the Annex A themes for ISO/IEC 27001; families, nested to any depth, for a catalog) followed
/// by its items that pass the filter (each control followed by its enhancements), unless
/// collapsed. Derived, never stored.
public enum CatalogTree {
    public static func rows(_ state: AppState) -> [CatalogRow] {
        derivedRows(state).value
    }

    /// Brings the index and the rows up to date in the state, so the reducer and the view that
    /// follow share one build of them.
    static func refresh(_ state: inout AppState) {
        let index = CatalogIndex.derived(state)
        state.derived.catalogIndexes[index.input.framework] = index
        state.derived.catalogRows = derivedRows(state)
    }

    static func derivedRows(_ state: AppState) -> Derived<CatalogInput, [CatalogRow]> {
        Derived.value(for: CatalogInput(state), cached: state.derived.catalogRows) { _ in
            let framework = state.shownFramework
            return rows(framework: framework, statement: state.workspace.statement(of: framework.id), controls: state.controls,
                        index: CatalogIndex.derived(state).value)
        }
    }

    public static func rows(framework: Framework, statement: StatementOfApplicability, controls: ControlsState) -> [CatalogRow] {
        rows(framework: framework, statement: statement, controls: controls,
             index: CatalogIndex(framework: framework, statement: statement))
    }

    static func rows(framework: Framework, statement: StatementOfApplicability, controls: ControlsState, index: CatalogIndex) -> [CatalogRow] {
        var rows: [CatalogRow] = []
        let tree = Tree(statement: statement, controls: controls, index: index, words: WordSearch.words(controls.filter.text))
        for group in framework.groups where controls.filter.group.map({ $0.id == group.id }) ?? true {
            _ = tree.append(group, depth: 0, to: &rows)
        }
        return rows
    }

    /// One build of the rows: the inputs every group's walk shares.
    private struct Tree {
        let statement: StatementOfApplicability
        let controls: ControlsState
        let index: CatalogIndex
        let words: [[UInt8]]

        /// Adds the group's row and what is under it; returns how many items passed the filter.
        func append(_ group: CatalogGroup, depth: Int, to rows: inout [CatalogRow]) -> Int {
            // A clause group's row stands for its top clause (4, 5 …), which is not listed again.
            let items = group.items.filter { item in
                guard item.id != group.id, controls.filter.admits(item, entry: statement[item.id], searching: false) else { return false }
                return words.isEmpty || WordSearch.containsAll(words, in: index.haystacks[item.id] ?? CatalogIndex.haystack(item, entry: statement[item.id]))
            }
            let collapsed = controls.collapsed.contains(group.id)
            let at = rows.count
            rows.append(CatalogRow(id: "group:" + group.id, kind: .group(title: "", shown: 0, implemented: 0, applicable: 0, collapsed: collapsed), depth: depth))
            var below: [CatalogRow] = []
            var shown = items.count
            for child in group.groups {
                shown += append(child, depth: depth + 1, to: &below)
            }
            if shown == 0, controls.filter.isActive {
                rows.removeLast()
                return 0
            }
            let counts = index.counts[group.id] ?? (0, 0)
            rows[at].kind = .group(
                title: group.id.hasPrefix("A.") ? "\(group.id) \(group.title)" : group.title,
                shown: shown,
                implemented: counts.implemented,
                applicable: counts.applicable,
                collapsed: collapsed
            )
            if !collapsed {
                rows += items.map { CatalogRow(id: $0.id, kind: .item($0, statement[$0.id]), depth: depth) }
                rows += below
            }
            return shown
        }
    }

    /// How many of the rows are items (what the filter's "n shown" counts).
    public static func itemCount(_ rows: [CatalogRow]) -> Int {
        var count = 0
        for index in rows.indices where rows[index].isItem { count += 1 }
        return count
    }

    public static func groupID(of rowID: String) -> String? {
        rowID.hasPrefix("group:") ? String(rowID.dropFirst("group:".count)) : nil
    }

    /// The group that holds an item directly, in the framework on view.
    static func group(of itemID: String, in framework: Framework) -> CatalogGroup? {
        guard let item = framework.item(itemID) else { return nil }
        if let id = item.group, let group = framework.group(id) { return group }
        return framework.allGroups.first { $0.group.items.contains { $0.id == itemID } }?.group
    }
}
