import AnnexDomain
import Foundation

extension WorkspaceStore {
    /// Creates a workspace in `folder` (made if missing) and writes every record of `workspace`.
    /// Refuses a folder that already holds a workspace rather than overwrite it.
    public static func create(at folder: String, with workspace: Workspace) throws -> WorkspaceStore {
        let root = WorkspaceLocator.absolute(folder, from: FileManager.default.currentDirectoryPath)
        if WorkspaceLocator.isWorkspace(root) {
            throw StoreError(path: root, "already holds an Annex workspace (annex.yaml); nothing was changed")
        }
        try DurableFile.makeFolder(root)
        let store = WorkspaceStore(root: root)
        try store.writeText(".gitignore", WorkspaceGitignore.text)
        try store.writeAll(workspace)
        return store
    }

    func writeAll(_ workspace: Workspace) throws {
        try saveConfig(workspace.config)
        try writeText(WorkspaceLayout.soa, SoACodec.encode(workspace.soa))
        for risk in workspace.risks { try save(risk) }
        for record in workspace.evidence { try save(record) }
        for audit in workspace.audits {
            try save(audit)
            // Each event goes to its author's journal; a log holds every version, so history is kept.
            for event in workspace.log(of: audit.id).events { try appendCreating(event, audit: audit.id) }
        }
        for action in workspace.actions { try save(action) }
    }

    /// Refuses to replace an `annex.yaml` of a newer schema: this binary would drop what it does not know.
    public func saveConfig(_ config: WorkspaceConfig) throws {
        _ = try saveConfig(config, base: nil, force: true)
    }

    public func saveConfig(_ config: WorkspaceConfig, base: WorkspaceConfig?, force: Bool = false) throws -> SaveOutcome<WorkspaceConfig> {
        if try read(WorkspaceLayout.config) != nil { _ = try loadConfig() }
        return try RecordWriter<ConfigCodec>(store: self, path: WorkspaceLayout.config, name: "annex.yaml").save(config, base: base, force: force)
    }

    /// Saves one control's SoA entry, the user's values winning (the command line, a new workspace).
    public func save(_ entry: SoAEntry) throws { _ = try SoAWriter(store: self, framework: entry.framework).save(entry, base: nil, force: true) }

    /// Saves an edit of one control's SoA entry made from `base`: merged field by field with what
    /// the file holds now, refused as a conflict where both changed the same field.
    /// An entry of another framework goes to its status file (`status/<framework>.yaml`).
    public func save(_ entry: SoAEntry, base: SoAEntry?) throws -> SaveOutcome<SoAEntry> {
        try SoAWriter(store: self, framework: entry.framework).save(entry, base: base)
    }

    public func save(_ risk: Risk) throws { _ = try save(risk, base: nil, force: true) }
    public func save(_ record: EvidenceRecord) throws { _ = try save(record, base: nil, force: true) }
    public func save(_ audit: Audit) throws { _ = try save(audit, base: nil, force: true) }
    public func save(_ action: CorrectiveAction) throws { _ = try save(action, base: nil, force: true) }

    public func save(_ risk: Risk, base: Risk?, force: Bool = false) throws -> SaveOutcome<Risk> {
        try RecordWriter<RiskCodec>(store: self, path: try WorkspaceLayout.risk(risk.id), name: risk.id).save(risk, base: base, force: force)
    }

    public func save(_ record: EvidenceRecord, base: EvidenceRecord?, force: Bool = false) throws -> SaveOutcome<EvidenceRecord> {
        try RecordWriter<EvidenceCodec>(store: self, path: try WorkspaceLayout.evidence(record.id), name: record.id).save(record, base: base, force: force)
    }

    public func save(_ audit: Audit, base: Audit?, force: Bool = false) throws -> SaveOutcome<Audit> {
        try RecordWriter<AuditCodec>(store: self, path: try WorkspaceLayout.audit(audit.id), name: "audit \(audit.id)").save(audit, base: base, force: force)
    }

    public func save(_ action: CorrectiveAction, base: CorrectiveAction?, force: Bool = false) throws -> SaveOutcome<CorrectiveAction> {
        try RecordWriter<ActionCodec>(store: self, path: try WorkspaceLayout.action(action.id), name: action.id).save(action, base: base, force: force)
    }

    /// Removes a risk's file unless it changed on disk since `base` was read (then: the conflict).
    public func delete(_ risk: Risk) throws -> (RecordConflict, Risk)? {
        try RecordWriter<RiskCodec>(store: self, path: try WorkspaceLayout.risk(risk.id), name: risk.id).delete(base: risk)
    }

    public func delete(_ action: CorrectiveAction) throws -> (RecordConflict, CorrectiveAction)? {
        try RecordWriter<ActionCodec>(store: self, path: try WorkspaceLayout.action(action.id), name: action.id).delete(base: action)
    }

    public func deleteEvidence(_ id: String) throws { try remove(try WorkspaceLayout.evidence(id)) }

    /// Removes an evidence record's file unless it changed on disk since `base` was read.
    public func delete(_ record: EvidenceRecord) throws -> (RecordConflict, EvidenceRecord)? {
        try RecordWriter<EvidenceCodec>(store: self, path: try WorkspaceLayout.evidence(record.id), name: record.id).delete(base: record)
    }

    /// Removes an audit plan, but only while no journal exists for it: findings are never deleted.
    public func deleteAudit(_ id: String) throws {
        let folder = try WorkspaceLayout.auditFolder(id)
        if !files(in: folder, suffix: ".jsonl").isEmpty {
            throw StoreError(path: folder, "has findings; an audit with findings cannot be removed")
        }
        try remove(try WorkspaceLayout.audit(id))
        rmdir(absolute(folder))
    }

    /// Appends one event to its author's journal and returns only once it is on disk. An audit
    /// closed on disk (by another auditor, say) accepts nothing more: the caller keeps the note.
    public func append(_ event: AuditEvent, audit: String) throws {
        let path = try WorkspaceLayout.journal(audit: audit, auditor: event.author)
        if let plan = try? DiskRecord<AuditCodec>.read(try WorkspaceLayout.audit(audit), in: self), plan.record.status == .closed {
            throw StoreError(path: try WorkspaceLayout.audit(audit), "\(audit) is closed: nothing more can be logged in it")
        }
        ownAppends.add(try DurableFile.append(realPath(path), line: JournalCodec.encode(event)), to: path)
    }

    /// Writes a journal event of a workspace being created (the demo), closed audits included.
    func appendCreating(_ event: AuditEvent, audit: String) throws {
        let path = try WorkspaceLayout.journal(audit: audit, auditor: event.author)
        try DurableFile.append(realPath(path), line: JournalCodec.encode(event))
    }

    private func writeText(_ relative: String, _ text: String) throws {
        try DurableFile.replace(realPath(relative), with: Data(text.utf8))
    }

    private func remove(_ relative: String) throws {
        try WorkspaceLock(root: root).withLock {
            try DurableFile.remove(absolute(relative))
        }
    }

    static func refusal(_ error: StoreError) -> StoreError {
        StoreError(path: error.issue.path, line: error.issue.line,
                   "\(error.issue.message); fix the file by hand first, Annex will not overwrite it")
    }
}
