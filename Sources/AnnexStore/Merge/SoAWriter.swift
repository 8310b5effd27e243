import AnnexDomain
import Foundation
import Yams

/// Saving one control's entry of `soa.yaml` (or of another framework's status file): merged
/// field by field with the entry as it is on disk now, and written by rewriting only that
/// entry's changed lines.
struct SoAWriter {
    let store: WorkspaceStore
    let path: String
    let framework: String

    init(store: WorkspaceStore, framework: String = ISO27001.frameworkID) throws {
        self.store = store
        self.framework = framework
        path = framework == ISO27001.frameworkID ? WorkspaceLayout.soa : try WorkspaceLayout.status(framework: framework)
    }

    /// The framework's controls in catalog order: a new entry goes where the catalog puts it, so
    /// two people deciding on different controls change different lines. An imported catalog
    /// comes from the memo of its parse (the session read it at start); unreadable, new entries
    /// go at the end.
    private func order() -> [String] {
        if framework == ISO27001.frameworkID { return ISO27001.framework.controls.map(\.id) }
        guard let path = try? CatalogFiles.path(framework),
              let catalog = try? CatalogFiles.read(path, id: framework, in: store) else { return [] }
        return catalog.controls.map(\.id)
    }

    func save(_ mine: SoAEntry, base: SoAEntry?, force: Bool = false) throws -> SaveOutcome<SoAEntry> {
        try WorkspaceLock(root: store.root).withLock {
            let disk = try readDisk()
            let theirs = disk?.soa[mine.control]
            let theirMap = theirs.map(SoAEntryCodec.map)
            let result = FieldMerge.merge(base: force ? theirMap : base.map(SoAEntryCodec.map), mine: SoAEntryCodec.map(mine), theirs: theirMap)
            var merged = try SoAEntryCodec.read(NodeReader(path: path, node: result.merged.node, what: "the entry"))
            merged.framework = framework
            if !result.conflicts.isEmpty {
                let conflict = RecordConflict(record: mine.control, path: path, fields: result.conflicts, changedAt: store.modificationDate(path))
                return .conflict(conflict, theirs: theirs, mine: merged)
            }
            var soa = disk?.soa ?? StatementOfApplicability(entries: [])
            if merged.isNoDecision {
                // Nothing decided any more (a first decision undone): the entry leaves the file.
                guard disk != nil, theirs != nil else { return .written(merged) }
                soa.remove(merged.control)
            } else {
                soa.upsert(merged)
            }
            let text = disk.map { patched($0, soa: soa, entry: merged, theirs: theirs) } ?? SoACodec.encode(soa)
            if text != disk?.text { try write(text) }
            return .written(merged)
        }
    }

    /// Saves several entries as one change: one lock, one read, one atomic write of `soa.yaml`.
    /// All entries are patched in place in one pass (the user's values winning), so comments and
    /// unknown keys stay; where the file's shape does not allow that, it is rewritten whole.
    func saveAll(_ entries: [SoAEntry]) throws {
        try WorkspaceLock(root: store.root).withLock {
            let disk = try readDisk()
            var soa = disk?.soa ?? StatementOfApplicability(entries: [])
            var changes: [(entry: SoAEntry, theirs: SoAEntry?)] = []
            for entry in entries {
                changes.append((entry, soa[entry.control]))
                if entry.isNoDecision { soa.remove(entry.control) } else { soa.upsert(entry) }
            }
            let text = disk.map { patched($0, soa: soa, changes: changes) } ?? SoACodec.encode(soa)
            if text != disk?.text { try write(text) }
        }
    }

    private func write(_ text: String) throws {
        try DurableFile.replace(store.realPath(path), with: Data(text.utf8))
    }

    private struct Disk {
        var text: String
        var root: NodeReader
        var soa: StatementOfApplicability
    }

    private func readDisk() throws -> Disk? {
        guard let text = try store.read(path) else { return nil }
        do {
            let root = try NodeReader.document(text, path: path, what: path)
            return Disk(text: text, root: root, soa: try SoACodec.decode(root, framework: framework).0)
        } catch let error as StoreError {
            throw WorkspaceStore.refusal(error)
        }
    }

    private func patched(_ disk: Disk, soa: StatementOfApplicability, entry: SoAEntry, theirs: SoAEntry?) -> String {
        patched(disk, soa: soa, changes: [(entry, theirs)])
    }

    private func patched(_ disk: Disk, soa: StatementOfApplicability, changes: [(entry: SoAEntry, theirs: SoAEntry?)]) -> String {
        // The patch places a new entry in catalog order, `soa` has it last: the entries are
        // compared by control, not by position.
        func byControl(_ soa: StatementOfApplicability) -> [String: SoAEntry] {
            Dictionary(soa.entries.map { ($0.control, $0) }, uniquingKeysWith: { first, _ in first })
        }
        let expected = byControl(soa)
        if let text = patch(disk, changes: changes),
           LosslessCheck.holds(text, path: path, expected: { (try? SoACodec.decode($0, framework: framework).0).map(byControl) == expected }, unknownOf: disk.root, known: ["controls"]) {
            return text
        }
        var map = YAMLMap()
        map.set("controls", YAMLWriter.list(soa.entries.map(SoAEntryCodec.map)))
        return LosslessCheck.rewrite(map, keepingUnknownOf: disk.root, known: ["controls"])
    }

    /// One patch of the text for every change, planned against the file as read.
    private func patch(_ disk: Disk, changes: [(entry: SoAEntry, theirs: SoAEntry?)]) -> String? {
        guard case .sequence(let items)? = disk.root.mapping.first(where: { $0.key.string == "controls" })?.value else { return nil }
        let controls = items.map { item -> String? in
            guard case .mapping(let mapping) = item else { return nil }
            return mapping.first { $0.key.string == "control" }?.value.string
        }
        var patch = YAMLPatch(text: disk.text, root: disk.root.node)
        var order: [String: Int]?
        for (entry, theirs) in changes {
            let placing = theirs == nil || !controls.contains(entry.control)
            if placing, order == nil { order = Dictionary(self.order().enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { first, _ in first }) }
            guard plan(&patch, entry: entry, theirs: theirs, items: items, controls: controls, order: order ?? [:]) else { return nil }
        }
        return patch.text
    }

    private func plan(_ patch: inout YAMLPatch, entry: SoAEntry, theirs: SoAEntry?, items: Node.Sequence, controls: [String?], order: [String: Int]) -> Bool {
        if entry.isNoDecision {
            guard let index = controls.firstIndex(of: entry.control) else { return true }
            return patch.remove(index, of: items)
        }
        if let theirs, let index = controls.firstIndex(of: entry.control), case .mapping(let mapping) = items[index] {
            guard patch.update(mapping, from: SoAEntryCodec.map(theirs), to: SoAEntryCodec.map(entry)) else { return false }
        } else {
            // A new entry goes after the last entry that precedes it in catalog order.
            let rank = order[entry.control] ?? Int.max
            let after = controls.lastIndex { ($0.flatMap { order[$0] } ?? Int.max) < rank }
            if after == nil, rank != Int.max {
                // Nothing on file precedes it in the catalog: it goes first, not last.
                guard patch.prepend(SoAEntryCodec.map(entry), to: items) else { return false }
            } else {
                guard patch.append(SoAEntryCodec.map(entry), to: items, after: after ?? (items.isEmpty ? nil : items.count - 1)) else { return false }
            }
        }
        return true
    }
}
