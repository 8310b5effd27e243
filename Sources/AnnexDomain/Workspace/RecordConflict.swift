import Foundation

/// A save refused because the file changed on disk, since the edit began, in a field the edit
/// also changed. Nothing was written; the user decides which value stands.
public struct RecordConflict: Sendable, Equatable {
    /// What the record is called on screen: `R-020`, `A.5.20`, `audit IA-2026-2`.
    public var record: String
    /// The file, relative to the workspace.
    public var path: String
    public var fields: [FieldConflict]
    /// The file was removed on disk while it was being edited.
    public var deletedOnDisk: Bool
    /// When the file on disk was last changed, which is when the other value was written.
    public var changedAt: Date?

    public init(record: String, path: String, fields: [FieldConflict], deletedOnDisk: Bool = false, changedAt: Date? = nil) {
        self.record = record
        self.path = path
        self.fields = fields
        self.deletedOnDisk = deletedOnDisk
        self.changedAt = changedAt
    }
}

/// One field both sides changed: what it was when the edit began, the user's value, the file's.
public struct FieldConflict: Sendable, Equatable {
    public var field: String
    public var base: String
    public var mine: String
    public var theirs: String

    public init(field: String, base: String, mine: String, theirs: String) {
        self.field = field
        self.base = base
        self.mine = mine
        self.theirs = theirs
    }
}

/// What a save did: wrote the record (merged with what others wrote meanwhile), or refused.
public enum SaveOutcome<Record: Sendable & Equatable>: Sendable, Equatable {
    /// The record as it is now on disk: the user's change merged with other fields changed there.
    case written(Record)
    /// Nothing written. `theirs`: the record as the file has it (nil: removed); `mine`: the edit
    /// merged with the file's other changes, the user's values in the conflicting fields.
    case conflict(RecordConflict, theirs: Record?, mine: Record)
}
