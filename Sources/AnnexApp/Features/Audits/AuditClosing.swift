import AnnexDomain

/// Closing an audit: its status, end date and report.
enum AuditClosing {
    static func close(_ id: String, _ state: inout AppState) -> [Effect] {
        state.popup = nil
        guard var audit = state.workspace.audits.first(where: { $0.id == id }) else { return [] }
        var effects: [Effect] = []
        if let sessionAudit = AuditsState.sessionAudit(state), sessionAudit.id == id {
            effects += AuditSessionReducer.recordTime(&state, audit: sessionAudit)
            if let session = state.audits.session, !session.readOnly {
                effects.append(.releaseJournal(audit: id, auditor: session.auditor))
            }
            state.audits.session = nil
        }
        audit.status = .closed
        if audit.end == nil || audit.end.map({ $0 > state.today }) == true { audit.end = state.today }
        // The report is written only once the closed plan is on disk, from the files as they are
        // then, so it has every auditor's findings and is the text `annex export audit` prints.
        return effects + AuditsReducer.save(audit, &state, describe: AuditsNotice.closed(id).notice, then: [.writeReport(audit: id, today: state.today)])
    }
}
