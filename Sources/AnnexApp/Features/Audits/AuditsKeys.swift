/// The keys of the audits screen and its popups, with the commands only it has.
enum AuditsKeys {
    static let commands: [Command] = [.showAudits, .openSession, .newAudit, .editAudit, .followUpAudit, .closeAudit, .writeReport, .moveItemUp, .moveItemDown, .addItem, .removeItem, .nextItem, .previousItem, .jumpToItem, .markNotAudited, .markDone, .drawSample, .logConformity, .logMajor, .logMinor, .logObservation, .logImprovement, .editFinding, .withdrawFinding, .newLine, .dropSample, .raiseAction, .showHistory, .takeOverJournal]

    static let contexts: [(context: KeyContext, bindings: [Binding])] = [
        (.auditList, [
            Binding(["j", "down", "wheeldown"], .moveDown),
            Binding(["k", "up", "wheelup"], .moveUp),
            Binding(["enter"], .openSession, hint: true),
            Binding(["a"], .newAudit, hint: true),
            Binding(["e"], .editAudit, hint: true),
            Binding(["f"], .followUpAudit, hint: true),
            Binding(["R"], .writeReport, hint: true),
            Binding(["u"], .undo),
            Binding(["escape"], .back),
        ]),
        (.auditPlan, Keymap.listMoves + [
            Binding(["K", "shift+up"], .moveItemUp, hint: true),
            Binding(["J", "shift+down"], .moveItemDown, hint: true),
            Binding(["a", "insert"], .addItem, hint: true),
            Binding(["d", "delete"], .removeItem, hint: true),
            Binding(["e"], .editAudit),
            Binding(["enter"], .openSession, hint: true),
            Binding(["u"], .undo, hint: true),
            Binding(["escape"], .back),
        ]),
        (.session, [
            Binding(["c"], .logConformity, hint: true),
            Binding(["M"], .logMajor, hint: true),
            Binding(["m"], .logMinor, hint: true),
            Binding(["o"], .logObservation, hint: true),
            Binding(["i"], .logImprovement, hint: true),
            Binding(["n", "j", "down"], .nextItem, hint: true),
            Binding(["p", "k", "up"], .previousItem, hint: true),
            Binding(["pagedown", "ctrl+d"], .pageDown),
            Binding(["pageup", "ctrl+u"], .pageUp),
            Binding(["s"], .markNotAudited, hint: true),
            Binding(["d"], .markDone, hint: true),
            Binding(["g"], .jumpToItem, hint: true),
            Binding(["S"], .drawSample, hint: true),
            Binding(["A"], .raiseAction, hint: true),
            Binding(["C"], .closeAudit, hint: true),
            Binding(["t"], .takeOverJournal),
            Binding(["escape"], .back),
        ]),
        (.sessionItem, [
            Binding(["j", "down", "wheeldown"], .moveDown, hint: true),
            Binding(["k", "up", "wheelup"], .moveUp, hint: true),
            Binding(["pagedown", "ctrl+d"], .pageDown),
            Binding(["pageup", "ctrl+u"], .pageUp),
            Binding(["n"], .nextItem, hint: true),
            Binding(["p"], .previousItem, hint: true),
            Binding(["s"], .markNotAudited),
            Binding(["d"], .markDone),
            Binding(["g"], .jumpToItem),
            Binding(["S"], .drawSample),
            Binding(["A"], .raiseAction),
            Binding(["C"], .closeAudit),
            Binding(["escape"], .back),
        ] + findingLogs),
        (.sessionFindings, [
            Binding(["j", "down", "wheeldown"], .moveDown),
            Binding(["k", "up", "wheelup"], .moveUp),
            Binding(["e", "enter"], .editFinding, hint: true),
            Binding(["w", "delete"], .withdrawFinding, hint: true),
            Binding(["A"], .raiseAction, hint: true),
            Binding(["h"], .showHistory, hint: true),
            Binding(["S"], .drawSample),
            Binding(["n"], .nextItem),
            Binding(["p"], .previousItem),
            Binding(["escape"], .back),
        ] + findingLogs),
        (.findingEditor, [
            Binding(["enter"], .confirm, hint: true),
            Binding(["escape"], .cancel, hint: true),
            Binding(["tab"], .nextField, hint: true),
            Binding(["shift+tab"], .previousField),
            Binding(["ctrl+o"], .newLine, hint: true),
            Binding(["ctrl+x"], .dropSample),
        ]),
        (.auditForm, Keymap.formKeys),
        (.sampleForm, [
            Binding(["enter"], .confirm, hint: true),
            Binding(["escape"], .cancel, hint: true),
            Binding(["tab"], .nextField, hint: true),
            Binding(["shift+tab"], .previousField),
            Binding(["ctrl+o"], .newLine),
        ]),
        (.history, [
            Binding(["escape", "q", "h", "enter"], .cancel, hint: true),
            Binding(["j", "down", "wheeldown"], .moveDown),
            Binding(["k", "up", "wheelup"], .moveUp),
        ]),
    ]

