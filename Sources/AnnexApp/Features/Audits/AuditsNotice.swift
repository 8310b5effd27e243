import AnnexDomain

/// Everything the Audits screen and the live session say on the status line and in questions.
public enum AuditsNotice: NoticeWording {
    // Audits list and plan
    case noAudit
    case writingReport
    case reportWritten([String])
    case itemMoved(String, item: String, place: Int)
    case itemHasFindings(String)
    case itemRemoved(String, item: String)
    case itemAdded(String, item: String)
    case checklistClosed(String)
    case planned(String, items: Int)
    case planSaved(String)
    case planDiscarded
    case closed(String)
    case staysOpen(String)
    case closedElsewhere(String)

    // Session
    case emptyChecklist(String)
    case closedReadOnly(String)
    case readOnlyFindings(String)
    case closedNothingChanges(String)
    case inProgress(String, auditor: String)
    case sessionStarted(String)
    case notAnAuditor(String, audit: String)
    case journalHeldElsewhere(JournalHolder, auditor: String, audit: String)
    case takenOver(auditor: String, audit: String)
    case alreadyWriting(String)
    case sessionLeft
    case stillInSession
    case quitSession(String)
    case notInSession(Command)
    case jumped(String, title: String, other: String?)
    case marked(String, ChecklistItemState)

    // Findings
    case noFindingHere
    case noFindingOn(String)
    case noFindingToWithdraw(String)
    case noSampleToRedraw
    case notYourFinding(String, auditor: String)
    case noChangeTo(String)
    case findingSaved(FindingClass, id: String, item: String)
    case findingEdited(String)
    case withdrawn(String)
    case noteDiscarded
    case editCancelled(String)
    /// A nonconformity was logged: say so, and offer its corrective action.
    case raiseOffered(Notice)
    case noNonconformity(String)
    case alreadyAnswered(action: String, finding: String)
    case restored(item: String)

    // Samples
    case readingPopulation(String)
    case noSample
    case redrawnSame(size: Int, finding: String, seed: UInt64)
    case redrawnDiffers(finding: String, items: [String], population: Int, recorded: Int)
    case sampleDrawn(size: Int, population: Int, wholePopulation: Bool, seed: UInt64, items: [String])

