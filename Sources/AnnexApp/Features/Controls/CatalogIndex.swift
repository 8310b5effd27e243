import AnnexDomain

/// What the catalog tree needs of the framework on view that no filter changes: each item's
/// search text (lowercased once) and each group's implemented / applicable counts. Built once
/// per change of the catalog or of the framework's statement, so typing a filter over a
/// catalog of 1,500 controls only searches, it does not rebuild 1,500 strings per key.
struct CatalogIndex: Sendable {
    let haystacks: [String: [UInt8]]
    let counts: [String: (implemented: Int, applicable: Int)]

    init(_ input: Input) {
        self.init(framework: input.catalog.framework(input.framework) ?? input.catalog.iso27001, statement: input.statement)
    }

    init(framework: Framework, statement: StatementOfApplicability) {
        // Items are read in place (`items[i].id`): copying 1,500 items out of their arrays
        // would cost more than the searching this index saves.
        let items = framework.items
        var haystacks: [String: [UInt8]] = [:]
        haystacks.reserveCapacity(items.count)
        for i in items.indices {
            let id = items[i].id
            haystacks[id] = Self.haystack(id: id, label: items[i].label, title: items[i].title, entry: statement[id])
        }
        var counts: [String: (implemented: Int, applicable: Int)] = [:]
        func count(_ group: CatalogGroup) -> (implemented: Int, applicable: Int) {
            var implemented = 0, applicable = 0
            for i in group.items.indices where group.items[i].kind == .control && group.items[i].withdrawal == nil {
                let entry = statement[group.items[i].id]
                guard entry?.applicable ?? true else { continue }
                applicable += 1
                if entry?.status == .implemented { implemented += 1 }
            }
            for child in group.groups {
                let below = count(child)
                implemented += below.implemented
                applicable += below.applicable
            }
            counts[group.id] = (implemented, applicable)
            return (implemented, applicable)
        }
        for group in framework.groups { _ = count(group) }
        self.haystacks = haystacks
        self.counts = counts
    }

    /// What the text filter searches: ids, label, title, and the decisions' owner, notes and justification.
    static func haystack(_ item: CatalogItem, entry: SoAEntry?) -> [UInt8] {
        haystack(id: item.id, label: item.label, title: item.title, entry: entry)
    }

    static func haystack(id: String, label: String?, title: String, entry: SoAEntry?) -> [UInt8] {
        WordSearch.haystack([id, label ?? "", title, entry?.owner ?? "", entry?.notes ?? "", entry?.justification ?? ""])
    }

    struct Input: Equatable, Sendable {
        var framework: String
        var catalog: Catalog
        var statement: StatementOfApplicability

        init(_ state: AppState, framework: String? = nil) {
            let id = framework ?? state.shownFramework.id
            self.framework = id
            catalog = state.workspace.catalog
            statement = state.workspace.statement(of: id)
        }
    }

    /// The index of the framework on view, from the last one built when it is current.
    static func derived(_ state: AppState) -> Derived<Input, CatalogIndex> {
        let input = Input(state)
        return Derived.value(for: input, cached: state.derived.catalogIndexes[input.framework], compute: CatalogIndex.init)
    }

    /// Builds every framework's index while nobody waits (after the first frame), so the first
    /// switch to a catalog of 1,500 controls does not build it under the key.
    static func warmAll(_ state: inout AppState) {
        for framework in state.workspace.catalog.frameworks {
            let input = Input(state, framework: framework.id)
            state.derived.catalogIndexes[framework.id] = Derived.value(for: input, cached: state.derived.catalogIndexes[framework.id], compute: CatalogIndex.init)
        }
    }
}
