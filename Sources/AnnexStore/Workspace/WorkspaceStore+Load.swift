import AnnexDomain
import Foundation

extension WorkspaceStore {
    /// Reads every file. Only a missing or unusable `annex.yaml` is fatal: any other file that
    /// fails to parse is reported, left out, and protected from being overwritten.
    ///
    /// With `cached`, records and journals whose files have not changed since an earlier load
    /// come from the parse cache (`ParseCache`), and the cache is brought up to date; the result
    /// is the same either way. `savingCache` false reads from the cache but never writes it (a
    /// read-only session writes nothing into the workspace).
    ///
    /// `outline`, from `loadOutline` moments before, saves parsing `annex.yaml` and `soa.yaml`
    /// again when neither file has changed since (the result is the same either way).
    public func load(cached: Bool = false, savingCache: Bool = true, outline: WorkspaceOutline? = nil) throws -> LoadedWorkspace {
        let interrupted = interruptedChange(finishing: savingCache)
        if savingCache { outline?.cache?.save(in: self) }
        let reused = interrupted.isEmpty ? outline?.unchanged(in: self) : nil
        let (config, configSource, configWarnings) = try reused?.config ?? loadConfig()
        // The registers (YAML) and the audits (mostly JSON journals) are independent and of
        // similar weight on a large workspace: they are read side by side.
        let registers = ParallelSlot<(Loading, StatementOfApplicability, [Risk], [EvidenceRecord], [CorrectiveAction])>()
        let auditing = ParallelSlot<(Loading, [Audit], [String: AuditLog])>()
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            var loading = Loading(store: self, cache: cached ? ParseCache(name: part == 0 ? "records" : "journals", store: self) : nil)
            defer { if savingCache { loading.cache?.save(in: self) } }
            if part == 0 {
                let soa = reused?.soa.map { loading.take($0) } ?? loading.loadSoA()
                let risks = loading.loadRecords(in: WorkspaceLayout.risks, codec: RiskCodec.self, id: \.id, subject: Subject.risk)
                let evidence = loading.loadRecords(in: WorkspaceLayout.evidence, codec: EvidenceCodec.self, id: \.id, subject: Subject.evidence)
                let actions = loading.loadRecords(in: WorkspaceLayout.actions, codec: ActionCodec.self, id: \.id, subject: Subject.action)
                registers.value = (loading, soa, risks, evidence, actions)
            } else {
                let (audits, logs) = loading.loadAudits()
                auditing.value = (loading, audits, logs)
            }
        }
        guard let (first, soa, risks, evidence, actions) = registers.value, let (second, audits, logs) = auditing.value else {
            throw StoreError(path: root, "the workspace could not be read")
        }
        var loading = Loading(store: self)
        loading.issues = interrupted + configWarnings + first.issues + second.issues
        loading.unreadable = first.unreadable.union(second.unreadable)
        loading.sources = first.sources.merging(second.sources) { one, _ in one }
        loading.sources[.configuration] = configSource
        loading.journalEnds = first.journalEnds.merging(second.journalEnds) { one, _ in one }
        loading.cachedFiles = first.cachedFiles + second.cachedFiles
        loading.findingPlaces = second.findingPlaces
        let catalogs = CatalogFiles.load(in: self)
        loading.issues += catalogs.issues
        loading.unreadable.formUnion(catalogs.unreadable)
        let mappings = MappingFiles.load(in: self, catalog: catalogs.catalog)
        loading.issues += mappings.issues
        loading.unreadable.formUnion(mappings.unreadable)
        let statuses = StatusFiles.load(in: self, catalog: catalogs.catalog)
        loading.issues += statuses.issues
        loading.unreadable.formUnion(statuses.unreadable)
        loading.sources.merge(statuses.sources) { first, _ in first }
        let workspace = Workspace(
            config: config, soa: soa, risks: risks, evidence: evidence,
            audits: audits, auditLogs: logs, actions: actions, catalog: catalogs.catalog, mappings: mappings.mappings,
            statements: statuses.statements
        )
        return LoadedWorkspace(workspace: workspace, issues: loading.issues, unreadable: loading.unreadable, sources: loading.sources,
                               journalEnds: loading.journalEnds, cachedFiles: loading.cachedFiles, findingPlaces: loading.findingPlaces)
    }

    /// A change of several files that a crash interrupted is finished (when this process may
    /// write) before anything is read; one left pending is said.
    private func interruptedChange(finishing: Bool) -> [FileIssue] {
        guard MultiFileCommit.hasInterruptedChange(in: self) else { return [] }
        var problem = "a change of several files (an import) was interrupted; the next Annex that may write finishes it"
        if finishing {
            do {
                try WorkspaceLock(root: root).withLock {}
                return []
            } catch let error as StoreError {
                problem = "a change of several files was interrupted and cannot be finished: \(error.description)"
            } catch {
                problem = "a change of several files was interrupted and cannot be finished: \(error)"
            }
        }
        return [FileIssue(.warning, path: MultiFileCommit.intentPrefix + "*", problem)]
    }

    func loadConfig() throws -> (WorkspaceConfig, RecordSource, [FileIssue]) {
        let path = WorkspaceLayout.config
        guard let text = try read(path) else {
            throw StoreError(path: root, "not an Annex workspace (no annex.yaml)")
        }
        let reader = try NodeReader.document(text, path: path, what: "annex.yaml")
        let schema = try reader.int("schema")
        try SchemaVersion.check(schema, reader: reader)
        let (config, warnings) = try ConfigCodec.decode(reader)
        return (config, RecordSource(path: path, line: 1, lines: LineIndex(reader.node)), warnings)
    }
}