    /// Logging a finding from any pane of the live session that is not the checklist (where they
    /// are hinted).
    static let findingLogs = [
        Binding(["c"], .logConformity),
        Binding(["M"], .logMajor),
        Binding(["m"], .logMinor),
        Binding(["o"], .logObservation),
        Binding(["i"], .logImprovement),
    ]
}

extension Command {
    public static let showAudits = Command("showAudits", "Audits")
    public static let openSession = Command("openSession", "Open the live audit session", hint: "Session")
    public static let newAudit = Command("newAudit", "New audit plan from the SoA", hint: "New")
    public static let editAudit = Command("editAudit", "Edit the audit plan", hint: "Edit")
    public static let followUpAudit = Command("followUpAudit", "Follow-up audit of this one", hint: "Follow-up")
    public static let closeAudit = Command("closeAudit", "Close the audit (summary and report)", hint: "Close")
    public static let writeReport = Command("writeReport", "Write the audit report (md and html)", hint: "Report")
    public static let moveItemUp = Command("moveItemUp", "Move checklist item up", hint: "Up")
    public static let moveItemDown = Command("moveItemDown", "Move checklist item down", hint: "Down")
    public static let addItem = Command("addItem", "Add an item to the checklist", hint: "Add")
    public static let removeItem = Command("removeItem", "Remove the item from the checklist", hint: "Remove")
    public static let nextItem = Command("nextItem", "Next item", hint: "Next", group: "Item")
    public static let previousItem = Command("previousItem", "Previous item", hint: "Prev", group: "Item")
    public static let jumpToItem = Command("jumpToItem", "Go to an item by id", hint: "Go")
    public static let markNotAudited = Command("markNotAudited", "Mark item not audited (again: to go)", hint: "Skip", group: "Mark")
    public static let markDone = Command("markDone", "Mark item audited (again: to go)", hint: "Done", group: "Mark")
    public static let drawSample = Command("drawSample", "Draw a sample for this item", hint: "Sample")
    public static let logConformity = Command("logConformity", "Log a conformity", hint: "Conf", group: "Log")
    public static let logMajor = Command("logMajor", "Log a major nonconformity", hint: "Major", group: "Log")
    public static let logMinor = Command("logMinor", "Log a minor nonconformity", hint: "Minor", group: "Log")
    public static let logObservation = Command("logObservation", "Log an observation", hint: "Obs", group: "Log")
    public static let logImprovement = Command("logImprovement", "Log an opportunity for improvement", hint: "OFI", group: "Log")
    public static let editFinding = Command("editFinding", "Edit the finding", hint: "Edit")
    public static let withdrawFinding = Command("withdrawFinding", "Withdraw the finding", hint: "Withdraw")
    public static let newLine = Command("newLine", "New line in the note", hint: "Newline")
    public static let dropSample = Command("dropSample", "Drop the sample from the note", hint: "No sample")
    public static let raiseAction = Command("raiseAction", "Raise a corrective action for the nonconformity", hint: "Action")
    public static let showHistory = Command("showHistory", "History of the finding (every version)", hint: "History")
    public static let takeOverJournal = Command("takeOverJournal", "Take over the journal once the other session has ended", hint: "Take over")
}

extension KeyContext {
    public static let auditList = KeyContext("auditList", "Audits: list")
    public static let auditPlan = KeyContext("auditPlan", "Audits: plan and checklist")
    public static let session = KeyContext("session", "Live audit session")
    public static let sessionItem = KeyContext("sessionItem", "Live audit session: the item's text (Shift-Tab from the checklist)")
    public static let sessionFindings = KeyContext("sessionFindings", "Live audit session: findings of the item")
    public static let findingEditor = KeyContext("findingEditor", "Writing a finding")
    public static let auditForm = KeyContext("auditForm", "Editing an audit plan")
    public static let sampleForm = KeyContext("sampleForm", "Drawing a sample")
    public static let history = KeyContext("history", "History of a finding")
}
