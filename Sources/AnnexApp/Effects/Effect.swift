import AnnexDomain
import Foundation

/// Work the reducer asks for and the runtime performs (files, exiting). The runtime reports
/// the outcome back as an action, so the state only says "saved" once the disk has it.
public enum Effect: Sendable, Equatable {
    // Every save names `previous`: the version the edit was made from. The store merges the
    // edit with what the file holds now against it (three-way) and reports a conflict where both
    // changed one field; `previous` is also what memory goes back to if the save fails.

    /// Save the entry; `describe` is what the status line says once it is on disk.
    case saveSoAEntry(SoAEntry, previous: SoAEntry?, describe: Notice)
    /// Save a risk; `previous` is nil for a new one.
    case saveRisk(Risk, previous: Risk?, describe: Notice)
    case deleteRisk(Risk, describe: Notice)
    /// Save `annex.yaml` with a new matrix and the risks whose ratings were carried over.
    case saveMatrix(WorkspaceConfig, previous: WorkspaceConfig, risks: [Risk], previousRisks: [Risk], describe: Notice)
    /// Save `annex.yaml` (the SoA document's version and approval), merged with the file.
    case saveConfig(WorkspaceConfig, previous: WorkspaceConfig, describe: Notice)
    /// Save an audit plan; `previous` is nil for a new audit.
    /// `then` runs only once the plan is on disk (closing an audit writes its report after).
    case saveAudit(Audit, previous: Audit?, describe: Notice, then: [Effect] = [])
    /// Remove a plan that has no findings yet (undoing its creation).
    case deleteAudit(Audit, describe: Notice)
    /// Append to the auditor's journal, durably; the screen shows the event once it is on disk.
    /// `describe` nil: a quiet event (time spent) that reports only a failure.
    case appendEvent(AuditEvent, audit: String, describe: Notice?, draft: FindingDraft?)
    /// Keep the note being typed on disk, keystroke by keystroke.
    case saveDraft(FindingDraft)
    case deleteDraft(audit: String, auditor: String)
    /// Become the one process that writes this auditor's journal of the audit (until released).
    case claimJournal(audit: String, auditor: String)
    case releaseJournal(audit: String, auditor: String)
    /// Look for a note left by an earlier session of this auditor.
    case loadDraft(audit: String, auditor: String)
    /// Read a sample population from a file in the workspace.
    case loadPopulation(path: String, form: SampleForm)
    /// Write the audit report next to the audit: `audits/<id>/report.md` and `.html`, from the
    /// workspace as it is on disk then (every auditor's journal), like `annex export audit`.
    case writeReport(audit: String, today: Day)
    case quit
    /// Save a corrective action; `previous` is nil for a new one, whose undo deletes the file.
    case saveAction(CorrectiveAction, previous: CorrectiveAction?, describe: Notice)
    case deleteAction(CorrectiveAction, describe: Notice)
    /// Save an evidence record; `previous` is nil for a new one, whose undo deletes the file.
    case saveEvidence(EvidenceRecord, previous: EvidenceRecord?, describe: Notice)
    case deleteEvidence(EvidenceRecord, describe: Notice)
    /// Read a spreadsheet and work out what importing it would change; writes nothing.
    case planImport(ImportPreview.Kind, path: String)
    /// Write a previewed import as one change.
    case applyImport(ImportPreview, describe: Notice)
    /// Several saves that are one step (undoing an import), reported together.
    case saveGroup([Effect], describe: Notice)
}

/// A record as it was, to put back: for undo, and when a save fails.
public enum Snapshot: Sendable, Equatable {
    case soa(SoAEntry)
    /// nil: the risk did not exist.
    case risk(id: String, Risk?)
    case matrix(WorkspaceConfig, risks: [Risk])
    /// `annex.yaml` alone.
    case config(WorkspaceConfig)
    /// Several records changed as one step (an import).
    indirect case group([Snapshot])
    /// nil: the audit did not exist.
    case audit(id: String, Audit?)
    /// nil: the action did not exist.
    case action(id: String, CorrectiveAction?)
    /// nil: the evidence record did not exist.
    case evidence(id: String, EvidenceRecord?)
}

public enum AppAction: Sendable, Equatable {
    case key(KeyPress)
    case command(Command)
    case saved(Notice)
    /// A record is on disk as given (the user's edit merged with others' changes to other fields).
    case recordSaved(Snapshot, describe: Notice)
    /// Nothing was saved: the file changed in a field the edit changed too.
    case saveConflict(SaveConflict)
    /// Others changed the workspace on disk: records to take in, events to add, files gone bad.
    case workspaceChanged(WorkspaceChanges)
    case saveFailed(String, restore: Snapshot)
    /// The clock, before every key and once a second during a session.
    case tick(Date)
    /// A frame was drawn: where its panes and rows are.
    case framed(FrameLayout)
    /// A journal event is on disk: now the screen may show it.
    case eventAppended(AuditEvent, audit: String, describe: Notice?)
    /// A journal append failed: the note comes back so nothing typed is lost.
    case eventFailed(String, draft: FindingDraft?)
    case draftLoaded(FindingDraft?)
    /// The journal is this session's to write (`heldBy` nil), or another process has it.
    case journalClaimed(audit: String, auditor: String, heldBy: JournalHolder?)
    case populationLoaded([String], source: String, form: SampleForm)
    case populationFailed(String, form: SampleForm)
    /// Something went wrong in the background that the user should know about.
    case warning(String)
    /// Keys typed while a save closed the editor, before its result showed, were not run.
    case typeAheadDropped(Int)
    /// The first frame is on screen: the lists every screen derives (the register of 10,000
    /// risks sorted and made searchable) are built now, so no first visit waits for them.
    case warmUp
    /// What importing a spreadsheet would change (or why it cannot be imported).
    case importPlanned(ImportPreview)
}
