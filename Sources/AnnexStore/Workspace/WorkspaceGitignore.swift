import Foundation

/// The `.gitignore` Annex writes into a workspace: what is per machine or per auditor and must
/// never be committed (a note being typed is confidential and unfinished).
enum WorkspaceGitignore {
    static let patterns = [".annex.lock", ".annex-cache/", ".draft-*", ".*.tmp", ".writer-*.lock", ".annex/", ".*.pending", ".annex-commit-*"]

    static let text = """
        # Annex's lock and caches are per machine; unsaved notes are per auditor; temporary files
        # are left only by a crash mid-write; .annex/ holds the host key of `annex serve`.

        """ + patterns.joined(separator: "\n") + "\n"

    /// The patterns an Annex-written `.gitignore` lacks, or nil when the file is not Annex's
    /// (the user's own file is theirs to edit).
    static func missing(in existing: String) -> [String]? {
        let lines = Set(existing.split(whereSeparator: \.isNewline).map { $0.trimmingPatternSpace })
        guard lines.contains(".annex.lock") else { return nil }
        let missing = patterns.filter { !lines.contains($0) }
        return missing.isEmpty ? nil : missing
    }
}

private extension Substring {
    /// Spaces and tabs around a pattern line dropped (the lines are ASCII in practice; Foundation's
    /// trimming is kept off the start-up path, where this runs).
    var trimmingPatternSpace: String {
        let isBlank = { (character: Character) in character == " " || character == "\t" }
        guard let first = firstIndex(where: { !isBlank($0) }), let last = lastIndex(where: { !isBlank($0) }) else { return "" }
        return String(self[first...last])
    }
}

extension WorkspaceStore {
    /// Brings the `.gitignore` of a workspace made by an older Annex up to date, so new kinds of
    /// per-auditor files (drafts, temporary files) stay out of git. Returns the patterns added.
    @discardableResult
    public func updateGitignore() throws -> [String] {
        guard let existing = try read(".gitignore"), let missing = WorkspaceGitignore.missing(in: existing) else { return [] }
        let separator = existing.hasSuffix("\n") ? "" : "\n"
        let added = existing + separator + "# Added by a newer Annex: files that are per auditor or machine, or left by a crash.\n" + missing.joined(separator: "\n") + "\n"
        try DurableFile.replace(realPath(".gitignore"), with: Data(added.utf8))
        return missing
    }
}
