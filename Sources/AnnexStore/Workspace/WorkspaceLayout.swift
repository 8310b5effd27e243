import Foundation
import AnnexDomain

/// Where each record lives, relative to the workspace root. Every id is checked before it
/// becomes part of a path, so no record can name a file outside the workspace.
public enum WorkspaceLayout {
    public static let config = "annex.yaml"
    public static let soa = "soa.yaml"
    public static let risks = "risks"
    public static let evidence = "evidence"
    public static let audits = "audits"
    public static let actions = "actions"
    public static let lock = ".annex.lock"
    /// `status/<framework>.yaml`: applicability and status for a framework other than ISO/IEC 27001.
    public static let statuses = "status"

    public static func risk(_ id: String) throws -> String { "\(risks)/\(try checked(id)).yaml" }
    public static func evidence(_ id: String) throws -> String { "\(evidence)/\(try checked(id)).yaml" }
    public static func action(_ id: String) throws -> String { "\(actions)/\(try checked(id)).yaml" }
    public static func status(framework: String) throws -> String { "\(statuses)/\(try checked(framework)).yaml" }
    public static func auditFolder(_ id: String) throws -> String { "\(audits)/\(try checked(id))" }
    public static func audit(_ id: String) throws -> String { "\(try auditFolder(id))/audit.yaml" }

    /// Each auditor appends to their own journal, so copies merged with git never conflict.
    public static func journal(audit: String, auditor: String) throws -> String {
        "\(try auditFolder(audit))/findings-\(try checked(auditor)).jsonl"
    }

    /// Held by the one process writing that journal (see `JournalClaims`).
    public static func writerLock(audit: String, auditor: String) throws -> String {
        "\(try auditFolder(audit))/.writer-\(try checked(auditor)).lock"
    }

    public static func draft(audit: String, auditor: String) throws -> String {
        "\(try auditFolder(audit))/.draft-\(try checked(auditor)).json"
    }

    static func checked(_ id: String) throws -> String {
        if let problem = RecordID.problem(with: id) { throw StoreError(path: id, problem) }
        return id
    }
}

/// Finds the workspace the way git finds a repository.
public enum WorkspaceLocator {
    /// `--workspace` wins, then `ANNEX_WORKSPACE`, then the current folder and its parents.
    public static func find(explicit: String?, environment: [String: String], currentFolder: String) throws -> String {
        if let explicit, !explicit.isEmpty { return try confirm(absolute(explicit, from: currentFolder), source: "--workspace") }
        if let fromEnvironment = environment["ANNEX_WORKSPACE"], !fromEnvironment.isEmpty {
            return try confirm(absolute(fromEnvironment, from: currentFolder), source: "ANNEX_WORKSPACE")
        }
        var folder = absolute(currentFolder, from: "/")
        while true {
            if isWorkspace(folder) { return folder }
            let parent = (folder as NSString).deletingLastPathComponent
            if parent == folder || parent.isEmpty { break }
            folder = parent
        }
        throw StoreError(path: currentFolder,
            "no Annex workspace here or in any parent folder (looked for annex.yaml); run 'annex init' or pass --workspace DIR")
    }

    public static func isWorkspace(_ folder: String) -> Bool {
        FileManager.default.fileExists(atPath: folder + "/" + WorkspaceLayout.config)
    }

    static func absolute(_ path: String, from base: String) -> String {
        let joined = path.hasPrefix("/") ? path : base + "/" + path
        return (joined as NSString).standardizingPath
    }

    private static func confirm(_ folder: String, source: String) throws -> String {
        guard isWorkspace(folder) else {
            throw StoreError(path: folder, "not an Annex workspace (no annex.yaml), given by \(source)")
        }
        return folder
    }
}
