import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A process killed mid-write leaves its temporary file behind (the file it was replacing is
/// intact). Those files hold fragments of records, or of a confidential note being typed, so
/// they are removed once the process that wrote them is gone.
extension WorkspaceStore {
    /// Removes `.<name>.<pid>.<random>.tmp` files whose writer is no longer running; returns
    /// their paths, relative to the workspace.
    @discardableResult
    public func removeAbandonedTemporaryFiles() -> [String] {
        let auditFolders = folders(in: WorkspaceLayout.audits).map { "\(WorkspaceLayout.audits)/\($0)" }
        let searched = ["", WorkspaceLayout.risks, WorkspaceLayout.evidence, WorkspaceLayout.actions, WorkspaceLayout.audits] + auditFolders
        var removed: [String] = []
        for folder in searched {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? root : absolute(folder))) ?? []
            for name in names {
                guard let pid = Self.writer(ofTemporaryFile: name) ?? Self.writer(ofStagedFile: name, root: root), !Self.isRunning(pid) else { continue }
                let relative = folder.isEmpty ? name : "\(folder)/\(name)"
                if unlink(absolute(relative)) == 0 { removed.append(relative) }
            }
        }
        return removed
    }

    /// The pid in a temporary file's name as DurableFile makes it, or nil for any other file.
    static func writer(ofTemporaryFile name: String) -> pid_t? {
        guard name.hasPrefix("."), name.hasSuffix(".tmp") else { return nil }
        let parts = name.dropLast(4).split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 4, UInt32(parts[parts.count - 1]) != nil, let pid = pid_t(parts[parts.count - 2]), pid > 0 else { return nil }
        return pid
    }

    /// The pid in the name of a file staged for a change of several files (`MultiFileCommit`),
    /// when no intent names its change: staged, never decided, so never to be applied.
    static func writer(ofStagedFile name: String, root: String) -> pid_t? {
        guard name.hasPrefix("."), name.hasSuffix(MultiFileCommit.stagedSuffix), let marker = name.range(of: ".commit-", options: .backwards) else { return nil }
        let id = name[marker.upperBound...].dropLast(MultiFileCommit.stagedSuffix.count)
        guard let pid = id.split(separator: "-").first.flatMap({ pid_t($0) }), pid > 0 else { return nil }
        let intent = root + "/" + MultiFileCommit.intentPrefix + id + MultiFileCommit.intentSuffix
        return access(intent, F_OK) == 0 ? nil : pid
    }

    private static func isRunning(_ pid: pid_t) -> Bool {
        kill(pid, 0) == 0 || errno != ESRCH
    }
}
