/// Where the keyboard is: decides which bindings apply.
public enum KeyContext: String, Sendable, CaseIterable {
    case global, dashboard, catalog, detail, heatMap, register, help, palette, filter, form, riskForm, picker, confirm, matrixForm
    case auditList, auditPlan, session, sessionItem, sessionFindings, findingEditor, auditForm, sampleForm, prompt, history
    case actionList, actionDetail, actionForm, verifyForm, conflict
    /// The editing keys of every text field, under the keys of the form or popup it is in.
    case textField
}

public struct Binding: Sendable, Equatable {
    public var keys: [String]
    public var command: Command
    /// Shown in the status line when the context is active.
    public var hint: Bool

    public init(_ keys: [String], _ command: Command, hint: Bool = false) {
        self.keys = keys
        self.command = command
        self.hint = hint
    }
}

/// Keys as data: context -> bindings. Resolution order is the popup's context (which captures
/// everything), else the global bindings, then the focused pane's.
public struct Keymap: Sendable {
    public var bindings: [KeyContext: [Binding]]

    public init(bindings: [KeyContext: [Binding]]) {
        self.bindings = bindings
    }

    public func command(for key: String, in context: KeyContext) -> Command? {
        bindings[context]?.first { $0.keys.contains(key) }?.command
    }

    public func keys(for command: Command, in context: KeyContext) -> [String] {
        bindings[context]?.first { $0.command == command }?.keys ?? []
    }

    public func hints(for context: KeyContext) -> [(key: String, command: Command)] {
        (bindings[context] ?? []).filter(\.hint).map { ($0.keys[0], $0.command) }
    }

    /// Logging a finding from any pane of the live session that is not the checklist (where they
    /// are hinted).
    static let findingLogs = [
        Binding(["c"], .logConformity),
        Binding(["M"], .logMajor),
        Binding(["m"], .logMinor),
        Binding(["o"], .logObservation),
        Binding(["i"], .logImprovement),
    ]

    /// Moving through a list: the same keys in every list pane.
    static let listMoves = [
        Binding(["j", "down", "wheeldown"], .moveDown),
        Binding(["k", "up", "wheelup"], .moveUp),
        Binding(["pagedown", "ctrl+d"], .pageDown),
        Binding(["pageup", "ctrl+u"], .pageUp),
        Binding(["g", "home"], .moveTop),
        Binding(["G", "end"], .moveBottom),
    ]

