import AnnexDomain

/// Taking in what others wrote to the workspace while this process runs: records are replaced
/// one by one, events added to their audit's log, and every selection stays on its record.
enum WorkspaceSync {
    static func apply(_ incoming: WorkspaceChanges, _ state: inout AppState) {
        let changes = news(incoming, state.workspace)
        // In place: a copy would make the next change of a large audit log copy its findings.
        if let config = changes.config { state.workspace.config = config }
        for entry in changes.soaEntries { state.workspace.upsert(entry) }
        replace(&state.workspace.risks, with: changes.risks, removing: changes.removedRisks, id: \.id)
        replace(&state.workspace.evidence, with: changes.evidence, removing: changes.removedEvidence, id: \.id)
        replace(&state.workspace.audits, with: changes.audits, removing: changes.removedAudits, id: \.id)
        replace(&state.workspace.actions, with: changes.actions, removing: changes.removedActions, id: \.id)
        for audit in changes.removedAudits { state.workspace.auditLogs[audit] = nil }
        for (audit, events) in changes.logs { state.workspace.auditLogs[audit] = AuditLog(events: events) }
        for (audit, events) in changes.events {
            for event in events { state.workspace.auditLogs[audit, default: AuditLog()].apply(event) }
        }
        keepSelections(changes, &state)
        followSession(&state)
        report(changes, &state)
    }

    /// Only what differs from memory: this process's own saves come back from disk unchanged.
    private static func news(_ changes: WorkspaceChanges, _ workspace: Workspace) -> WorkspaceChanges {
        var news = changes
        if news.config == workspace.config { news.config = nil }
        news.soaEntries = changes.soaEntries.filter { workspace.entry($0.control, in: $0.framework) != $0 }
        if !changes.risks.isEmpty || !changes.removedRisks.isEmpty {
            let risks = Dictionary(workspace.risks.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            news.risks = changes.risks.filter { risks[$0.id] != $0 }
            news.removedRisks = changes.removedRisks.filter { risks[$0] != nil }
        }
        news.evidence = changes.evidence.filter { record in !workspace.evidence.contains(record) }
        news.removedEvidence = changes.removedEvidence.filter { id in workspace.evidence.contains { $0.id == id } }
        news.audits = changes.audits.filter { audit in !workspace.audits.contains(audit) }
        news.removedAudits = changes.removedAudits.filter { id in workspace.audits.contains { $0.id == id } }
        news.actions = changes.actions.filter { action in !workspace.actions.contains(action) }
        news.removedActions = changes.removedActions.filter { id in workspace.actions.contains { $0.id == id } }
        news.logs = changes.logs.filter { audit, events in workspace.auditLogs[audit]?.events != events }
        return news
    }

    private static func replace<Record>(_ records: inout [Record], with changed: [Record], removing removed: [String], id: KeyPath<Record, String>) {
        guard !changed.isEmpty || !removed.isEmpty else { return }
        var index = Dictionary(records.enumerated().map { ($1[keyPath: id], $0) }, uniquingKeysWith: { first, _ in first })
        for record in changed {
            if let at = index[record[keyPath: id]] {
                records[at] = record
            } else {
                index[record[keyPath: id]] = records.count
                records.append(record)
            }
        }
        if !removed.isEmpty {
            let gone = Set(removed)
            records.removeAll { gone.contains($0[keyPath: id]) }
        }
    }

    /// Lists whose records changed keep their selected record and, where it is still in view,
    /// their scroll position; a removed record hands the selection to the first shown.
    private static func keepSelections(_ changes: WorkspaceChanges, _ state: inout AppState) {
        for feature in ScreenFeatures.all { feature.followed(changes, &state) }
    }

    /// A session on an audit closed elsewhere stops writing; one whose audit is gone ends.
    private static func followSession(_ state: inout AppState) {
        guard let session = state.audits.session else { return }
        guard let audit = state.workspace.audits.first(where: { $0.id == session.audit }) else {
            state.audits.session = nil
            return
        }
        let count = audit.checklist.count
        if count == 0 {
            state.audits.session = nil
            return
        }
        state.audits.session?.cursor = min(session.cursor, count - 1)
        if audit.status == .closed, !session.readOnly {
            state.audits.session?.readOnly = true
            state.status = StatusMessage(.warning, AuditsNotice.closedElsewhere(audit.id))
        }
    }

    private static func report(_ changes: WorkspaceChanges, _ state: inout AppState) {
        if let problem = changes.problems.first {
            state.status = StatusMessage(.warning, ShellNotice.fileProblem(problem, more: changes.problems.count - 1))
        } else if state.status?.kind != .warning, state.status?.kind != .error {
            let records = changes.recordCount, events = changes.eventCount
            if records > 0 { state.status = StatusMessage(.info, ShellNotice.updatedFromDisk(records: records)) }
            else if events > 0 { state.status = StatusMessage(.info, ShellNotice.newEvents(events)) }
            else if !changes.repaired.isEmpty { state.status = StatusMessage(.info, ShellNotice.readsAgain(path: changes.repaired[0])) }
        }
    }
}
