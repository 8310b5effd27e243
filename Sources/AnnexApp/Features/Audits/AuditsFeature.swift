import AnnexDomain

/// Audits: the list of audits beside the selected plan, and the live session that takes the
/// whole screen while it is open.
struct AuditsFeature: ScreenFeature {
    var screen: Screen { .audits }
    var show: Command { .showAudits }
    var panes: [Pane] { [.auditList, .auditPlan] }
    var commands: [Command] { AuditsKeys.commands }
    var keys: [(context: KeyContext, bindings: [Binding])] { AuditsKeys.contexts }
    var paneContexts: [KeyContext] { [.auditList, .auditPlan, .session, .sessionItem, .sessionFindings] }

    func context(_ state: AppState) -> KeyContext {
        guard let session = state.audits.session else { return state.focus == .auditPlan ? .auditPlan : .auditList }
        switch session.focus {
        case .checklist: return .session
        case .item: return .sessionItem
        case .findings: return .sessionFindings
        }
    }

    func helpContexts(_ state: AppState) -> [KeyContext] {
        state.audits.session != nil
            ? [.session, .sessionItem, .sessionFindings, .findingEditor, .sampleForm, .prompt, .history]
            : [.auditList, .auditPlan, .auditForm, .picker]
    }

    func perform(_ command: Command, _ state: inout AppState, ids: IDGenerator) -> [Effect] {
        AuditsReducer.perform(command, &state, ids: ids)
    }

    func back(_ state: inout AppState, ids: IDGenerator) -> [Effect] {
        if state.audits.session != nil { return AuditsReducer.perform(.back, &state, ids: ids) }
        leavePane(&state)
        return []
    }

    /// In a session Tab walks its three panes; otherwise the list and the plan.
    func focusStep(forward: Bool, _ state: inout AppState) {
        guard var session = state.audits.session else { return stepPanes(forward: forward, &state) }
        session.focus = ListScrolling.step(from: session.focus, in: AuditSessionState.Focus.allCases, forward: forward)
        state.audits.session = session
    }

    /// The clock of the current item runs only while the session is on view.
    func entered(_ state: inout AppState) {
        let now = state.now
        state.audits.session?.itemStarted = now
    }

    func leaving(_ state: inout AppState) -> [Effect] {
        AuditsState.sessionAudit(state).map { AuditSessionReducer.recordTime(&state, audit: $0) } ?? []
    }

    func drawn(_ target: FrameLayout.Target, scroll: Int, _ state: inout AppState) {
        switch target {
        case .rows(.auditList): state.audits.listScroll = scroll
        case .rows(.auditPlan): state.audits.checklistScroll = scroll
        case .rows(.sessionChecklist): state.audits.session?.scroll = scroll
        default: break
        }
    }

    func focus(_ pane: Pane, _ state: inout AppState) {
        switch pane {
        case .sessionChecklist: state.audits.session?.focus = .checklist
        case .sessionItem: state.audits.session?.focus = .item
        case .sessionFindings: state.audits.session?.focus = .findings
        default: state.focus = pane
        }
    }

    func click(row: Int, in target: FrameLayout.Target, _ state: inout AppState) -> [Effect] {
        switch target {
        case .rows(.auditList):
            let ordered = AuditsState.ordered(state.workspace.audits)
            let index = state.audits.listScroll + row
            if ordered.indices.contains(index) { AuditsReducer.select(ordered[index].id, &state) }
        case .rows(.auditPlan):
            let index = state.audits.checklistScroll + row
            if let audit = AuditsState.selectedAudit(state), audit.checklist.indices.contains(index) { state.audits.checklistCursor = index }
        case .rows(.sessionChecklist):
            return AuditMouse.clickChecklist(row: row, &state)
        default:
            break
        }
        return []
    }
}

extension Screen {
    public static let audits = Screen("audits", "Audits")
}

extension Pane {
    public static let auditList = Pane("auditList")
    public static let auditPlan = Pane("auditPlan")
    /// The live session's three panes; which one has the keys is the session's own focus.
    public static let sessionChecklist = Pane("sessionChecklist")
    public static let sessionItem = Pane("sessionItem")
    public static let sessionFindings = Pane("sessionFindings")
}
