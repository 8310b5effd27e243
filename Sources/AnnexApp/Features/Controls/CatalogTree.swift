import AnnexDomain

/// One line of the catalog list.
public struct CatalogRow: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case group(title: String, shown: Int, implemented: Int, applicable: Int, collapsed: Bool)
        case item(CatalogItem, SoAEntry?)
    }

    public var id: String
    public var kind: Kind

    public var itemID: String? {
        if case .item(let item, _) = kind { return item.id }
        return nil
    }
}

/// The catalog as the tree the Controls screen shows: each group (clause 4 … 10, Annex A themes)
/// followed by its items that pass the filter, unless collapsed. Derived, never stored.
public enum CatalogTree {
    public static func rows(_ state: AppState) -> [CatalogRow] {
        derivedRows(state).value
    }

    static func derivedRows(_ state: AppState) -> Derived<CatalogInput, [CatalogRow]> {
        Derived.value(for: CatalogInput(state), cached: state.derived.catalogRows) { _ in
            rows(frameworks: state.workspace.catalog.frameworks.filter { state.workspace.config.frameworks.contains($0.id) },
                 soa: state.workspace.soa, controls: state.controls)
        }
    }

    public static func rows(frameworks: [Framework], soa: StatementOfApplicability, controls: ControlsState) -> [CatalogRow] {
        let entries = Dictionary(soa.entries.map { ($0.control, $0) }, uniquingKeysWith: { first, _ in first })
        var rows: [CatalogRow] = []
        for framework in frameworks {
            for group in framework.groups {
                // A clause group's row stands for its top clause (4, 5 …), which is not listed again.
                let items = group.items.filter { $0.id != group.id && controls.filter.admits($0, entry: entries[$0.id]) }
                if items.isEmpty, controls.filter.isActive { continue }
                let groupEntries = group.items.compactMap { entries[$0.id] }
                let applicable = groupEntries.filter(\.applicable)
                let collapsed = controls.collapsed.contains(group.id)
                rows.append(CatalogRow(id: "group:" + group.id, kind: .group(
                    title: group.id.hasPrefix("A.") ? "\(group.id) \(group.title)" : group.title,
                    shown: items.count,
                    implemented: applicable.filter { $0.status == .implemented }.count,
                    applicable: applicable.count,
                    collapsed: collapsed
                )))
                if !collapsed {
                    rows += items.map { CatalogRow(id: $0.id, kind: .item($0, entries[$0.id])) }
                }
            }
        }
        return rows
    }

    public static func groupID(of rowID: String) -> String? {
        rowID.hasPrefix("group:") ? String(rowID.dropFirst("group:".count)) : nil
    }
}