    public var words: MessageText {
        switch self {
        case .noAudit: "No audit yet; \(key: .newAudit) plans one from the SoA"
        case .writingReport: "Writing the report…"
        case .reportWritten(let paths): "Report written: \(paths.joined(separator: " and "))"
        case .itemMoved(let audit, let item, let place): "\(audit): \(item) moved to place \(place)"
        case .itemHasFindings(let item): "\(item) has findings: they stay in the journal but leave the checklist (\(key: .undo) undoes it)"
        case .itemRemoved(let audit, let item): "\(audit): \(item) removed from the checklist (\(key: .undo) undoes it)"
        case .itemAdded(let audit, let item): "\(audit): \(item) added to the checklist"
        case .checklistClosed(let audit): "\(audit) is closed: its checklist is part of the record (\(key: .editAudit) reopens it by status)"
        case .planned(let audit, let items): "\(audit) planned: \(items) checklist items"
        case .planSaved(let audit): "\(audit) saved"
        case .planDiscarded: "Audit plan discarded"
        case .closed(let audit): "\(audit) closed"
        case .staysOpen(let audit): "\(audit) stays open"
        case .closedElsewhere(let audit): "\(audit) was closed in another session: nothing more can be logged here"
        case .emptyChecklist(let audit): "\(audit) has an empty checklist: add items first (\(key: .focusNext), then \(key: .addItem))"
        case .closedReadOnly(let audit): "\(audit) is closed: its findings can be read, not changed"
        case .readOnlyFindings(let audit): "Read-only: the findings of \(audit) can be read, not changed"
        case .closedNothingChanges(let audit): "\(audit) is closed: nothing can be logged or changed"
        case .inProgress(let audit, let auditor): "\(audit) in progress; session started as \(auditor)"
        case .sessionStarted(let auditor): "Session started as \(auditor)"
        case .notAnAuditor(let auditor, let audit): "Session started as \(auditor), who is not among the auditors of \(audit); \(key: .editAudit) on the plan adds them"
        case .journalHeldElsewhere(let holder, let auditor, let audit):
            "Read-only: \(auditor)'s journal of \(audit) is open in another Annex (\(holder.description)); \(key: .takeOverJournal) takes over once it has ended"
        case .takenOver(let auditor, let audit): "Taken over: this session now writes \(auditor)'s journal of \(audit)"
        case .alreadyWriting(let auditor): "This session already writes \(auditor)'s journal"
        case .sessionLeft: "Session left; \(key: .openSession) reopens it"
        case .stillInSession: "Still in the session"
        case .quitSession(let audit): "Quit Annex and leave the session on \(audit)? Every finding is saved; the time on the current item is recorded."
        case .notInSession(let command): "\(command.title) is not available in the session"
        case .jumped(let target, let title, let other): other.map { "\(target) \(title); for \($0) type it in full" } ?? "\(target) \(title)"
        case .marked(let item, let state):
            switch state {
            case .notAudited: "\(item) marked not audited"
            case .done: "\(item) marked audited"
            case .open: "\(item) back to go"
            }
        case .noFindingHere:
            "No finding on this item yet: \(key: .logConformity), \(key: .logMajor), \(key: .logMinor), \(key: .logObservation) or \(key: .logImprovement) logs one"
        case .noFindingOn(let item): "No finding on \(item)"
        case .noFindingToWithdraw(let item): "No finding on \(item) to withdraw"
        case .noSampleToRedraw: "The selected finding has no sample to redraw"
        case .notYourFinding(let id, let auditor): "\(id) is \(auditor)'s finding: only they can edit it, in their journal"
        case .noChangeTo(let id): "No change to \(id)"
        case .findingSaved(let classification, let id, let item): "\(classification.title) \(id) saved on \(item)"
        case .findingEdited(let id): "\(id) edited; its history keeps the earlier version"
        case .withdrawn(let id): "\(id) withdrawn; its history is kept"
        case .noteDiscarded: "Note discarded; nothing logged"
        case .editCancelled(let id): "Edit cancelled; \(id) unchanged"
        case .raiseOffered(let saved): MessageText(saved.words, then: "\(key: .raiseAction) raises its corrective action")
        case .noNonconformity(let item): "No nonconformity on \(item) to raise a corrective action for"
        case .alreadyAnswered(let action, let finding): "\(action) already answers \(finding); the Actions screen (\(key: .showActions)) has it"
        case .restored(let item): "Restored the note you were writing on \(item) when the last session ended"
        case .readingPopulation(let path): "Reading \(path)…"
        case .noSample: "No sample drawn"
        case .redrawnSame(let size, let finding, let seed): "Redrawn: the same \(size) items as \(finding) (seed \(seed))"
        case .redrawnDiffers(let finding, let items, let population, let recorded):
            "Redrawn, and it differs from \(finding): \(items.prefix(4).joined(separator: ", ")) (population \(population), recorded \(recorded))"
        case .sampleDrawn(let size, let population, let whole, let seed, let items):
            "Sample \(size) of \(population)\(whole ? " (the whole population)" : ""), seed \(seed): \(items.prefix(4).joined(separator: ", "))\(items.count > 4 ? ", …" : ""); the next finding here records it"
        }
    }
}

/// Why an audit form, prompt or note refuses to go on, said beside its field.
public enum AuditsFormProblem: NoticeWording {
    case planNeedsTitle
    case noAuditor
    case badAuditorID(String)
    case badDate(label: String, value: String)
    case endsBeforeStart(end: Day, start: Day)
    case emptyNote
    case notSavedRetry(String)
    case withdrawNeedsReason
    case notOnChecklist(String, title: String)
    case notInCatalog(String)
    case sampleSize
    case sampleSeed
    case noPopulation
    case pasteCut
    /// The store could not read the population file; its own words.
    case population(String)

    public var words: MessageText {
        switch self {
        case .planNeedsTitle: "An audit needs a title"
        case .noAuditor: "Name at least one auditor (a person id)"
        case .badAuditorID(let id): "'\(id)' cannot be an auditor id: use letters, digits, - and _"
        case .badDate(let label, let value): "\(label) must be a date like 2026-03-01, not '\(value)'"
        case .endsBeforeStart(let end, let start): "The audit cannot end (\(end)) before it starts (\(start))"
        case .emptyNote: "Write what was found before saving (\(key: .cancel) discards the note)"
        case .notSavedRetry(let reason): "Not saved: \(reason). \(key: .confirm) tries again."
        case .withdrawNeedsReason: "Say why: the reason stays in the finding's history"
        case .notOnChecklist(let id, let title): "\(id) \(title) is not on this checklist"
        case .notInCatalog(let typed): "no item '\(typed)' in the catalog"
        case .sampleSize: "The sample size must be a whole number above 0"
        case .sampleSeed: "The seed must be a whole number (0 to 18446744073709551615)"
        case .noPopulation: "Paste the population (one entry per line) or give @path of a list in the workspace"
        case .pasteCut: "The pasted list was cut at 200,000 characters: keep a longer list in a file of the workspace and give @path"
        case .population(let reason): MessageText(reason)
        }
    }
}
