import AnnexDomain
import Foundation
import Yams

/// Saving one record as the workspace promises: under the workspace lock the file is read
/// again, the edit merged field by field with whatever was written there since the edit began,
/// and only the lines of the fields that change are rewritten. Nothing is written on a conflict.
struct RecordWriter<Codec: RecordCodec> {
    let store: WorkspaceStore
    let path: String
    /// The record's name in a conflict: `R-020`.
    let name: String

    /// `base` nil with `force`: the user's values win over the file's (a new record, the CLI).
    func save(_ mine: Codec.Record, base: Codec.Record?, force: Bool = false) throws -> SaveOutcome<Codec.Record> {
        try WorkspaceLock(root: store.root).withLock {
            let (outcome, text) = try merge(mine, base: base, force: force)
            if let text { try DurableFile.replace(store.realPath(path), with: Data(text.utf8)) }
            return outcome
        }
    }

    /// The file's new text with `mine` merged into what it holds now, nil when it would not
    /// change; writes nothing. Call with the workspace lock held.
    func merge(_ mine: Codec.Record, base: Codec.Record?, force: Bool) throws -> (SaveOutcome<Codec.Record>, text: String?) {
        let disk = try DiskRecord<Codec>.read(path, in: store)
        if disk == nil, base != nil, !force {
            return (.conflict(RecordConflict(record: name, path: path, fields: [], deletedOnDisk: true), theirs: nil, mine: mine), nil)
        }
        let theirs = disk.map { Codec.map($0.record) }
        let result = FieldMerge.merge(base: force ? theirs : base.map(Codec.map), mine: Codec.map(mine), theirs: theirs)
        let merged = try Codec.read(NodeReader(path: path, node: result.merged.node, what: "the record"))
        if !result.conflicts.isEmpty {
            let conflict = RecordConflict(record: name, path: path, fields: result.conflicts, changedAt: store.modificationDate(path))
            return (.conflict(conflict, theirs: disk?.record, mine: merged), nil)
        }
        let text = disk.map { $0.patched(to: merged) } ?? Codec.encode(merged)
        return (.written(merged), text == disk?.text ? nil : text)
    }

    /// Removes the file, unless it changed on disk since `base` was read: then that is a
    /// conflict, returned with the record as the file has it.
    func delete(base: Codec.Record) throws -> (RecordConflict, Codec.Record)? {
        try WorkspaceLock(root: store.root).withLock {
            guard let disk = try DiskRecord<Codec>.read(path, in: store) else { return nil }
            if disk.record != base {
                let fields = Codec.map(disk.record).pairs.compactMap { key, value -> FieldConflict? in
                    guard let name = key.string, !YAMLValue.same(Codec.map(base).value(at: [name]), value) else { return nil }
                    return FieldConflict(field: name, base: YAMLValue.display(Codec.map(base).value(at: [name])), mine: "(removed)", theirs: YAMLValue.display(value))
                }
                return (RecordConflict(record: name, path: path, fields: fields, changedAt: store.modificationDate(path)), disk.record)
            }
            try DurableFile.remove(store.absolute(path))
            return nil
        }
    }
}

/// A record file as it is on disk now: its text, its parse and the record it holds.
struct DiskRecord<Codec: RecordCodec> {
    let text: String
    let root: NodeReader
    let record: Codec.Record

    /// nil when the file does not exist. A file that does not parse is refused: it is never overwritten.
    static func read(_ path: String, in store: WorkspaceStore) throws -> DiskRecord? {
        guard let text = try store.read(path) else { return nil }
        do {
            let root = try NodeReader.document(text, path: path, what: "the file")
            return DiskRecord(text: text, root: root, record: try Codec.read(root))
        } catch let error as StoreError {
            throw WorkspaceStore.refusal(error)
        }
    }

    /// The text with only the changed fields' lines rewritten; a whole new text if the file has a
    /// shape the patch cannot edit safely, still with every key Annex does not know.
    func patched(to record: Codec.Record) -> String {
        var patch = YAMLPatch(text: text, root: root.node)
        if patch.update(root.mapping, from: Codec.map(self.record), to: Codec.map(record), legacy: Codec.legacyKeys),
           LosslessCheck.holds(patch.text, path: root.path, expected: { (try? Codec.read($0)) == record }, unknownOf: root, known: Codec.knownKeys) {
            return patch.text
        }
        return LosslessCheck.rewrite(Codec.map(record), keepingUnknownOf: root, known: Codec.knownKeys)
    }
}

/// The guard behind every patch: the new text must read back as the intended record and keep
/// every key Annex does not know, or it is not written.
enum LosslessCheck {
    static func holds(_ text: String, path: String, expected: (NodeReader) -> Bool, unknownOf original: NodeReader, known: Set<String>) -> Bool {
        guard let reader = try? NodeReader.document(text, path: path, what: "the file"), expected(reader) else { return false }
        return unknown(reader, known: known) == unknown(original, known: known)
    }

    /// The codec's text with the unknown keys appended: comments are lost, nothing else.
    static func rewrite(_ map: YAMLMap, keepingUnknownOf original: NodeReader, known: Set<String>) -> String {
        var full = map
        for (key, value) in original.mapping where !known.contains(key.string ?? "") { full.set(key.string ?? "", value) }
        return YAMLWriter.document(full)
    }

    private static func unknown(_ reader: NodeReader, known: Set<String>) -> [String] {
        reader.mapping.compactMap { key, value in
            guard let name = key.string, !known.contains(name) else { return nil }
            return name + "=" + YAMLValue.display(value)
        }
    }
}

extension WorkspaceStore {
    func modificationDate(_ relative: String) -> Date? {
        (try? FileManager.default.attributesOfItem(atPath: absolute(relative)))?[.modificationDate] as? Date
    }
}
