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
        var haystacks: [String: [UInt8]] = [:]
        haystacks.reserveCapacity(framework.items.count)
        for item in framework.items {
            haystacks[item.id] = Self.haystack(item, entry: statement[item.id])
        }
        var counts: [String: (implemented: Int, applicable: Int)] = [:]
        for (group, _) in framework.allGroups {
            var implemented = 0, applicable = 0
            for item in group.allItems where item.kind == .control && !item.isWithdrawn {
                let entry = statement[item.id] ?? SoAEntry(control: item.id)
                guard entry.applicable else { continue }
                applicable += 1
                if entry.status == .implemented { implemented += 1 }
            }
            counts[group.id] = (implemented, applicable)
        }
        self.haystacks = haystacks
        self.counts = counts
    }

    /// What the text filter searches: ids, label, title, and the decisions' owner, notes and justification.
    static func haystack(_ item: CatalogItem, entry: SoAEntry?) -> [UInt8] {
        WordSearch.haystack([item.id, item.label ?? "", item.title, entry?.owner ?? "", entry?.notes ?? "", entry?.justification ?? ""])
    }

    struct Input: Equatable, Sendable {
        var framework: String
        var catalog: Catalog
        var statement: StatementOfApplicability

        init(_ state: AppState) {
            framework = state.controls.framework
            catalog = state.workspace.catalog
            statement = state.workspace.statement(of: state.shownFramework.id)
        }
    }

    /// The index of the framework on view, from the last one built when it is current.
    static func derived(_ state: AppState) -> Derived<Input, CatalogIndex> {
        Derived.value(for: Input(state), cached: state.derived.catalogIndex, compute: CatalogIndex.init)
    }
}
