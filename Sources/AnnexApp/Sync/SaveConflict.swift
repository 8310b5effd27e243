import AnnexDomain

/// A save the store refused: the conflict, the record as the file has it now, and the user's
/// version with the conflicting fields set to the user's values (what "keep mine" writes).
public struct SaveConflict: Sendable, Equatable {
    public var conflict: RecordConflict
    public var theirs: Snapshot
    public var mine: Snapshot
    /// What the status line says once "keep mine" is on disk.
    public var describe: Notice

    public init(conflict: RecordConflict, theirs: Snapshot, mine: Snapshot, describe: Notice) {
        self.conflict = conflict
        self.theirs = theirs
        self.mine = mine
        self.describe = describe
    }
}

/// The conflict popup: both values side by side, over the editor the save came from (on the
/// layer below), so Esc goes back to the user's text.
public struct ConflictPrompt: Sendable, Equatable {
    public var save: SaveConflict
    /// Whether the editor the refused save came from is the layer below, to go back to.
    public var overEditor: Bool
    /// True when the refused save was an undo.
    public var fromUndo: Bool

    public init(save: SaveConflict, overEditor: Bool, fromUndo: Bool) {
        self.save = save
        self.overEditor = overEditor
        self.fromUndo = fromUndo
    }
}

extension Popup {
    /// Forms whose text would be lost if their save failed: they come back instead.
    var isEditor: Bool {
        guard case .layer(let layer) = self else { return false }
        return layer.base.isEditor
    }
}

extension Effect {
    /// Effects that write a record file (and so may fail or conflict).
    var savesRecord: Bool {
        switch self {
        case .saveSoAEntry, .saveRisk, .deleteRisk, .saveMatrix, .saveConfig, .saveGroup, .applyImport, .saveAudit, .deleteAudit, .saveAction, .deleteAction, .saveEvidence, .deleteEvidence: true
        default: false
        }
    }
}
