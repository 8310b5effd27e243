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

    /// The built-in frameworks and every readable catalog of the workspace; a broken one is
    /// reported as `path: problem`, left out and protected from being overwritten.
    static func load(in store: WorkspaceStore) -> (catalog: Catalog, issues: [FileIssue], unreadable: Set<String>) {
        var frameworks = Catalog.builtIn.frameworks
        var issues: [FileIssue] = []
        var unreadable: Set<String> = []
        if let problem = store.folderProblem(folder) { issues.append(problem) }
        for path in store.files(in: folder, suffix: ".json") {
            let id = String((path as NSString).lastPathComponent.dropLast(".json".count))
            do {
                let framework = try read(path, id: id, in: store)
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
        if let problem = RecordID.problem(with: id) { throw StoreError(path: path, "cannot name a framework: \(problem)") }
        let real = try store.realPath(path)
        let title = try store.read(try titlePath(id))?.trimmingCharacters(in: .whitespacesAndNewlines)
        let signature = Signature(real)
        if let signature, let known = memo.get(real, signature), known.title == (title ?? known.catalogTitle) { return known.framework }
        guard let data = FileManager.default.contents(atPath: real) else { throw StoreError(path: path, "cannot be read (check its permissions)") }
        let result = try OSCALCatalogReader.read(data, id: id, title: title.flatMap { $0.isEmpty ? nil : $0 },
                                                 revision: signature?.revision ?? "\(data.count)")
        if let signature { memo.set(real, signature, Memo.Entry(framework: result.framework, catalogTitle: result.catalogTitle, title: result.framework.title)) }
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
    }
}
