import AnnexDomain
import Foundation

/// Follows the workspace on disk while Annex runs: notices files others wrote (inotify, or
/// signatures compared on a timer where that is not available), reads back just those, record
/// by record, and journals from where they were read up to. Never writes anything.
public final class WorkspaceFollower: @unchecked Sendable {
    /// Changes arriving together (a `git pull`, an editor's save) are read once they settle.
    public static let settle: TimeInterval = 0.06
    /// How often every file is compared when the folders cannot be watched.
    public static let pollInterval: TimeInterval = 0.4

    private let store: WorkspaceStore
    private let watch = DirectoryWatch()
    private var signatures: [String: FileSignature] = [:]
    private var journalEnds: [String: Int]
    /// The entries of `soa.yaml` and of each status file as last read, by framework and control.
    private var statements: [String: [String: SoAEntry]]
    private var broken: Set<String>
    private var pending: Set<String> = []
    private var lastEvent: Date?
    private var lastScan = Date()

    public init(store: WorkspaceStore, loaded: LoadedWorkspace) {
        self.store = store
        journalEnds = loaded.journalEnds
        statements = loaded.workspace.statements.merging([ISO27001.frameworkID: loaded.workspace.soa]) { _, iso in iso }.mapValues { statement in
            Dictionary(statement.entries.map { ($0.control, $0) }, uniquingKeysWith: { first, _ in first })
        }
        broken = loaded.unreadable
        for folder in ["", WorkspaceLayout.risks, WorkspaceLayout.evidence, WorkspaceLayout.actions, WorkspaceLayout.statuses, WorkspaceLayout.audits] {
            watch.watch(folderPath(folder))
        }
        for path in trackedFiles() {
            signatures[path] = FileSignature(store.absolute(path))
            if path.hasSuffix(".jsonl"), journalEnds[path] == nil { journalEnds[path] = signatures[path]?.size ?? 0 }
        }
    }

    /// Readable when a watched folder changed; nil when only the timer tells.
    public var descriptor: Int32? { watch.descriptor >= 0 ? watch.descriptor : nil }

    /// How long the loop may sleep before calling `changes` even if nothing is readable.
    public func wakeAfter(now: Date = Date()) -> Int? {
        if let lastEvent, !pending.isEmpty { return max(1, Int((Self.settle - now.timeIntervalSince(lastEvent)) * 1000) + 1) }
        if !watch.isComplete { return max(1, Int((Self.pollInterval - now.timeIntervalSince(lastScan)) * 1000) + 1) }
        return nil
    }

    /// What changed on disk since the last call (nil: nothing, or still settling).
    public func changes(now: Date = Date()) -> WorkspaceChanges? {
        let root = store.root + "/"
        let touched = watch.drain()
        for path in touched where path.hasPrefix(root) || path == store.root {
            pending.insert(path == store.root ? "" : String(path.dropFirst(root.count)))
        }
        if !touched.isEmpty { lastEvent = now }
        if !watch.isComplete, now.timeIntervalSince(lastScan) >= Self.pollInterval {
            lastScan = now
            pending.formUnion(trackedFiles().filter { FileSignature(store.absolute($0)) != signatures[$0] })
            pending.formUnion(signatures.keys.filter { FileSignature(store.absolute($0)) == nil })
            if !pending.isEmpty, lastEvent == nil { lastEvent = now.addingTimeInterval(-Self.settle) }
        }
        guard !pending.isEmpty, let lastEvent, now.timeIntervalSince(lastEvent) >= Self.settle else { return nil }
        var paths = pending
        pending.removeAll()
        self.lastEvent = nil
        for folder in paths where isFolder(folder) {
            watch.watch(folderPath(folder))
            paths.formUnion(files(under: folder))
            paths.formUnion(signatures.keys.filter { $0.hasPrefix(folder.isEmpty ? "" : folder + "/") })
        }
        var changes = WorkspaceChanges()
        var rewrittenAudits: Set<String> = []
        for path in paths.sorted() where Self.isTracked(path) {
            let signature = FileSignature(store.absolute(path))
            guard signature != signatures[path] else { continue }
            let before = signatures[path]
            signatures[path] = signature
            if path.hasSuffix(".jsonl") {
                readJournal(path, before: before, now: signature, into: &changes, rewritten: &rewrittenAudits)
            } else {
                readRecord(path, exists: signature != nil, into: &changes)
            }
        }
        for audit in rewrittenAudits { changes.logs[audit] = reloadLog(of: audit); changes.events[audit] = nil }
        return changes.isEmpty ? nil : changes
    }

