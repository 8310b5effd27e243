import AnnexDomain

/// Clicks in the live session, on the panes where the last frame drew them.
enum AuditMouse {
    static func clickInSession(_ hit: (target: FrameLayout.Target, row: Int), _ state: inout AppState) -> [Effect] {
        guard let session = state.audits.session, let audit = AuditsState.sessionAudit(state) else { return [] }
        switch hit.target {
        case .sessionChecklist:
            state.audits.session?.focus = .checklist
            let index = session.scroll + hit.row
            guard audit.checklist.indices.contains(index) else { return [] }
            return AuditSessionReducer.go(to: index, &state, audit: audit)
        case .sessionFindings:
            state.audits.session?.focus = .findings
        case .sessionItem:
            state.audits.session?.focus = .item
        case .tab, .pane, .rows:
            break
        }
        return []
    }
}
