import AnnexDomain
import Foundation

/// Work the reducer asks for and the runtime performs (files, exiting). The runtime reports
/// the outcome back as an action, so the state only says "saved" once the disk has it.
public enum Effect: Sendable, Equatable {
    /// Save the entry; `describe` is what the status line says once it is on disk.
    /// `previous` is restored in memory if the save fails.
    case saveSoAEntry(SoAEntry, previous: SoAEntry, describe: String)
    /// Save a risk; `previous` is nil for a new one.
    case saveRisk(Risk, previous: Risk?, describe: String)
    case deleteRisk(Risk, describe: String)
    /// Save `annex.yaml` with a new matrix and the risks whose ratings were carried over.
    case saveMatrix(WorkspaceConfig, previous: WorkspaceConfig, risks: [Risk], previousRisks: [Risk], describe: String)
    /// Save an audit plan; `previous` is nil for a new audit.
    case saveAudit(Audit, previous: Audit?, describe: String)
    /// Remove a plan that has no findings yet (undoing its creation).
    case deleteAudit(Audit, describe: String)
    /// Append to the auditor's journal, durably; the screen shows the event once it is on disk.
    /// `describe` nil: a quiet event (time spent) that reports only a failure.
    case appendEvent(AuditEvent, audit: String, describe: String?, draft: FindingDraft?)
    /// Keep the note being typed on disk, keystroke by keystroke.
    case saveDraft(FindingDraft)
    case deleteDraft(audit: String, auditor: String)
    /// Look for a note left by an earlier session of this auditor.
    case loadDraft(audit: String, auditor: String)
    /// Read a sample population from a file in the workspace.
    case loadPopulation(path: String, form: SampleForm)
    /// Write the audit report next to the audit: `audits/<id>/report.md` and `.html`.
    case writeReport(audit: String, workspace: Workspace, today: Day)
    case quit
    /// Save a corrective action; `previous` is nil for a new one, whose undo deletes the file.
    case saveAction(CorrectiveAction, previous: CorrectiveAction?, describe: String)
    case deleteAction(CorrectiveAction, describe: String)
}

/// A record as it was, to put back: for undo, and when a save fails.
public enum Snapshot: Sendable, Equatable {
    case soa(SoAEntry)
    /// nil: the risk did not exist.
    case risk(id: String, Risk?)
    case matrix(WorkspaceConfig, risks: [Risk])
    /// nil: the audit did not exist.
    case audit(id: String, Audit?)
    /// nil: the action did not exist.
    case action(id: String, CorrectiveAction?)
}

public enum AppAction: Sendable, Equatable {
    case key(KeyPress)
    case command(Command)
    case saved(String)
    case saveFailed(String, restore: Snapshot)
    /// The clock, before every key and once a second during a session.
    case tick(Date)
    /// A journal event is on disk: now the screen may show it.
    case eventAppended(AuditEvent, audit: String, describe: String?)
    /// A journal append failed: the note comes back so nothing typed is lost.
    case eventFailed(String, draft: FindingDraft?)
    case draftLoaded(FindingDraft?)
    case populationLoaded([String], source: String, form: SampleForm)
    case populationFailed(String, form: SampleForm)
    /// Something went wrong in the background that the user should know about.
    case warning(String)
}