/// One result written by one thread of a parallel load and read after all of them finished.
private final class ParallelSlot<Value>: @unchecked Sendable {
    var value: Value?
}

/// The state of one load: what was read, what went wrong, where each record came from.
struct Loading {
    let store: WorkspaceStore
    var issues: [FileIssue] = []
    var unreadable: Set<String> = []
    var sources: [Subject: RecordSource] = [:]
    /// How far each journal was read: following the workspace reads on from there.
    var journalEnds: [String: Int] = [:]
    var cache: ParseCache?
    var cachedFiles = 0
    var findingPlaces: [String: [String: FindingPlace]] = [:]

    init(store: WorkspaceStore, cache: ParseCache? = nil) {
        self.store = store
        self.cache = cache
    }

    mutating func fail(_ path: String, _ error: Error) {
        unreadable.insert(path)
        if let error = error as? StoreError {
            issues.append(error.issue)
        } else {
            issues.append(FileIssue(.error, path: path, "\(error)"))
        }
    }

    mutating func loadSoA() -> StatementOfApplicability {
        let path = WorkspaceLayout.soa
        do {
            guard let text = try store.read(path) else {
                issues.append(FileIssue(.error, path: path, "the Statement of Applicability is missing"))
                return StatementOfApplicability(entries: [])
            }
            let reader = try NodeReader.document(text, path: path, what: "soa.yaml")
            let (soa, warnings) = try SoACodec.decode(reader)
            issues += warnings
            for (entry, source) in zip(soa.entries, RecordSource.entries(soa.entries, of: reader, path: path)) {
                sources[.soa(control: entry.control)] = source
            }
            return soa
        } catch {
            fail(path, error)
            return StatementOfApplicability(entries: [])
        }
    }

    /// One record per file, named by its id; a file whose id does not match its name is refused.
    mutating func loadRecords<Codec: CachedRecordCodec>(
        in folder: String, codec: Codec.Type, id: KeyPath<Codec.Record, String>, subject: (String) -> Subject
    ) -> [Codec.Record] {
        var records: [Codec.Record] = []
        if let problem = store.folderProblem(folder) { issues.append(problem) }
        // A folder with no link on its way needs only each file checked for being a link.
        let folderUnlinked = cache != nil && (try? store.realPath(folder)) != nil
        for path in store.files(in: folder, suffix: ".yaml") {
            do {
                // Taken before the file is read: a change while it is read makes the entry stale.
                var signature: ParseCache.Signature?
                if cache != nil {
                    signature = folderUnlinked ? ParseCache.Signature(unlinked: store.absolute(path)) : nil
                    if signature == nil { signature = ParseCache.Signature(try store.realPath(path)) }
                }
                if let signature, var reader = cache?.reader(for: path, signature: signature),
                   let (record, warnings, lines) = try? CachedRecord.read(Codec.self, from: &reader) {
                    issues += warnings
                    sources[subject(record[keyPath: id])] = RecordSource(path: path, line: 1, lines: lines)
                    records.append(record)
                    cachedFiles += 1
                    continue
                }
                guard let text = try store.read(path) else { continue }
                let reader = try NodeReader.document(text, path: path, what: "the file")
                let (record, warnings) = try Codec.decode(reader)
                let recordID = record[keyPath: id]
                let expected = (path as NSString).lastPathComponent.dropLast(".yaml".count)
                if let problem = RecordID.problem(with: recordID) { throw reader.fail("id", problem) }
                if recordID != expected { throw reader.fail("id", "the id '\(recordID)' does not match the file name '\(expected).yaml'") }
                issues += warnings
                let lines = LineIndex(reader.node)
                sources[subject(recordID)] = RecordSource(path: path, line: 1, lines: lines)
                records.append(record)
                if let signature {
                    cache?.keep(path, signature: signature, payload: CachedRecord.payload(Codec.self, record: record, warnings: warnings, lines: lines))
                }
            } catch {
                fail(path, error)
            }
        }
        return records
    }

