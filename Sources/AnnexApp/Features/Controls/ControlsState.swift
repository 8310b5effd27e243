import AnnexDomain

/// Which controls the catalog shows.
public struct ControlFilter: Sendable, Equatable {
    public var text = ""
    public var status: ImplementationStatus?
    public var applicable: Bool?
    /// Only the controls nobody decided on yet (a catalog's: ISO/IEC 27001's SoA lists every control).
    public var undecided = false
    public var owner: String?
    public var theme: ControlTheme?
    /// A top-level group (a family) of a framework other than ISO/IEC 27001, which has themes.
    public var group: CatalogGroup.Reference?

    public init() {}

    public var isActive: Bool { !text.isEmpty || status != nil || applicable != nil || undecided || owner != nil || theme != nil || group != nil }

    /// Clauses have no SoA entry: they are hidden by SoA filters but not by text or theme. A
    /// control nobody decided on yet counts as applicable and not started. `searching: false`
    /// leaves the text to the caller (the catalog tree searches its index).
    public func admits(_ item: CatalogItem, entry: SoAEntry?, searching: Bool = true) -> Bool {
        if let theme, item.theme != theme { return false }
        if undecided { return item.kind == .control && !item.isWithdrawn && entry == nil }
        if status != nil || applicable != nil || owner != nil {
            // A control nobody decided on is neither applicable nor excluded, nor at any status yet.
            guard item.kind == .control, !item.isWithdrawn, let entry else { return false }
            if let status, !(entry.applicable && entry.status == status) { return false }
            if let applicable, entry.applicable != applicable { return false }
            if let owner, entry.owner != owner { return false }
        }
        if searching, !text.isEmpty, !WordSearch.containsAll(WordSearch.words(text), in: CatalogIndex.haystack(item, entry: entry)) { return false }
        return true
    }

    public var summary: String {
        var parts: [String] = []
        if !text.isEmpty { parts.append("\"\(text)\"") }
        if let status { parts.append(status.title.lowercased()) }
        if let applicable { parts.append(applicable ? "applicable" : "excluded") }
        if undecided { parts.append("not decided") }
        if let owner { parts.append("owner \(owner)") }
        if let theme { parts.append(theme.rawValue) }
        if let group { parts.append(group.title) }
        return parts.joined(separator: ", ")
    }
}

public struct ControlsState: ScreenState {
    /// The framework on view: ISO/IEC 27001:2022 or an imported catalog.
    public var framework = ISO27001.frameworkID
    /// The selection each framework had when another was chosen, to come back to it.
    public var selections: [String: String] = [:]
    /// The selected row: a group id or an item id.
    public var selected: String?
    public var collapsed: Set<String> = []
    public var filter = ControlFilter()
    /// First visible row of the catalog list (kept by the reducer so the selection stays in view).
    public var scroll = 0
    public var detailScroll = 0

    public init() {}

    static func firstSelectable(in state: AppState) -> String? {
        // Unfiltered, the tree starts with its first group's row: no need to build the tree
        // and its search index for it (every start makes a state before the first frame).
        if !state.controls.filter.isActive { return state.shownFramework.groups.first.map { "group:" + $0.id } }
        return CatalogTree.rows(state).first?.id
    }
}

extension AppState {
    /// The framework the Controls screen shows (ISO/IEC 27001 when the chosen one is gone).
    public var shownFramework: Framework {
        workspace.catalog.framework(controls.framework) ?? workspace.catalog.iso27001
    }
}

extension AppState {
    public var controls: ControlsState {
        get { screenStates[ControlsState.self] }
        set { screenStates[ControlsState.self] = newValue }
        _modify { yield &screenStates[ControlsState.self] }
    }
}
