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
            for event in workspace.log(of: audit.id).events { try append(event, audit: audit.id) }
        }
        for action in workspace.actions { try save(action) }
    }

    /// Refuses to replace an `annex.yaml` of a newer schema: this binary would drop what it does not know.
    public func saveConfig(_ config: WorkspaceConfig) throws {
        if try read(WorkspaceLayout.config) != nil { _ = try loadConfig() }
        try replace(WorkspaceLayout.config, ConfigCodec.encode(config))
    }

    /// Saves one control's SoA entry. The file is re-read under the workspace lock and only this
    /// entry replaced, so another process's change to a different control is never lost.
    public func save(_ entry: SoAEntry) throws {
        try WorkspaceLock(root: root).withLock {
            var soa = StatementOfApplicability(entries: [])
            if let text = try read(WorkspaceLayout.soa) {
                do {
                    soa = try SoACodec.decode(try NodeReader.document(text, path: WorkspaceLayout.soa, what: "soa.yaml")).0
                } catch let error as StoreError {
                    throw Self.refusal(error)
                }
            }
            soa.upsert(entry)
            try DurableFile.replace(absolute(WorkspaceLayout.soa), with: Data(SoACodec.encode(soa).utf8))
        }
    }

    public func save(_ risk: Risk) throws { try replace(try WorkspaceLayout.risk(risk.id), RiskCodec.encode(risk)) }
    public func save(_ record: EvidenceRecord) throws { try replace(try WorkspaceLayout.evidence(record.id), EvidenceCodec.encode(record)) }
    public func save(_ audit: Audit) throws { try replace(try WorkspaceLayout.audit(audit.id), AuditCodec.encode(audit)) }
    public func save(_ action: CorrectiveAction) throws { try replace(try WorkspaceLayout.action(action.id), ActionCodec.encode(action)) }

    public func deleteRisk(_ id: String) throws { try remove(try WorkspaceLayout.risk(id)) }
    public func deleteEvidence(_ id: String) throws { try remove(try WorkspaceLayout.evidence(id)) }
    public func deleteAction(_ id: String) throws { try remove(try WorkspaceLayout.action(id)) }

    /// Removes an audit plan, but only while no journal exists for it: findings are never deleted.
    public func deleteAudit(_ id: String) throws {
        let folder = try WorkspaceLayout.auditFolder(id)
        if !files(in: folder, suffix: ".jsonl").isEmpty {
            throw StoreError(path: folder, "has findings; an audit with findings cannot be removed")
        }
        try remove(try WorkspaceLayout.audit(id))
        rmdir(absolute(folder))
    }

    /// Appends one event to its author's journal and returns only once it is on disk.
    public func append(_ event: AuditEvent, audit: String) throws {
        let path = try WorkspaceLayout.journal(audit: audit, auditor: event.author)
        try DurableFile.append(absolute(path), line: JournalCodec.encode(event))
    }

    /// Replaces a whole file, but never one that exists and cannot be parsed: the user's text
    /// there may be all that is left of their work, so they must fix it first.
    private func replace(_ relative: String, _ text: String) throws {
        try WorkspaceLock(root: root).withLock {
            try refuseIfUnparseable(relative)
            try DurableFile.replace(absolute(relative), with: Data(text.utf8))
        }
    }

    private func writeText(_ relative: String, _ text: String) throws {
        try DurableFile.replace(absolute(relative), with: Data(text.utf8))
    }

    private func remove(_ relative: String) throws {
        try WorkspaceLock(root: root).withLock {
            try DurableFile.remove(absolute(relative))
        }
    }

    private func refuseIfUnparseable(_ relative: String) throws {
        guard let text = try read(relative) else { return }
        do {
            _ = try NodeReader.document(text, path: relative, what: "the file")
        } catch let error as StoreError {
            throw Self.refusal(error)
        }
    }

    private static func refusal(_ error: StoreError) -> StoreError {
        StoreError(path: error.issue.path, line: error.issue.line,
                   "\(error.issue.message); fix the file by hand first, Annex will not overwrite it")
    }
}
