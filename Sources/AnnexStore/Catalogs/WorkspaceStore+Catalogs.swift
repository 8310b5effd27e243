import AnnexDomain
import Foundation

/// What importing a catalog did.
public struct CatalogImport: Sendable {
    public var framework: Framework
    /// The framework it replaced, nil when it is new.
    public var previous: Framework?
    public var changes: CatalogChanges?
    public var path: String
}

extension WorkspaceStore {
    /// Adds an OSCAL catalog as `catalogs/<id>.json` (the bytes as given, written atomically),
    /// or replaces the one with that id and says what changed. Nothing is written when the
    /// file is not a valid catalog, when the catalog it would replace cannot be read, or (unless
    /// `force`) when the replacement removes or withdraws controls the workspace cites.
    public func importCatalog(_ data: Data, id: String?, title: String?, force: Bool = false) throws -> CatalogImport {
        let title = title.flatMap { $0.isEmpty ? nil : $0 }
        let parsed = try OSCALCatalogReader.read(data, id: id, title: title)
        let frameworkID = parsed.framework.id
        if let problem = RecordID.problem(with: frameworkID) { throw StoreError(path: "--id", "cannot name a framework: \(problem)") }
        if Catalog.builtIn.framework(frameworkID) != nil {
            throw StoreError(path: "--id", "'\(frameworkID)' is the built-in framework: choose another id with --id")
        }
        let path = try CatalogFiles.path(frameworkID)
        let titlePath = try CatalogFiles.titlePath(frameworkID)
        // Read before taking the lock (a load takes it to finish an interrupted change).
        if !force, let citations = try citationsLost(replacing: path, id: frameworkID, with: parsed.framework), !citations.isEmpty {
            throw CatalogReplacementRefused(framework: frameworkID, citations: citations)
        }
        return try WorkspaceLock(root: root).withLock {
            var previous: Framework?
            if FileManager.default.fileExists(atPath: try realPath(path)) {
                do {
                    previous = try CatalogFiles.read(path, id: frameworkID, in: self)
                } catch {
                    let why = (error as? OSCALError)?.description ?? (error as? StoreError)?.issue.message ?? "\(error)"
                    throw StoreError(path: path, "cannot be read (\(why)): it is left as it is; fix or remove it first")
                }
            }
            try DurableFile.replace(realPath(path), with: data)
            if let title {
                try DurableFile.replace(realPath(titlePath), with: Data((title + "\n").utf8))
            } else if FileManager.default.fileExists(atPath: try realPath(titlePath)) {
                try DurableFile.remove(realPath(titlePath))
            }
            // What was parsed is what was written: remembered rather than parsed again.
            let framework = try CatalogFiles.remember(parsed, at: path, in: self)
            return CatalogImport(framework: framework, previous: previous,
                                 changes: previous.map { CatalogChanges(from: $0, to: framework) }, path: path)
        }
    }

    /// What the workspace cites of the controls a new version of a catalog removes or withdraws
    /// (nil when there is no readable catalog to replace).
    private func citationsLost(replacing path: String, id: String, with new: Framework) throws -> [CatalogCitation]? {
        guard FileManager.default.fileExists(atPath: try realPath(path)), let old = try? CatalogFiles.read(path, id: id, in: self) else { return nil }
        let changes = CatalogChanges(from: old, to: new)
        let gone = Set(changes.removed + changes.withdrawn)
        guard !gone.isEmpty else { return [] }
        return CatalogCitations.of(gone, in: id, workspace: try load(cached: true).workspace)
    }

    /// The workspace's frameworks alone, without the registers (for `annex catalog`).
    public func loadCatalog() -> (catalog: Catalog, issues: [FileIssue]) {
        let loaded = CatalogFiles.load(in: self)
        return (loaded.catalog, loaded.issues)
    }

    /// The workspace's frameworks and the mappings between them (for `annex catalog map`).
    public func loadMappings() -> (catalog: Catalog, mappings: [FrameworkMapping], issues: [FileIssue]) {
        let loaded = CatalogFiles.load(in: self)
        let mappings = MappingFiles.load(in: self, catalog: loaded.catalog)
        return (loaded.catalog, mappings.mappings, loaded.issues + mappings.issues)
    }
}