    // MARK: Files

    private static func isTracked(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        switch parts.count {
        case 1: return path == WorkspaceLayout.config || path == WorkspaceLayout.soa
        case 2:
            return [WorkspaceLayout.risks, WorkspaceLayout.evidence, WorkspaceLayout.actions, WorkspaceLayout.statuses].contains(String(parts[0]))
                && parts[1].hasSuffix(".yaml") && !parts[1].hasPrefix(".")
        case 3:
            guard parts[0] == WorkspaceLayout.audits else { return false }
            return parts[2] == "audit.yaml" || (parts[2].hasPrefix("findings-") && parts[2].hasSuffix(".jsonl"))
        default: return false
        }
    }

    private func trackedFiles() -> [String] {
        var paths = [WorkspaceLayout.config, WorkspaceLayout.soa]
        for folder in [WorkspaceLayout.risks, WorkspaceLayout.evidence, WorkspaceLayout.actions, WorkspaceLayout.statuses] { paths += store.files(in: folder, suffix: ".yaml") }
        for audit in store.folders(in: WorkspaceLayout.audits) {
            let folder = "\(WorkspaceLayout.audits)/\(audit)"
            watch.watch(store.absolute(folder))
            paths.append("\(folder)/audit.yaml")
            paths += store.files(in: folder, suffix: ".jsonl").filter { ($0 as NSString).lastPathComponent.hasPrefix("findings-") }
        }
        return paths
    }

    private func files(under folder: String) -> [String] {
        if folder.isEmpty { return [WorkspaceLayout.config, WorkspaceLayout.soa] }
        if folder == WorkspaceLayout.audits {
            return store.folders(in: folder).flatMap { audit -> [String] in
                watch.watch(store.absolute("\(folder)/\(audit)"))
                return files(under: "\(folder)/\(audit)")
            }
        }
        if folder.hasPrefix(WorkspaceLayout.audits + "/") { return ["\(folder)/audit.yaml"] + store.files(in: folder, suffix: ".jsonl") }
        return store.files(in: folder, suffix: ".yaml")
    }

    /// The root itself for "": events then name `root/soa.yaml`, never `root//soa.yaml`, which
    /// would read as a path outside the tracked files.
    private func folderPath(_ folder: String) -> String {
        folder.isEmpty ? store.root : store.absolute(folder)
    }

    private func isFolder(_ path: String) -> Bool {
        var folder: ObjCBool = false
        return FileManager.default.fileExists(atPath: store.absolute(path), isDirectory: &folder) && folder.boolValue
    }

    // MARK: Records

    private func readRecord(_ path: String, exists: Bool, into changes: inout WorkspaceChanges) {
        let name = (path as NSString).lastPathComponent
        let id = String(name.dropLast(".yaml".count))
        let folder = (path as NSString).deletingLastPathComponent
        do {
            switch folder {
            case "":
                if path == WorkspaceLayout.config {
                    guard exists else { return problem(FileIssue(.error, path: path, "annex.yaml was removed"), &changes) }
                    changes.config = try store.loadConfig().0
                } else {
                    guard let text = try store.read(path) else { return problem(FileIssue(.error, path: path, "the Statement of Applicability was removed"), &changes) }
                    try readStatement(text, path: path, framework: ISO27001.frameworkID, into: &changes)
                }
            case WorkspaceLayout.risks:
                if exists { changes.risks.append(try record(RiskCodec.self, path, id: id, \.id)) } else { changes.removedRisks.append(id) }
            case WorkspaceLayout.evidence:
                if exists { changes.evidence.append(try record(EvidenceCodec.self, path, id: id, \.id)) } else { changes.removedEvidence.append(id) }
            case WorkspaceLayout.actions:
                if exists { changes.actions.append(try record(ActionCodec.self, path, id: id, \.id)) } else { changes.removedActions.append(id) }
            case WorkspaceLayout.statuses:
                try readStatus(path, framework: id, exists: exists, into: &changes)
            default:
                let audit = (folder as NSString).lastPathComponent
                if exists { changes.audits.append(try record(AuditCodec.self, path, id: audit, \.id)) } else { changes.removedAudits.append(audit) }
            }
            if broken.remove(path) != nil { changes.repaired.append(path) }
        } catch {
            problem((error as? StoreError)?.issue ?? FileIssue(.error, path: path, "\(error)"), &changes)
        }
    }

