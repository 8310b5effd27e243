import AnnexDomain

/// Clicks in the live session, on the panes where the last frame drew them.
enum AuditMouse {
    /// A checklist row, counted from the first one on screen, becomes the current item.
    static func clickChecklist(row: Int, _ state: inout AppState) -> [Effect] {
        guard let session = state.audits.session, let audit = AuditsState.sessionAudit(state) else { return [] }
        let index = session.scroll + row
        guard audit.checklist.indices.contains(index) else { return [] }
        return AuditSessionReducer.go(to: index, &state, audit: audit)
    }
}
