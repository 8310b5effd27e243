/// Presenter mode's one check: in a read-only session a command that would change the workspace
/// says so on the status line instead of acting. Every command is classified here, changing or
/// not (a test holds every command of the keymap to one of the two lists), so a new editing key
/// cannot slip through by being forgotten; the effect runner refuses every write as well.
enum ReadOnlyGate {
    /// Whether `command` is refused; when it is, the status line says why.
    static func refuses(_ command: Command, _ state: inout AppState) -> Bool {
        guard state.readOnly, Command.changingWorkspace.contains(command) else { return false }
        state.status = StatusMessage(.warning, ShellNotice.readOnly(command))
        return true
    }
}

extension Command {
    /// Commands that write to the workspace, or open a form, note or prompt whose end is a write.
    public static let changingWorkspace: Set<Command> = [
        .undo, .keepMine,
        // Controls
        .cycleStatus, .toggleApplicable, .editOwner, .editJustification, .editEvidence, .editNotes, .editReasons, .markReviewed, .editSoADocument, .importSpreadsheet,
        // Risks
        .addRisk, .editRisk, .deleteRisk, .editMatrix,
        // Audits and the live session
        .newAudit, .editAudit, .followUpAudit, .closeAudit, .writeReport, .moveItemUp, .moveItemDown, .addItem,
        .removeItem, .markNotAudited, .markDone, .drawSample, .logConformity, .logMajor, .logMinor, .logObservation,
        .logImprovement, .editFinding, .withdrawFinding, .newLine, .dropSample, .raiseAction, .takeOverJournal,
        // Actions
        .addAction, .editAction, .advanceAction, .verifyAction,
        // Evidence
        .addEvidence, .editEvidenceRecord, .deleteEvidenceRecord,
    ]

    /// Commands that only look: moving, filtering, switching screens, themes, help. A read-only
    /// live session opens as a reader of the journals (no claim, no time recorded).
    public static let onlyReading: Set<Command> = {
        var reading: Set<Command> = [
            .quit, .quitNow, .help, .palette, .filter, .back, .nextTheme, .focusNext, .focusPrevious,
            .moveDown, .moveUp, .pageDown, .pageUp, .moveTop, .moveBottom, .filterOwner, .clearFilters,
            .confirm, .cancel, .nextField, .previousField, .toggleChoice, .yes, .no, .takeTheirs, .backToEditor,
            .textLeft, .textRight, .textHome, .textEnd, .textWordLeft, .textWordRight, .choiceNext, .choicePrevious, .textDeleteBackward,
            .textDeleteForward, .textDeleteWordBackward, .textDeleteToStart, .textDeleteToEnd,
            .expand, .collapse, .toggleGroup, .expandAll, .collapseAll, .filterStatus, .filterApplicable, .filterTheme, .nextFramework,
            .cellUp, .cellDown, .cellLeft, .cellRight, .filterCell, .toggleRiskView, .sortNext, .sortPrevious,
            .reverseSort, .filterLevel, .filterTreatment, .filterRiskStatus, .filterOverdue,
            .openSession, .nextItem, .previousItem, .jumpToItem, .showHistory,
            .toggleOpenActions, .filterActionOverdue, .filterAudit,
        ]
        reading.formUnion(ScreenFeatures.all.map(\.show))
        return reading
    }()
}
