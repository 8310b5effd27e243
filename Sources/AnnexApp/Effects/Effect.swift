import AnnexDomain

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
    /// nil: the action did not exist.
    case action(id: String, CorrectiveAction?)
}

public enum AppAction: Sendable, Equatable {
    case key(KeyPress)
    case command(Command)
    case saved(String)
    case saveFailed(String, restore: Snapshot)
}
