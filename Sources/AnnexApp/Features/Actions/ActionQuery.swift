import AnnexDomain

/// Which corrective actions the list shows, and in what order: those still to be closed first,
/// then by due date, so what is late or due soonest is on top.
public struct ActionQuery: Sendable, Equatable {
    /// Hides verified actions: the ones nobody needs to act on any more.
    public var openOnly = true
    public var overdueOnly = false
    public var owner: String?
    public var audit: String?
    public var text = ""

    public init() {}

    /// Anything other than the list as the screen first shows it.
    public var isChanged: Bool { self != ActionQuery() }

    public func admits(_ action: CorrectiveAction, in workspace: Workspace, today: Day) -> Bool {
        if openOnly, action.status.isClosed { return false }
        if overdueOnly, !action.isOverdue(on: today) { return false }
        if let owner, action.owner != owner { return false }
        if let audit, action.audit != audit { return false }
        if !text.isEmpty {
            let finding = workspace.finding(of: action)
            let item = finding.flatMap { workspace.item($0.item, inAudit: action.audit) }
            let haystack = [
                action.id, action.audit, action.finding, action.owner, action.rootCause, action.action,
                finding?.statement ?? "", item?.id ?? "", item?.label ?? "", item?.title ?? "",
            ].joined(separator: " ")
            if !FuzzyMatch.containsAllWords(text, in: haystack) { return false }
        }
        return true
    }

    public func apply(_ workspace: Workspace, today: Day) -> [CorrectiveAction] {
        workspace.actions.filter { admits($0, in: workspace, today: today) }.sorted(by: Self.listOrder)
    }

    static func listOrder(_ lhs: CorrectiveAction, _ rhs: CorrectiveAction) -> Bool {
        if lhs.status.isClosed != rhs.status.isClosed { return !lhs.status.isClosed }
        switch (lhs.due, rhs.due) {
        case let (left?, right?) where left != right: return left < right
        case (.some, nil): return true
        case (nil, .some): return false
        default: return lhs.id < rhs.id
        }
    }

    /// The filters in words, for the status line and the pane title.
    public var summary: String {
        var parts = [openOnly ? "open" : "all"]
        if overdueOnly { parts.append("overdue") }
        if let owner { parts.append("owner \(owner)") }
        if let audit { parts.append("audit \(audit)") }
        if !text.isEmpty { parts.append("\"\(text)\"") }
        return parts.joined(separator: ", ")
    }
}