    public static let standard = Keymap(bindings: [
        .textField: [
            Binding(["left", "ctrl+b"], .textLeft),
            Binding(["right", "ctrl+f"], .textRight),
            Binding(["home", "ctrl+a"], .textHome),
            Binding(["end", "ctrl+e"], .textEnd),
            Binding(["ctrl+left", "alt+b"], .textWordLeft),
            Binding(["ctrl+right", "alt+f"], .textWordRight),
            Binding(["backspace", "ctrl+h"], .textDeleteBackward),
            Binding(["delete", "ctrl+d"], .textDeleteForward),
            Binding(["ctrl+w", "alt+backspace"], .textDeleteWordBackward),
            Binding(["ctrl+u"], .textDeleteToStart),
            Binding(["ctrl+k"], .textDeleteToEnd),
        ],
        .global: [
            Binding(["q"], .quit, hint: true),
            Binding(["ctrl+c"], .quitNow),
            Binding(["1"], .showDashboard),
            Binding(["2"], .showControls),
            Binding(["3"], .showRisks),
            Binding(["4"], .showAudits),
            Binding(["5"], .showActions),
            Binding(["?", "f1"], .help, hint: true),
            Binding([":"], .palette, hint: true),
            Binding(["T"], .nextTheme),
            Binding(["tab"], .focusNext),
            Binding(["shift+tab"], .focusPrevious),
        ],
        .dashboard: [
            Binding(["enter"], .showControls, hint: true),
        ],
        .catalog: listMoves + [
            Binding(["l", "right"], .expand),
            Binding(["h", "left"], .collapse),
            Binding(["enter", "space"], .toggleGroup),
            Binding(["E"], .expandAll),
            Binding(["C"], .collapseAll),
            Binding(["/"], .filter, hint: true),
            Binding(["s"], .cycleStatus, hint: true),
            Binding(["a"], .toggleApplicable, hint: true),
            Binding(["o"], .editOwner),
            Binding(["J"], .editJustification, hint: true),
            Binding(["e"], .editEvidence),
            Binding(["n"], .editNotes),
            Binding(["r"], .markReviewed),
            Binding(["u"], .undo, hint: true),
            Binding(["F"], .filterStatus),
            Binding(["A"], .filterApplicable),
            Binding(["O"], .filterOwner),
            Binding(["H"], .filterTheme),
            Binding(["x"], .clearFilters),
            Binding(["escape"], .back),
        ],
        .detail: [
            Binding(["j", "down", "wheeldown"], .moveDown),
            Binding(["k", "up", "wheelup"], .moveUp),
            Binding(["pagedown", "ctrl+d"], .pageDown),
            Binding(["pageup", "ctrl+u"], .pageUp),
            Binding(["s"], .cycleStatus, hint: true),
            Binding(["a"], .toggleApplicable, hint: true),
            Binding(["o"], .editOwner, hint: true),
            Binding(["J"], .editJustification, hint: true),
            Binding(["e"], .editEvidence, hint: true),
            Binding(["n"], .editNotes, hint: true),
            Binding(["r"], .markReviewed),
            Binding(["u"], .undo, hint: true),
            Binding(["escape"], .back),
        ],
        .heatMap: [
            Binding(["k", "up"], .cellUp),
            Binding(["j", "down"], .cellDown),
            Binding(["h", "left"], .cellLeft),
            Binding(["l", "right"], .cellRight),
            Binding(["enter", "space"], .filterCell, hint: true),
            Binding(["v"], .toggleRiskView, hint: true),
            Binding(["a"], .addRisk, hint: true),
            Binding(["e"], .editRisk),
            Binding(["M"], .editMatrix, hint: true),
            Binding(["/"], .filter),
            Binding(["x"], .clearFilters),
            Binding(["u"], .undo, hint: true),
            Binding(["escape"], .back),
        ],
        .register: listMoves + [
            Binding(["e", "enter"], .editRisk, hint: true),
            Binding(["a"], .addRisk, hint: true),
            Binding(["d", "delete"], .deleteRisk, hint: true),
            Binding(["/"], .filter, hint: true),
            Binding([">"], .sortNext, hint: true),
            Binding(["<"], .sortPrevious),
            Binding(["r"], .reverseSort),
            Binding(["v"], .toggleRiskView),
            Binding(["O"], .filterOwner),
            Binding(["L"], .filterLevel),
            Binding(["t"], .filterTreatment),
            Binding(["S"], .filterRiskStatus),
            Binding(["!"], .filterOverdue),
            Binding(["x"], .clearFilters),
            Binding(["M"], .editMatrix),
            Binding(["u"], .undo, hint: true),
            Binding(["escape"], .back),
        ],
        .auditList: [
            Binding(["j", "down", "wheeldown"], .moveDown),
            Binding(["k", "up", "wheelup"], .moveUp),
            Binding(["enter"], .openSession, hint: true),
            Binding(["a"], .newAudit, hint: true),
            Binding(["e"], .editAudit, hint: true),
            Binding(["f"], .followUpAudit, hint: true),
            Binding(["R"], .writeReport, hint: true),
            Binding(["u"], .undo),
            Binding(["escape"], .back),
        ],
        .auditPlan: listMoves + [
            Binding(["K", "shift+up"], .moveItemUp, hint: true),
            Binding(["J", "shift+down"], .moveItemDown, hint: true),
            Binding(["a", "insert"], .addItem, hint: true),
            Binding(["d", "delete"], .removeItem, hint: true),
            Binding(["e"], .editAudit),
            Binding(["enter"], .openSession, hint: true),
            Binding(["u"], .undo, hint: true),
            Binding(["escape"], .back),
        ],
        .session: [
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
        ],
        .sessionItem: [
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
        ] + findingLogs,
        .sessionFindings: [
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
        ] + findingLogs,
        .findingEditor: [
            Binding(["enter"], .confirm, hint: true),
            Binding(["escape"], .cancel, hint: true),
            Binding(["tab"], .nextField, hint: true),
            Binding(["shift+tab"], .previousField),
            Binding(["ctrl+o"], .newLine, hint: true),
            Binding(["ctrl+x"], .dropSample),
        ],
        .auditForm: [
            Binding(["enter", "ctrl+s"], .confirm, hint: true),
            Binding(["escape"], .cancel, hint: true),
            Binding(["tab", "down"], .nextField, hint: true),
            Binding(["shift+tab", "up"], .previousField),
        ],
        .sampleForm: [
            Binding(["enter"], .confirm, hint: true),
            Binding(["escape"], .cancel, hint: true),
            Binding(["tab"], .nextField, hint: true),
            Binding(["shift+tab"], .previousField),
            Binding(["ctrl+o"], .newLine),
        ],
        .history: [
            Binding(["escape", "q", "h", "enter"], .cancel, hint: true),
            Binding(["j", "down", "wheeldown"], .moveDown),
            Binding(["k", "up", "wheelup"], .moveUp),
        ],
        .prompt: [
            Binding(["enter"], .confirm, hint: true),
            Binding(["escape"], .cancel, hint: true),
        ],
        .help: [
            Binding(["escape", "q", "?", "enter"], .cancel, hint: true),
            Binding(["j", "down", "wheeldown"], .moveDown),
            Binding(["k", "up", "wheelup"], .moveUp),
        ],
        .palette: [
            Binding(["enter"], .confirm, hint: true),
            Binding(["escape"], .cancel, hint: true),
            Binding(["down", "ctrl+n"], .moveDown),
            Binding(["up", "ctrl+p"], .moveUp),
        ],
        .filter: [
            Binding(["enter"], .confirm, hint: true),
            Binding(["escape"], .cancel, hint: true),
        ],
        .form: [
            Binding(["enter"], .confirm, hint: true),
            Binding(["escape"], .cancel, hint: true),
        ],
        .riskForm: [
            Binding(["enter", "ctrl+s"], .confirm, hint: true),
            Binding(["escape"], .cancel, hint: true),
            Binding(["tab", "down"], .nextField, hint: true),
            Binding(["shift+tab", "up"], .previousField),
        ],
        .picker: [
            Binding(["enter"], .confirm, hint: true),
            Binding(["escape"], .cancel, hint: true),
            Binding(["down", "ctrl+n"], .moveDown),
            Binding(["up", "ctrl+p"], .moveUp),
            Binding(["tab"], .toggleChoice, hint: true),
        ],
        .confirm: [
            Binding(["y"], .yes, hint: true),
            Binding(["n", "escape"], .no, hint: true),
        ],
        .conflict: [
            Binding(["m"], .keepMine, hint: true),
            Binding(["t"], .takeTheirs, hint: true),
            Binding(["escape", "e"], .backToEditor, hint: true),
        ],
        .matrixForm: [
            Binding(["enter", "ctrl+s"], .confirm, hint: true),
            Binding(["escape"], .cancel, hint: true),
            Binding(["tab", "down"], .nextField, hint: true),
            Binding(["shift+tab", "up"], .previousField),
        ],
        .actionList: listMoves + actionChanges + [
            Binding(["a"], .addAction),
            Binding(["/"], .filter),
            Binding(["o"], .toggleOpenActions),
            Binding(["!"], .filterActionOverdue),
            Binding(["O"], .filterOwner),
            Binding(["A"], .filterAudit),
            Binding(["x"], .clearFilters),
            Binding(["escape"], .back),
        ],
        .actionDetail: [
            Binding(["j", "down", "wheeldown"], .moveDown),
            Binding(["k", "up", "wheelup"], .moveUp),
            Binding(["pagedown", "ctrl+d"], .pageDown),
            Binding(["pageup", "ctrl+u"], .pageUp),
        ] + actionChanges + [
            Binding(["escape"], .back),
        ],
        .actionForm: [
            Binding(["enter", "ctrl+s"], .confirm, hint: true),
            Binding(["escape"], .cancel, hint: true),
            Binding(["tab", "down"], .nextField, hint: true),
            Binding(["shift+tab", "up"], .previousField),
        ],
        .verifyForm: [
            Binding(["enter", "ctrl+s"], .confirm, hint: true),
            Binding(["escape"], .cancel, hint: true),
            Binding(["tab", "down"], .nextField, hint: true),
            Binding(["shift+tab", "up"], .previousField),
        ],
    ])

    /// What changes the selected corrective action, from the list and from its detail alike.
    static let actionChanges = [
        Binding(["s"], .advanceAction, hint: true),
        Binding(["v"], .verifyAction, hint: true),
        Binding(["e", "enter"], .editAction, hint: true),
        Binding(["u"], .undo, hint: true),
    ]
}
