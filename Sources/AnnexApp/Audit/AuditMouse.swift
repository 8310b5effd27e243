import AnnexDomain

/// Clicks on the Audits screen and in the live session, at the rows the views draw.
enum AuditMouse {
    static func click(x: Int, y: Int, _ state: inout AppState) -> [Effect] {
        if state.audits.session != nil { return clickInSession(x: x, y: y, &state) }
        let ordered = AuditsState.ordered(state.workspace.audits)
        let listHeight = Metrics.auditListHeight(height: state.height, count: ordered.count)
        if y < 1 + listHeight {
            state.focus = .auditList
            // Row 1 is the border, row 2 the header: audits start on row 3.
            let index = state.audits.listScroll + (y - 3)
            if y >= 3, ordered.indices.contains(index) { AuditsReducer.select(ordered[index].id, &state) }
            return []
        }
        let planWidth = Metrics.auditPlanWidth(width: state.width)
        guard x >= planWidth, let audit = AuditsState.selectedAudit(state) else { return [] }
        state.focus = .auditPlan
        let index = state.audits.checklistScroll + (y - (1 + listHeight) - 1)
        if audit.checklist.indices.contains(index) { state.audits.checklistCursor = index }
        return []
    }

    /// The session's panes are where the last frame drew them.
    private static func clickInSession(x: Int, y: Int, _ state: inout AppState) -> [Effect] {
        guard let session = state.audits.session, let audit = AuditsState.sessionAudit(state), let hit = state.frame.hit(x: x, y: y) else { return [] }
        switch hit.target {
        case .sessionChecklist:
            state.audits.session?.focus = .checklist
            let index = session.scroll + hit.row
            guard audit.checklist.indices.contains(index) else { return [] }
            return AuditSessionReducer.go(to: index, &state, audit: audit)
        case .sessionFindings:
            state.audits.session?.focus = .findings
        case .sessionItem, .tab:
            break
        }
        return []
    }
}
