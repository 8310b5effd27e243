import AnnexDomain
import Foundation

/// The configuration and the SoA, read before everything else: enough for a first frame while
/// `load` reads the rest, and handed to `load` so it need not parse the two files again.
public struct WorkspaceOutline: Sendable {
    /// The configuration and the SoA, no registers or audits.
    public let workspace: Workspace
    let config: (WorkspaceConfig, RecordSource, [FileIssue])
    /// Nil when the SoA had a problem: `load` reads it again and reports it.
    let soa: ParsedSoA?
    /// The two files as they were when read, when old enough to be told apart by signature.
    let signatures: [String: ParseCache.Signature]

    /// What `load` may take as it is: all of it while both files still have their signatures.
    func unchanged(in store: WorkspaceStore) -> WorkspaceOutline? {
        for (path, signature) in signatures {
            guard let now = try? store.realPath(path), ParseCache.Signature(now) == signature else { return nil }
        }
        return signatures.count == 2 ? self : nil
    }
}

/// The SoA and where each entry is in its file, as `Loading.loadSoA` gives them.
struct ParsedSoA: Sendable {
    var soa: StatementOfApplicability
    var sources: [Subject: RecordSource]
}

extension WorkspaceStore {
    /// The configuration and the SoA alone (a few milliseconds, whatever the registers hold).
    /// Problems of the SoA are left to `load`.
    public func loadOutline() throws -> WorkspaceOutline {
        // Taken before the files are read: a change while they are read makes the outline stale.
        let startedAt = Int64(Date().timeIntervalSince1970 * 1_000_000_000)
        var signatures: [String: ParseCache.Signature] = [:]
        for path in [WorkspaceLayout.config, WorkspaceLayout.soa] {
            // A file changed within the clock's coarseness could change again unseen: read it anew.
            if let real = try? realPath(path), let signature = ParseCache.Signature(real),
               max(signature.modified, signature.changed) < startedAt - ParseCache.racyWindowNanoseconds {
                signatures[path] = signature
            }
        }
        let config = try loadConfig()
        var loading = Loading(store: self)
        let soa = loading.loadSoA()
        let clean = loading.issues.isEmpty && loading.unreadable.isEmpty
        return WorkspaceOutline(
            workspace: Workspace(config: config.0, soa: clean ? soa : StatementOfApplicability(entries: [])),
            config: config, soa: clean ? ParsedSoA(soa: soa, sources: loading.sources) : nil, signatures: signatures
        )
    }
}

extension Loading {
    /// The SoA as the outline read it (it had no problems to report).
    mutating func take(_ parsed: ParsedSoA) -> StatementOfApplicability {
        sources.merge(parsed.sources) { _, outline in outline }
        return parsed.soa
    }
}