    mutating func loadAudits() -> ([Audit], [String: AuditLog]) {
        var audits: [Audit] = []
        var logs: [String: AuditLog] = [:]
        if let problem = store.folderProblem(WorkspaceLayout.audits) { issues.append(problem) }
        for folderName in store.folders(in: WorkspaceLayout.audits) {
            let folder = "\(WorkspaceLayout.audits)/\(folderName)"
            let path = "\(folder)/audit.yaml"
            if let problem = store.folderProblem(folder) {
                issues.append(problem)
                continue
            }
            do {
                guard let text = try store.read(path) else {
                    issues.append(FileIssue(.error, path: path, "the audit folder has no audit.yaml"))
                    continue
                }
                let reader = try NodeReader.document(text, path: path, what: "audit.yaml")
                let (audit, warnings) = try AuditCodec.decode(reader)
                if audit.id != folderName { throw reader.fail("id", "the id '\(audit.id)' does not match the folder '\(folderName)'") }
                issues += warnings
                sources[.audit(audit.id)] = RecordSource(path: path, line: 1, lines: LineIndex(reader.node))
                audits.append(audit)
                logs[audit.id] = loadJournals(in: folder, audit: audit.id)
            } catch {
                fail(path, error)
            }
        }
        return (audits, logs)
    }

    private mutating func loadJournals(in folder: String, audit: String) -> AuditLog {
        var events: [AuditEvent] = []
        var withdrawals: [(id: String, path: String, line: Int)] = []
        var places: [String: FindingPlace] = [:]
        for path in store.files(in: folder, suffix: ".jsonl") where (path as NSString).lastPathComponent.hasPrefix("findings-") {
            let result: JournalReader.Result
            do {
                let real = try store.realPath(path)
                let signature = cache != nil ? ParseCache.Signature(real) : nil
                if let signature, var reader = cache?.reader(for: path, signature: signature),
                   let (size, cached) = try? CachedJournal.read(from: &reader) {
                    journalEnds[path] = size
                    result = cached
                    cachedFiles += 1
                } else {
                    guard let data = FileManager.default.contents(atPath: real) else {
                        issues.append(FileIssue(.error, path: path, "cannot be read (check its permissions)"))
                        continue
                    }
                    journalEnds[path] = data.count
                    result = JournalReader.read(data, path: path)
                    if let signature { cache?.keep(path, signature: signature, payload: CachedJournal.payload(size: data.count, result: result)) }
                }
            } catch {
                issues.append((error as? StoreError)?.issue ?? FileIssue(.error, path: path, "\(error)"))
                continue
            }
            issues += result.issues
            places.reserveCapacity(places.count + result.events.count)
            // One journal's events are taken as they are (shared, not copied); several are joined.
            if events.isEmpty { events = result.events } else { events += result.events }
            for (event, line) in zip(result.events, result.lines) {
                if case .withdrawn(let id, _, _, _) = event { withdrawals.append((id, path, line)) }
                if case .logged(let finding) = event {
                    // Two processes of one auditor once could both log a restored note.
                    if let first = places[finding.id] {
                        issues.append(FileIssue(.error, path: path, line: line,
                            "finding \(finding.id) is logged twice (first in \(first.path):\(first.line)): finding ids must be unique within an audit"))
                        continue
                    }
                    places[finding.id] = FindingPlace(path: path, line: line)
                }
            }
        }
        // Checked once every auditor's journal is read: the finding may be in another one.
        findingPlaces[audit] = places
        for withdrawal in withdrawals where places[withdrawal.id] == nil {
            issues.append(FileIssue(.error, path: withdrawal.path, line: withdrawal.line,
                "withdraws finding \(withdrawal.id), which no journal of \(audit) logs"))
        }
        return AuditLog(events: events)
    }
}