    /// A status file's entries that differ from those last read; a removed file (a checkout)
    /// takes its decisions back to undecided.
    private func readStatus(_ path: String, framework: String, exists: Bool, into changes: inout WorkspaceChanges) throws {
        try readStatement(exists ? try store.read(path) : nil, path: path, framework: framework, into: &changes)
    }

    /// The entries of `soa.yaml` or a status file (nil: no file) that differ from those last
    /// read; an entry no longer in the file (removed by hand, by a pull) goes back to undecided
    /// rather than staying on screen as it was.
    private func readStatement(_ text: String?, path: String, framework: String, into changes: inout WorkspaceChanges) throws {
        let before = statements[framework] ?? [:]
        let now = try text.map { try readEntries($0, path: path, framework: framework, into: &changes) } ?? [:]
        for (control, entry) in before.sorted(by: { $0.key < $1.key }) where now[control] == nil { changes.soaEntries.append(entry.undecided) }
        statements[framework] = now
    }

    /// The entries of `soa.yaml` or a status file that differ from those last read, which they replace.
    private func readEntries(_ text: String, path: String, framework: String, into changes: inout WorkspaceChanges) throws -> [String: SoAEntry] {
        let entries = try SoACodec.decode(try NodeReader.document(text, path: path, what: path), framework: framework).0.entries
        let before = statements[framework] ?? [:]
        for entry in entries where before[entry.control] != entry { changes.soaEntries.append(entry) }
        let now = Dictionary(entries.map { ($0.control, $0) }, uniquingKeysWith: { first, _ in first })
        statements[framework] = now
        return now
    }

    private func problem(_ issue: FileIssue, _ changes: inout WorkspaceChanges) {
        if broken.insert(issue.path).inserted { changes.problems.append(issue.description) }
    }

    private func record<Codec: RecordCodec>(_ codec: Codec.Type, _ path: String, id expected: String, _ id: KeyPath<Codec.Record, String>) throws -> Codec.Record {
        guard let text = try store.read(path) else { throw StoreError(path: path, "was removed while being read") }
        let reader = try NodeReader.document(text, path: path, what: "the file")
        let record = try Codec.read(reader)
        if record[keyPath: id] != expected { throw reader.fail("id", "the id '\(record[keyPath: id])' does not match the file name") }
        return record
    }

    // MARK: Journals

    private func readJournal(_ path: String, before: FileSignature?, now signature: FileSignature?, into changes: inout WorkspaceChanges, rewritten: inout Set<String>) {
        let audit = (((path as NSString).deletingLastPathComponent) as NSString).lastPathComponent
        let end = journalEnds[path] ?? 0
        guard let signature else {
            rewritten.insert(audit)
            return
        }
        // Replaced or cut short (a checkout, a pull): the audit's log is read anew.
        if let before, before.inode != signature.inode || signature.size < end {
            rewritten.insert(audit)
            return
        }
        guard signature.size > end, let handle = FileHandle(forReadingAtPath: store.absolute(path)) else { return }
        defer { try? handle.close() }
        try? handle.seek(toOffset: UInt64(end))
        guard let data = try? handle.readToEnd(), let lastNewline = data.lastIndex(of: 0x0A) else { return }
        var offset = end
        var foreign = Data()
        for line in data[data.startIndex...lastNewline].split(separator: 0x0A, omittingEmptySubsequences: false).dropLast() {
            let range = offset..<(offset + line.count + 1)
            offset = range.upperBound
            if !store.ownAppends.contains(range, in: path) { foreign.append(line); foreign.append(0x0A) }
        }
        journalEnds[path] = offset
        store.ownAppends.forget(before: offset, in: path)
        let result = JournalReader.read(foreign, path: path)
        changes.events[audit, default: []] += result.events
        for issue in result.issues { problem(issue, &changes) }
    }

    private func reloadLog(of audit: String) -> [AuditEvent] {
        let folder = "\(WorkspaceLayout.audits)/\(audit)"
        var events: [AuditEvent] = []
        for path in store.files(in: folder, suffix: ".jsonl") where (path as NSString).lastPathComponent.hasPrefix("findings-") {
            guard let data = FileManager.default.contents(atPath: store.absolute(path)) else { continue }
            journalEnds[path] = data.count
            signatures[path] = FileSignature(store.absolute(path))
            store.ownAppends.forget(before: data.count, in: path)
            events += JournalReader.read(data, path: path).events
        }
        return events
    }
}
