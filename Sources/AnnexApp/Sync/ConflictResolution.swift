import AnnexDomain

/// What happens when a save meets a conflict, and the user's choice in the conflict popup.
enum ConflictResolution {
    /// Memory takes the file's version; the popup shows both values; the step of the refused
    /// change leaves the undo stack (nothing was written).
    static func refused(_ save: SaveConflict, _ state: inout AppState) {
        Snapshots.apply(save.theirs, to: &state)
        let fromUndo = state.undoInFlight
        state.undoInFlight = false
        if !state.undoStack.isEmpty { state.undoStack.removeLast() }
        let editor = state.editorAwaitingSave.map { rebase($0, onto: save.theirs) }
        state.editorAwaitingSave = nil
        // The editor, rebased onto the file's version, waits below the question.
        state.popup = editor
        state.push(.conflict(ConflictPrompt(save: save, overEditor: editor != nil, fromUndo: fromUndo)))
        state.status = StatusMessage(.error, ShellNotice.conflictRefused(record: save.conflict.record, fields: save.conflict.fields.map(\.field),
                                                                          deletedOnDisk: save.conflict.deletedOnDisk))
    }

    static func handle(_ command: Command?, _ prompt: ConflictPrompt, _ state: inout AppState) -> [Effect] {
        switch command {
        case .keepMine:
            state.popup = nil
            Snapshots.remember(prompt.save.theirs, after: prompt.save.mine, in: &state)
            Snapshots.apply(prompt.save.mine, to: &state)
            state.status = StatusMessage(.info, ShellNotice.saving)
            return Snapshots.saving(prompt.save.mine, base: prompt.save.theirs, describe: ShellNotice.yourValueKept(prompt.save.describe).notice)
        case .takeTheirs:
            state.popup = nil
            state.status = StatusMessage(.info, ShellNotice.valueOnDiskStands(record: prompt.save.conflict.record))
        case .backToEditor:
            state.pop()
            if !prompt.overEditor {
                state.status = StatusMessage(.info, ShellNotice.valueOnDiskStands(record: prompt.save.conflict.record))
            } else {
                state.status = StatusMessage(.info, ShellNotice.yourTextIsBack)
            }
        default:
            break
        }
        return []
    }

    /// The editor, now editing from the file's version: saving it again keeps the user's text
    /// in the fields they edited and takes everything else from disk.
    static func rebase(_ editor: Popup, onto theirs: Snapshot) -> Popup {
        guard case .layer(let layer) = editor else { return editor }
        return .layer(layer.rebased(onto: theirs))
    }
}
