import AnnexDomain

/// Which controls the catalog shows.
public struct ControlFilter: Sendable, Equatable {
    public var text = ""
    public var status: ImplementationStatus?
    public var applicable: Bool?
    public var owner: String?
    public var theme: ControlTheme?

    public init() {}

    public var isActive: Bool { !text.isEmpty || status != nil || applicable != nil || owner != nil || theme != nil }

    /// Clauses have no SoA entry: they are hidden by SoA filters but not by text or theme.
    public func admits(_ item: CatalogItem, entry: SoAEntry?) -> Bool {
        if let theme, item.theme != theme { return false }
        if status != nil || applicable != nil || owner != nil {
            guard let entry else { return false }
            if let status, !(entry.applicable && entry.status == status) { return false }
            if let applicable, entry.applicable != applicable { return false }
            if let owner, entry.owner != owner { return false }
        }
        if !text.isEmpty {
            let haystack = [item.id, item.title, entry?.owner ?? "", entry?.notes ?? "", entry?.justification ?? ""].joined(separator: " ")
            if !FuzzyMatch.containsAllWords(text, in: haystack) { return false }
        }
        return true
    }

    public var summary: String {
        var parts: [String] = []
        if !text.isEmpty { parts.append("\"\(text)\"") }
        if let status { parts.append(status.title.lowercased()) }
        if let applicable { parts.append(applicable ? "applicable" : "excluded") }
        if let owner { parts.append("owner \(owner)") }
        if let theme { parts.append(theme.rawValue) }
        return parts.joined(separator: ", ")
    }
}

public struct ControlsState: ScreenState {
    /// The selected row: a group id or an item id.
    public var selected: String?
    public var collapsed: Set<String> = []
    public var filter = ControlFilter()
    /// First visible row of the catalog list (kept by the reducer so the selection stays in view).
    public var scroll = 0
    public var detailScroll = 0

    public init() {}

    static func firstSelectable(in state: AppState) -> String? {
        CatalogTree.rows(state).first?.id
    }
}

extension AppState {
    public var controls: ControlsState {
        get { screenStates[ControlsState.self] }
        set { screenStates[ControlsState.self] = newValue }
        _modify { yield &screenStates[ControlsState.self] }
    }
}
