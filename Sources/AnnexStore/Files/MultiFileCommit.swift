import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Several files of the workspace replaced as one change (an import of many risks): after a
/// crash at any point either none of them or all of them hold the new text once the next writer
/// has taken the lock. Each new text is staged beside its file and flushed; then one intent file
/// at the root names the staged files; only then are they renamed into place and the intent
/// removed. A writer that finds an intent left by a crash finishes the renames first.
enum MultiFileCommit {
    struct Replacement {
        /// Relative to the workspace root.
        let path: String
        let data: Data
    }

    static let intentPrefix = ".annex-commit-"
    static let intentSuffix = ".json"
    static let stagedSuffix = ".pending"

    /// Call with the workspace lock held.
    static func commit(_ replacements: [Replacement], in store: WorkspaceStore) throws {
        if replacements.count == 1, let only = replacements.first {
            return try DurableFile.replace(store.realPath(only.path), with: only.data)
        }
        guard !replacements.isEmpty else { return }
        let id = "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        var staged: [String] = []
        do {
            for replacement in replacements {
                let target = try store.realPath(replacement.path)
                let folder = (target as NSString).deletingLastPathComponent
                try DurableFile.makeFolder(folder)
                let relative = stagedName(for: replacement.path, id: id)
                try DurableFile.create(store.absolute(relative), with: replacement.data)
                staged.append(relative)
            }
            for folder in Set(staged.map { (store.absolute($0) as NSString).deletingLastPathComponent }) { try DurableFile.syncFolder(folder) }
            let intent = try JSONSerialization.data(withJSONObject: ["staged": staged], options: [.sortedKeys])
            try DurableFile.replace(store.absolute(intentPrefix + id + intentSuffix), with: intent)
        } catch {
            for relative in staged { unlink(store.absolute(relative)) }
            throw error
        }
        // From here on the change is decided: it completes now, or at the next writer's recovery.
        try rollForward(intentPrefix + id + intentSuffix, in: store)
    }

    /// Finishes every change a crash interrupted. Call with the workspace lock held.
    static func recover(in store: WorkspaceStore) throws {
        for name in intents(in: store) { try rollForward(name, in: store) }
    }

    static func hasInterruptedChange(in store: WorkspaceStore) -> Bool { !intents(in: store).isEmpty }

    /// The intents at the root: changes decided and not finished.
    private static func intents(in store: WorkspaceStore) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: store.root)) ?? []
        return names.filter { $0.hasPrefix(intentPrefix) && $0.hasSuffix(intentSuffix) }
    }

    private static func rollForward(_ intentName: String, in store: WorkspaceStore) throws {
        let intentPath = store.absolute(intentName)
        guard let data = FileManager.default.contents(atPath: intentPath),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let staged = object["staged"] as? [String] else {
            throw StoreError(path: intentName, "is not an interrupted change Annex can finish: remove it once the files it names are checked")
        }
        var folders: Set<String> = []
        for relative in staged {
            // The target is derived from the staged name, never read from the file: a planted
            // intent can only finish a change staged inside the workspace, never move files about.
            guard let target = targetName(ofStaged: relative) else {
                throw StoreError(path: intentName, "names '\(relative)', which is not a file Annex stages")
            }
            let from = try store.realPath(relative)
            guard access(from, F_OK) == 0 else { continue }
            let to = try store.realPath(target)
            guard rename(from, to) == 0 else { throw DurableFile.posixError("cannot move the new \(target) into place") }
            folders.insert((to as NSString).deletingLastPathComponent)
        }
        for folder in folders { try DurableFile.syncFolder(folder) }
        try DurableFile.remove(intentPath)
    }

    /// `risks/R-001.yaml` → `risks/.R-001.yaml.commit-<id>.pending`.
    static func stagedName(for path: String, id: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let staged = ".\(name).commit-\(id)\(stagedSuffix)"
        return folder.isEmpty ? staged : "\(folder)/\(staged)"
    }

    static func targetName(ofStaged staged: String) -> String? {
        let components = staged.split(separator: "/").map(String.init)
        guard let last = components.last, last.hasPrefix("."), last.hasSuffix(stagedSuffix), !components.contains(".."),
              !staged.hasPrefix("/"), let marker = last.range(of: ".commit-", options: .backwards) else { return nil }
        let name = String(last[last.index(after: last.startIndex)..<marker.lowerBound])
        guard !name.isEmpty, !name.contains("/") else { return nil }
        return (components.dropLast() + [name]).joined(separator: "/")
    }
}

extension DurableFile {
    /// Writes a new file (it must not exist) and flushes it; no rename.
    static func create(_ path: String, with data: Data) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, filePermissions)
        guard fd >= 0 else { throw posixError("cannot create \(path)") }
        do {
            try writeAll(fd, data)
            guard fsync(fd) == 0 else { throw posixError("cannot flush \(path)") }
            close(fd)
        } catch {
            close(fd)
            unlink(path)
            throw error
        }
    }
}
