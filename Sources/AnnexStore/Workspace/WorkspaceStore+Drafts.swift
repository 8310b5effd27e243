import AnnexDomain
import Foundation

/// The note an auditor is typing, kept on disk keystroke by keystroke so it outlives a crash or
/// a dropped connection. Hidden (dot) files: they are personal scratch, not workspace records.
extension WorkspaceStore {
    public func saveDraft(_ draft: FindingDraft) throws {
        try DurableFile.replace(realPath(try WorkspaceLayout.draft(audit: draft.audit, auditor: draft.auditor)), with: DraftCodec.encode(draft))
    }

    /// The draft left by an earlier session, if any. An unreadable draft is reported, not lost:
    /// it stays on disk for the user to look at.
    public func loadDraft(audit: String, auditor: String) throws -> FindingDraft? {
        let relative = try WorkspaceLayout.draft(audit: audit, auditor: auditor)
        guard let text = try read(relative) else { return nil }
        do {
            return try DraftCodec.decode(Data(text.utf8))
        } catch let error as JournalLineError {
            throw StoreError(path: relative, line: 1, error.message)
        }
    }

    public func deleteDraft(audit: String, auditor: String) throws {
        try DurableFile.remove(absolute(try WorkspaceLayout.draft(audit: audit, auditor: auditor)))
    }
}
