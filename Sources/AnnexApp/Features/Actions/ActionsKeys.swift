/// The keys of the actions screen and its popups, with the commands only it has.
enum ActionsKeys {
    static let commands: [Command] = [.showActions, .addAction, .editAction, .advanceAction, .verifyAction, .toggleOpenActions, .filterActionOverdue, .filterAudit]

    static let contexts: [(context: KeyContext, bindings: [Binding])] = [
        (.actionList, Keymap.listMoves + actionChanges + [
            Binding(["a"], .addAction),
            Binding(["/"], .filter),
            Binding(["o"], .toggleOpenActions),
            Binding(["!"], .filterActionOverdue),
            Binding(["O"], .filterOwner),
            Binding(["A"], .filterAudit),
            Binding(["x"], .clearFilters),
            Binding(["escape"], .back),
        ]),
        (.actionDetail, [
            Binding(["j", "down", "wheeldown"], .moveDown),
            Binding(["k", "up", "wheelup"], .moveUp),
            Binding(["pagedown", "ctrl+d"], .pageDown),
            Binding(["pageup", "ctrl+u"], .pageUp),
        ] + actionChanges + [
            Binding(["escape"], .back),
        ]),
        (.actionForm, Keymap.formKeys),
        (.verifyForm, Keymap.formKeys),
    ]

    /// What changes the selected corrective action, from the list and from its detail alike.
    static let actionChanges = [
        Binding(["s"], .advanceAction, hint: true),
        Binding(["v"], .verifyAction, hint: true),
        Binding(["e", "enter"], .editAction, hint: true),
        Binding(["u"], .undo, hint: true),
    ]
}

extension Command {
    public static let showActions = Command("showActions", "Corrective actions")
    public static let addAction = Command("addAction", "New action for a nonconformity", hint: "New")
    public static let editAction = Command("editAction", "Edit action", hint: "Edit")
    public static let advanceAction = Command("advanceAction", "Advance status: open, in progress, done", hint: "Advance")
    public static let verifyAction = Command("verifyAction", "Verify effectiveness", hint: "Verify")
    public static let toggleOpenActions = Command("toggleOpenActions", "Filter: open / all actions")
    public static let filterActionOverdue = Command("filterActionOverdue", "Filter: overdue actions")
    public static let filterAudit = Command("filterAudit", "Filter: next audit")
}

extension KeyContext {
    public static let actionList = KeyContext("actionList", "Actions: list")
    public static let actionDetail = KeyContext("actionDetail", "Actions: detail")
    public static let actionForm = KeyContext("actionForm", "Editing a corrective action")
    public static let verifyForm = KeyContext("verifyForm", "Verifying an action")
}
