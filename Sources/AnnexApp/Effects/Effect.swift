import AnnexDomain

/// Work the reducer asks for and the runtime performs (files, exiting). The runtime reports
/// the outcome back as an action, so the state only says "saved" once the disk has it.
public enum Effect: Sendable, Equatable {
    /// Save the entry; `describe` is what the status line says once it is on disk.
    /// `previous` is restored in memory if the save fails.
    case saveSoAEntry(SoAEntry, previous: SoAEntry, describe: String)
    case quit
}

public enum AppAction: Sendable, Equatable {
    case key(KeyPress)
    case command(Command)
    case saved(String)
    case saveFailed(String, restore: SoAEntry)
}
