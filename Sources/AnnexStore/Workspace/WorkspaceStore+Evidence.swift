import AnnexDomain
import Foundation

extension WorkspaceStore {
    /// Checks evidence kept in the workspace: the file exists, stays inside the workspace, and
    /// still has the SHA-256 the register recorded (a changed file is evidence no longer proven).
    public func verifyEvidenceFiles(_ loaded: LoadedWorkspace) -> [FileIssue] {
        var issues: [FileIssue] = []
        for record in loaded.workspace.evidence where !record.isURL && !record.location.isEmpty {
            let problem = { (message: String) in
                loaded.issue(for: .error(.evidence(record.id), field: ["location"], message))
            }
            guard let path = insideWorkspace(record.location) else {
                issues.append(problem("the location '\(record.location)' is outside the workspace; use a path inside it or a URL"))
                continue
            }
            guard let data = FileManager.default.contents(atPath: path) else {
                // Missing whether or not a hash was recorded: the SoA may claim it as evidence.
                issues.append(problem("the evidence file '\(record.location)' is missing"))
                continue
            }
            if let expected = record.sha256, SHA256.hex(of: data) != expected {
                issues.append(loaded.issue(for: .error(.evidence(record.id), field: ["sha256"],
                    "the file '\(record.location)' has changed since it was registered (SHA-256 differs)")))
            }
        }
        return issues
    }

    /// The absolute path of a workspace-relative location, or nil when it would leave the workspace.
    func insideWorkspace(_ location: String) -> String? {
        guard !location.hasPrefix("/") else { return nil }
        let resolved = WorkspaceLocator.absolute(location, from: root)
        return resolved.hasPrefix(root + "/") ? resolved : nil
    }
}
