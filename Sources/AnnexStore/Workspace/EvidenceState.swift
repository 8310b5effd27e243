import AnnexDomain
import Foundation

/// Where a piece of evidence stands today: what `annex evidence list` and `verify` say of it.
public enum EvidenceState: String, Sendable {
    case current
    /// A URL: Annex cannot look behind it.
    case link
    /// Runs out within `EvidenceState.warningDays`.
    case expiring
    case expired
    /// The file it names is not in the workspace (or cannot be read).
    case missing
    /// The file's SHA-256 is not the one registered.
    case changed
    /// Its location leaves the workspace.
    case outside

    public static let warningDays = 30

    /// Whether `annex evidence verify` fails on it.
    public var needsAttention: Bool { ![.current, .link].contains(self) }
}

extension WorkspaceStore {
    /// The state of one record: the file's presence and hash first (a changed file is not
    /// evidence at all), then its expiry.
    public func state(of record: EvidenceRecord, today: Day) -> EvidenceState {
        if !record.isURL {
            guard let path = insideWorkspace(record.location) else { return .outside }
            guard let data = FileManager.default.contents(atPath: path) else { return .missing }
            if let expected = record.sha256, SHA256.hex(of: data) != expected { return .changed }
        }
        if record.isExpired(on: today) { return .expired }
        if let expires = record.expires, today.days(until: expires) <= EvidenceState.warningDays { return .expiring }
        return record.isURL ? .link : .current
    }

    /// Registers evidence: a URL as it is; a file inside the workspace where it lies; a file
    /// outside it copied under `evidence/files/` when `copy` is set. The SHA-256 of a file is
    /// recorded, so a later change shows. Returns the record to save.
    public func evidenceRecord(for source: String, copy: Bool, id: String, title: String) throws -> EvidenceRecord {
        if source.contains("://") {
            if copy { throw StoreError(path: source, "is a URL: there is no file to copy; leave out --copy") }
            return EvidenceRecord(id: id, title: title, location: source)
        }
        let absolute = WorkspaceLocator.absolute(source, from: FileManager.default.currentDirectoryPath)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: absolute, isDirectory: &isFolder) else { throw StoreError(path: source, "does not exist") }
        if isFolder.boolValue { throw StoreError(path: source, "is a folder; register a file or a URL") }
        guard let data = FileManager.default.contents(atPath: absolute) else { throw StoreError(path: source, "cannot be read (check its permissions)") }
        let hash = SHA256.hex(of: data)
        let resolved = (absolute as NSString).resolvingSymlinksInPath
        let realRoot = (root as NSString).resolvingSymlinksInPath
        if resolved.hasPrefix(realRoot + "/") {
            if copy { throw StoreError(path: source, "is already inside the workspace: it is referenced where it is; leave out --copy") }
            return EvidenceRecord(id: id, title: title, location: String(resolved.dropFirst(realRoot.count + 1)), sha256: hash)
        }
        guard copy else {
            throw StoreError(path: source, "is outside the workspace: --copy keeps a copy under \(WorkspaceLayout.evidence)/files/, or register a URL")
        }
        let name = (absolute as NSString).lastPathComponent
        let location = "\(WorkspaceLayout.evidence)/files/\(name)"
        let target = try realPath(location)
        if let existing = FileManager.default.contents(atPath: target), existing != data {
            throw StoreError(path: location, "already exists with other content; rename the file to copy, or register that one")
        }
        try WorkspaceLock(root: root).withLock { try DurableFile.replace(target, with: data) }
        return EvidenceRecord(id: id, title: title, location: location, sha256: hash)
    }

    /// Adds an evidence id to SoA entries, in one atomic change of `soa.yaml`.
    public func link(evidence id: String, to controls: [String], in soa: StatementOfApplicability) throws {
        let entries = controls.map { control -> SoAEntry in
            var entry = soa[control] ?? SoAEntry(control: control)
            if !entry.evidence.contains(id) { entry.evidence.append(id) }
            return entry
        }
        try SoAWriter(store: self).saveAll(entries)
    }
}
