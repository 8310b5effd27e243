/// Everything a key can do. The keymap binds keys to commands per context; help, the status
/// line hints, the command palette and `annex keys` are all generated from these.
public enum Command: String, Sendable, CaseIterable, Hashable {
    case quit, quitNow
    case showDashboard, showControls, showRisks, showAudits, showActions
    case help, palette, filter, back, nextTheme
    case focusNext, focusPrevious
    case moveDown, moveUp, pageDown, pageUp, moveTop, moveBottom
    case expand, collapse, toggleGroup, expandAll, collapseAll
    case cycleStatus, toggleApplicable, editOwner, editJustification, editEvidence, editNotes, markReviewed
    case filterStatus, filterApplicable, filterOwner, filterTheme, clearFilters
    case undo
    case confirm, cancel
    case cellUp, cellDown, cellLeft, cellRight, filterCell, toggleRiskView
    case addRisk, editRisk, deleteRisk, editMatrix
    case sortNext, sortPrevious, reverseSort
    case filterLevel, filterTreatment, filterRiskStatus, filterOverdue
    case nextField, previousField, toggleChoice, yes, no
    case openSession, newAudit, editAudit, followUpAudit, closeAudit, writeReport
    case moveItemUp, moveItemDown, addItem, removeItem
    case nextItem, previousItem, jumpToItem, markNotAudited, markDone, drawSample
    case logConformity, logMajor, logMinor, logObservation, logImprovement
    case editFinding, withdrawFinding, newLine, dropSample, raiseAction, showHistory
    case addAction, editAction, advanceAction, verifyAction, toggleOpenActions, filterActionOverdue, filterAudit
    case keepMine, takeTheirs, backToEditor, takeOverJournal
    case textLeft, textRight, textHome, textEnd, textWordLeft, textWordRight
    case textDeleteBackward, textDeleteForward, textDeleteWordBackward, textDeleteToStart, textDeleteToEnd

    public var title: String {
        switch self {
        case .quit: "Quit (asks in a live session)"
        case .quitNow: "Quit now (a note typed is kept)"
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
        case .cellUp: "Cell up (more likely)"
        case .cellDown: "Cell down (less likely)"
        case .cellLeft: "Cell left (less impact)"
        case .cellRight: "Cell right (more impact)"
        case .filterCell: "Show the risks of this cell"
        case .toggleRiskView: "Inherent / residual view"
        case .addRisk: "New risk"
        case .editRisk: "Edit risk"
        case .deleteRisk: "Delete risk"
        case .editMatrix: "Edit the risk matrix"
        case .sortNext: "Sort by next column"
        case .sortPrevious: "Sort by previous column"
        case .reverseSort: "Reverse sort order"
        case .filterLevel: "Filter: next level"
        case .filterTreatment: "Filter: next treatment"
        case .filterRiskStatus: "Filter: next risk status"
        case .filterOverdue: "Filter: overdue reviews"
        case .nextField: "Next field"
        case .previousField: "Previous field"
        case .toggleChoice: "Toggle"
        case .yes: "Yes"
        case .no: "No"
        case .openSession: "Open the live audit session"
        case .newAudit: "New audit plan from the SoA"
        case .editAudit: "Edit the audit plan"
        case .followUpAudit: "Follow-up audit of this one"
        case .closeAudit: "Close the audit (summary and report)"
        case .writeReport: "Write the audit report (md and html)"
        case .moveItemUp: "Move checklist item up"
        case .moveItemDown: "Move checklist item down"
        case .addItem: "Add an item to the checklist"
        case .removeItem: "Remove the item from the checklist"
        case .nextItem: "Next item"
        case .previousItem: "Previous item"
        case .jumpToItem: "Go to an item by id"
        case .markNotAudited: "Mark item not audited (again: to go)"
        case .markDone: "Mark item audited (again: to go)"
        case .drawSample: "Draw a sample for this item"
        case .logConformity: "Log a conformity"
        case .logMajor: "Log a major nonconformity"
        case .logMinor: "Log a minor nonconformity"
        case .logObservation: "Log an observation"
        case .logImprovement: "Log an opportunity for improvement"
        case .editFinding: "Edit the finding"
        case .withdrawFinding: "Withdraw the finding"
        case .newLine: "New line in the note"
        case .dropSample: "Drop the sample from the note"
        case .raiseAction: "Raise a corrective action for the nonconformity"
        case .showHistory: "History of the finding (every version)"
        case .addAction: "New action for a nonconformity"
        case .editAction: "Edit action"
        case .advanceAction: "Advance status: open, in progress, done"
        case .verifyAction: "Verify effectiveness"
        case .toggleOpenActions: "Filter: open / all actions"
        case .filterActionOverdue: "Filter: overdue actions"
        case .filterAudit: "Filter: next audit"
        case .keepMine: "Keep my value (write over the one on disk)"
        case .takeTheirs: "Take the value on disk (drop mine)"
        case .backToEditor: "Back to my text"
        case .takeOverJournal: "Take over the journal once the other session has ended"
        case .textLeft: "Cursor left"
        case .textRight: "Cursor right"
        case .textHome: "Cursor to the start"
        case .textEnd: "Cursor to the end"
        case .textWordLeft: "Cursor a word left"
        case .textWordRight: "Cursor a word right"
        case .textDeleteBackward: "Delete the character before the cursor"
        case .textDeleteForward: "Delete the character under the cursor"
        case .textDeleteWordBackward: "Delete the word before the cursor"
        case .textDeleteToStart: "Delete to the start"
        case .textDeleteToEnd: "Delete to the end"
        }
    }

    /// Commands the status line shows as one hint when their bindings sit side by side:
    /// `c M m o i Log` instead of five.
    public var hintGroup: String? {
        switch self {
        case .logConformity, .logMajor, .logMinor, .logObservation, .logImprovement: "Log"
        case .nextItem, .previousItem: "Item"
        case .markNotAudited, .markDone: "Mark"
        default: nil
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
        case .filterCell: "Cell"
        case .toggleRiskView: "View"
        case .addRisk: "New"
        case .editRisk: "Edit"
        case .deleteRisk: "Delete"
        case .editMatrix: "Matrix"
        case .sortNext: "Sort"
        case .nextField: "Field"
        case .toggleChoice: "Pick"
        case .yes: "Yes"
        case .no: "No"
        case .openSession: "Session"
        case .newAudit: "New"
        case .editAudit: "Edit"
        case .followUpAudit: "Follow-up"
        case .closeAudit: "Close"
        case .writeReport: "Report"
        case .moveItemUp: "Up"
        case .moveItemDown: "Down"
        case .addItem: "Add"
        case .removeItem: "Remove"
        case .nextItem: "Next"
        case .previousItem: "Prev"
        case .jumpToItem: "Go"
        case .markNotAudited: "Skip"
        case .markDone: "Done"
        case .drawSample: "Sample"
        case .logConformity: "Conf"
        case .logMajor: "Major"
        case .logMinor: "Minor"
        case .logObservation: "Obs"
        case .logImprovement: "OFI"
        case .editFinding: "Edit"
        case .withdrawFinding: "Withdraw"
        case .newLine: "Newline"
        case .dropSample: "No sample"
        case .raiseAction: "Action"
        case .showHistory: "History"
        case .addAction: "New"
        case .editAction: "Edit"
        case .advanceAction: "Advance"
        case .verifyAction: "Verify"
        case .keepMine: "Keep mine"
        case .takeTheirs: "Take theirs"
        case .backToEditor: "Back"
        case .takeOverJournal: "Take over"
        default: title
        }
    }
}
