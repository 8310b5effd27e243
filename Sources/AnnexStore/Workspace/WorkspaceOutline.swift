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
    /// The outline cache brought up to date, for `load` to save (the first frame writes nothing).
    let cache: ParseCache?
    /// How many of the two files came from the cache.
    let cachedFiles: Int

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
    /// Problems of the SoA are left to `load`. With `cached`, two files unchanged since an
    /// earlier start come from the parse cache (`CachedOutline`) instead of being parsed.
    public func loadOutline(cached: Bool = false) throws -> WorkspaceOutline {
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
        var cache = cached ? ParseCache(name: CachedOutline.cacheName, store: self) : nil
        func fromCache<T>(_ path: String, _ read: (inout CacheReader) throws -> T) -> T? {
            guard let signature = signatures[path], var reader = cache?.reader(for: path, signature: signature) else { return nil }
            return try? read(&reader)
        }
        var cachedFiles = 0
        let config: (WorkspaceConfig, RecordSource, [FileIssue])
        if let hit = fromCache(WorkspaceLayout.config, CachedOutline.readConfig) {
            config = hit
            cachedFiles += 1
        } else {
            config = try loadConfig()
            if let signature = signatures[WorkspaceLayout.config] {
                cache?.keep(WorkspaceLayout.config, signature: signature, payload: CachedOutline.configPayload(config.0, warnings: config.2, lines: config.1.lines))
            }
        }
        var parsed = fromCache(WorkspaceLayout.soa, CachedOutline.readSoA)
        if parsed != nil {
            cachedFiles += 1
        } else {
            var loading = Loading(store: self)
            let soa = loading.loadSoA()
            if loading.issues.isEmpty && loading.unreadable.isEmpty {
                parsed = ParsedSoA(soa: soa, sources: loading.sources)
                if let signature = signatures[WorkspaceLayout.soa], let parsed {
                    cache?.keep(WorkspaceLayout.soa, signature: signature, payload: CachedOutline.soaPayload(parsed))
                }
            }
        }
        return WorkspaceOutline(
            workspace: Workspace(config: config.0, soa: parsed?.soa ?? StatementOfApplicability(entries: [])),
            config: config, soa: parsed, signatures: signatures, cache: cache, cachedFiles: cachedFiles
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
