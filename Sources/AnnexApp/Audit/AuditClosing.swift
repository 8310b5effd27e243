import AnnexDomain

/// Closing an audit: its status, end date and report.
enum AuditClosing {
    static func close(_ id: String, _ state: inout AppState) -> [Effect] {
        state.popup = nil
        guard var audit = state.workspace.audits.first(where: { $0.id == id }) else { return [] }
        var effects: [Effect] = []
        if let sessionAudit = AuditsState.sessionAudit(state), sessionAudit.id == id {
            effects += AuditSessionReducer.recordTime(&state, audit: sessionAudit)
            state.audits.session = nil
        }
        audit.status = .closed
        if audit.end == nil || audit.end.map({ $0 > state.today }) == true { audit.end = state.today }
        effects += AuditsReducer.save(audit, &state, describe: "\(id) closed")
        return effects + [.writeReport(audit: id, workspace: state.workspace, today: state.today)]
    }
}
