import AnnexDomain
import Foundation

/// Imported catalogs: `catalogs/<id>.json`, each the OSCAL file as it was given, the framework
/// id its file name. A title given at import (`--title`) lives beside it in `catalogs/<id>.title`
/// as one line of text, so the catalog itself stays byte for byte what its publisher wrote.
public enum CatalogFiles {
    public static let folder = "catalogs"

    public static func path(_ id: String) throws -> String { "\(folder)/\(try WorkspaceLayout.checked(id)).json" }
    public static func titlePath(_ id: String) throws -> String { "\(folder)/\(try WorkspaceLayout.checked(id)).title" }

    /// A parsed catalog, kept while its file is unchanged: a session reloads the workspace on
    /// every change and a several-MiB catalog need not be parsed again each time.
    private static let memo = Memo()

    /// Forgets this process's parses, as a new process starts (for the tests of the parse cache).
    static func forgetParses() { memo.clear() }
    static var parses: Int { memo.parses }

    /// The built-in frameworks and every readable catalog of the workspace; a broken one is
    /// reported as `path: problem`, left out and protected from being overwritten.
    static func load(in store: WorkspaceStore) -> (catalog: Catalog, issues: [FileIssue], unreadable: Set<String>) {
        var frameworks = Catalog.builtIn.frameworks
        var issues: [FileIssue] = []
        var unreadable: Set<String> = []
        if let problem = store.folderProblem(folder) { issues.append(problem) }
        let paths = store.files(in: folder, suffix: ".json")
        // A derived copy of the parsed catalogs (`.annex-cache/catalogs`), kept per machine.
        var cache: ParseCache? = paths.isEmpty ? nil : ParseCache(name: "catalogs", store: store)
        defer { cache?.save(in: store) }
        for path in paths {
            let id = String((path as NSString).lastPathComponent.dropLast(".json".count))
            do {
                let framework = try read(path, id: id, in: store, cache: &cache)
                if frameworks.contains(where: { $0.id == framework.id }) {
                    issues.append(FileIssue(.error, path: path, "the framework id '\(id)' is taken by the built-in catalog: rename the file"))
                    continue
                }
                frameworks.append(framework)
            } catch let error as OSCALError {
                unreadable.insert(path)
                issues.append(FileIssue(.error, path: path, error.description))
            } catch let error as StoreError {
                unreadable.insert(path)
                issues.append(FileIssue(.error, path: path, error.issue.message))
            } catch {
                unreadable.insert(path)
                issues.append(FileIssue(.error, path: path, "\(error)"))
            }
        }
        return (Catalog(frameworks: frameworks), issues, unreadable)
    }

    static func read(_ path: String, id: String, in store: WorkspaceStore) throws -> Framework {
        var cache: ParseCache?
        return try read(path, id: id, in: store, cache: &cache)
    }

    /// One catalog: from this process's memo, else from the parse cache while the file has the
    /// signature it was cached with, else parsed (and kept in both).
    static func read(_ path: String, id: String, in store: WorkspaceStore, cache: inout ParseCache?) throws -> Framework {
        if let problem = RecordID.problem(with: id) { throw StoreError(path: path, "cannot name a framework: \(problem)") }
        let real = try store.realPath(path)
        let written = try store.read(try titlePath(id))?.trimmingCharacters(in: .whitespacesAndNewlines)
        let title = written?.isEmpty == false ? written : nil
        let signature = Signature(real)
        if let signature, let known = memo.get(real, signature), known.title == (title ?? known.catalogTitle) { return known.framework }
        let cacheSignature = ParseCache.Signature(real)
        if let signature, let cacheSignature, var reader = cache?.reader(for: path, signature: cacheSignature),
           var cached = try? CachedCatalog.read(from: &reader), cached.framework.id == id, cached.framework.revision == signature.revision {
            cached.framework.title = title ?? cached.catalogTitle
            memo.set(real, signature, Memo.Entry(framework: cached.framework, catalogTitle: cached.catalogTitle, title: cached.framework.title))
            return cached.framework
        }
        guard let data = FileManager.default.contents(atPath: real) else { throw StoreError(path: path, "cannot be read (check its permissions)") }
        let result = try OSCALCatalogReader.read(data, id: id, title: title, revision: signature?.revision ?? "\(data.count)")
        memo.noteParse()
        if let signature { memo.set(real, signature, Memo.Entry(framework: result.framework, catalogTitle: result.catalogTitle, title: result.framework.title)) }
        if let cacheSignature, let payload = CachedCatalog.payload(framework: result.framework, catalogTitle: result.catalogTitle) {
            cache?.keep(path, signature: cacheSignature, payload: payload)
        }
        return result.framework
    }

    /// The framework of a catalog just written to `path`, named by the file's new signature.
    static func remember(_ parsed: OSCALCatalogReader.Result, at path: String, in store: WorkspaceStore) throws -> Framework {
        let real = try store.realPath(path)
        var framework = parsed.framework
        guard let signature = Signature(real) else { return framework }
        framework.revision = signature.revision
        memo.set(real, signature, Memo.Entry(framework: framework, catalogTitle: parsed.catalogTitle, title: framework.title))
        return framework
    }

    struct Signature: Equatable {
        var size: Int64
        var modified: Int64
        var inode: UInt64

        init?(_ path: String) {
            var info = stat()
            guard stat(path, &info) == 0 else { return nil }
            size = Int64(info.st_size)
            modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
            inode = UInt64(info.st_ino)
        }

        var revision: String { "\(size)-\(modified)-\(inode)" }
    }

    private final class Memo: @unchecked Sendable {
        struct Entry {
            var framework: Framework
            var catalogTitle: String
            var title: String
        }
        private let lock = NSLock()
        private var entries: [String: (Signature, Entry)] = [:]

        func get(_ path: String, _ signature: Signature) -> Entry? {
            lock.lock(); defer { lock.unlock() }
            guard let (known, entry) = entries[path], known == signature else { return nil }
            return entry
        }

        func set(_ path: String, _ signature: Signature, _ entry: Entry) {
            lock.lock(); defer { lock.unlock() }
            entries[path] = (signature, entry)
        }

        func clear() {
            lock.lock(); defer { lock.unlock() }
            entries = [:]
        }

        /// How many catalogs this process parsed from their JSON (for the tests of the cache).
        private(set) var parses = 0

        func noteParse() {
            lock.lock(); defer { lock.unlock() }
            parses += 1
        }
    }
}
