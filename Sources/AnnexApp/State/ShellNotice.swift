import AnnexDomain

/// What the shell says, whatever the screen: saving, undo, conflicts, disk changes, keys.
public enum ShellNotice: NoticeWording {
    case saving
    case deleting
    case noChange
    case editCancelled
    case nothingToUndo
    case nothingDeleted
    /// A save that failed; the reason is the store's (`path:line: what is wrong`).
    case notSaved(reason: String)
    /// Something the runtime or a file reported, in its own words.
    case problem(String)
    case unreadableFiles(count: Int)
    case theme(String)
    case keyDoesNothing(String)
    case notAvailableHere(Command)
    /// A presenter session refuses every command that would change the workspace.
    case readOnly(Command)
    /// A notice, followed by how many keys typed ahead of it were not run.
    case typeAheadDropped(Int, after: Notice?)

    // Conflicts
    case conflictRefused(record: String, fields: [String], deletedOnDisk: Bool)
    case valueOnDiskStands(record: String)
    case yourTextIsBack
    case yourValueKept(Notice)

    // Undo
    case undone(String)
    case undoneRemoved(String)

    // Others' changes read from disk
    case updatedFromDisk(records: Int)
    case newEvents(Int)
    case readsAgain(path: String)
    case fileProblem(String, more: Int)

    public var words: MessageText {
        switch self {
        case .saving: "Saving…"
        case .deleting: "Deleting…"
        case .noChange: "No change"
        case .editCancelled: "Edit cancelled; nothing changed"
        case .nothingToUndo: "Nothing to undo"
        case .nothingDeleted: "Nothing deleted"
        case .notSaved(let reason): "Not saved: \(reason)"
        case .problem(let text): MessageText(text)
        case .unreadableFiles(let count): "\(count == 1 ? "1 file" : "\(count) files") could not be read; run annex check"
        case .theme(let name): "Theme: \(name)"
        case .keyDoesNothing(let key): "\(key) does nothing here; \(key: .help) shows the keys"
        case .notAvailableHere(let command): "\(command.title) is not available here"
        case .readOnly(let command): "Read-only: \(command.title) is not available; nothing can be changed here"
        case .typeAheadDropped(let count, let after):
            MessageText(after?.words, then: "\(count == 1 ? "1 key" : "\(count) keys") typed before this showed \(count == 1 ? "was" : "were") not run")
        case .conflictRefused(let record, let fields, let deleted):
            deleted ? "Not saved: \(record) was removed on disk" : "Not saved: \(record) changed on disk meanwhile (\(fields.joined(separator: ", ")))"
        case .valueOnDiskStands(let record): "\(record): the value on disk stands; yours was not saved"
        case .yourTextIsBack: "Your text is back; saving it again writes it over the value on disk"
        case .yourValueKept(let notice): MessageText(notice.words, then: "your value kept", separator: " (", closing: ")")
        case .undone(let what): "Undone: \(what) restored"
        case .undoneRemoved(let what): "Undone: \(what) removed again"
        case .updatedFromDisk(let records): "Updated from disk: \(records == 1 ? "1 record" : "\(records) records") changed"
        case .newEvents(let events): "\(events == 1 ? "1 new event" : "\(events) new events") from other auditors"
        case .readsAgain(let path): "\(path) reads again"
        case .fileProblem(let problem, let more):
            "\(problem)\(more > 0 ? " (and \(more) more)" : ""); the last good version stays on screen, the file is not written"
        }
    }
}

extension NoticeWording {
    public var notice: Notice { Notice(self) }
}
