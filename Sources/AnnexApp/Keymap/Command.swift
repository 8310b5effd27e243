/// Everything a key can do. The keymap binds keys to commands per context; help, the status
/// line hints, the command palette and `annex keys` are all generated from these.
public enum Command: String, Sendable, CaseIterable, Hashable {
    case quit
    case showDashboard, showControls, showRisks, showAudits, showActions
    case help, palette, filter, back, nextTheme
    case focusNext, focusPrevious
    case moveDown, moveUp, pageDown, pageUp, moveTop, moveBottom
    case expand, collapse, toggleGroup, expandAll, collapseAll
    case cycleStatus, toggleApplicable, editOwner, editJustification, editEvidence, editNotes, markReviewed
    case filterStatus, filterApplicable, filterOwner, filterTheme, clearFilters
    case undo
    case confirm, cancel

    public var title: String {
        switch self {
        case .quit: "Quit"
        case .showDashboard: "Dashboard"
        case .showControls: "Controls and SoA"
        case .showRisks: "Risks"
        case .showAudits: "Audits"
        case .showActions: "Corrective actions"
        case .help: "Help"
        case .palette: "Command palette"
        case .filter: "Filter by text"
        case .back: "Back"
        case .nextTheme: "Next colour theme"
        case .focusNext: "Next pane"
        case .focusPrevious: "Previous pane"
        case .moveDown: "Down"
        case .moveUp: "Up"
        case .pageDown: "Page down"
        case .pageUp: "Page up"
        case .moveTop: "First"
        case .moveBottom: "Last"
        case .expand: "Expand group"
        case .collapse: "Collapse group"
        case .toggleGroup: "Open or close group"
        case .expandAll: "Expand all groups"
        case .collapseAll: "Collapse all groups"
        case .cycleStatus: "Cycle implementation status"
        case .toggleApplicable: "Include or exclude control"
        case .editOwner: "Edit owner"
        case .editJustification: "Edit justification"
        case .editEvidence: "Edit evidence references"
        case .editNotes: "Edit notes"
        case .markReviewed: "Mark reviewed today"
        case .filterStatus: "Filter: next status"
        case .filterApplicable: "Filter: applicable / excluded"
        case .filterOwner: "Filter: next owner"
        case .filterTheme: "Filter: next theme"
        case .clearFilters: "Clear filters"
        case .undo: "Undo last change"
        case .confirm: "Confirm"
        case .cancel: "Cancel"
        }
    }

    /// A word or two for the status line, where room is short.
    public var hint: String {
        switch self {
        case .quit: "Quit"
        case .help: "Help"
        case .palette: "Commands"
        case .filter: "Filter"
        case .showControls: "Controls"
        case .cycleStatus: "Status"
        case .toggleApplicable: "In/out"
        case .editOwner: "Owner"
        case .editJustification: "Justify"
        case .editEvidence: "Evidence"
        case .editNotes: "Notes"
        case .undo: "Undo"
        case .confirm: "OK"
        case .cancel: "Cancel"
        case .focusNext: "Pane"
        default: title
        }
    }
}
