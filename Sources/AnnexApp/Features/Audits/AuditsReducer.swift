import AnnexDomain

/// The Audits screen: choosing an audit, creating and editing plans, shaping the checklist.
enum AuditsReducer {
    static func perform(_ command: Command, _ state: inout AppState, ids: IDGenerator) -> [Effect] {
        if state.audits.session != nil { return AuditSessionReducer.perform(command, &state, ids: ids) }
        switch command {
        case .moveDown, .moveUp, .pageDown, .pageUp, .moveTop, .moveBottom:
            move(command, &state)
        case .openSession:
            return AuditSessionReducer.open(&state)
        case .newAudit:
            let id = ids.make(prefix: "IA", avoiding: Set(state.workspace.audits.map(\.id)))
            let framework = state.workspace.catalog.iso27001
            var audit = Audit(
                id: id, title: "Internal audit", type: .internal_, status: .planned,
                scope: state.workspace.config.scope,
                criteria: Audit.defaultCriteria(of: framework),
                auditors: state.user.map { [$0] } ?? [], start: state.today,
                checklist: Audit.defaultChecklist(framework: framework, statement: state.workspace.soa)
            )
            audit.end = state.today.adding(days: 5)
            state.popup = .of(AuditPlanForm(audit: audit, isNew: true, frameworks: frameworkChoices(state)))
        case .editAudit:
            guard let audit = AuditsState.selectedAudit(state) else { return noAudit(&state) }
            state.popup = .of(AuditPlanForm(audit: audit, isNew: false))
        case .followUpAudit:
            guard let previous = AuditsState.selectedAudit(state) else { return noAudit(&state) }
            let id = ids.make(prefix: "IA", avoiding: Set(state.workspace.audits.map(\.id)))
            // A follow-up verifies the same controls: its framework is the audit's it follows up.
            state.popup = .of(AuditPlanForm(audit: AuditFollowUp.plan(of: previous, id: id, today: state.today), isNew: true))
        case .writeReport:
            guard let audit = AuditsState.selectedAudit(state) else { return noAudit(&state) }
            state.status = StatusMessage(.info, AuditsNotice.writingReport)
            return [.writeReport(audit: audit.id, today: state.today)]
        case .moveItemUp, .moveItemDown:
            return moveItem(by: command == .moveItemUp ? -1 : 1, &state)
        case .removeItem:
            return removeItem(&state)
        case .addItem:
            guard let audit = AuditsState.selectedAudit(state) else { return noAudit(&state) }
            state.popup = .of(ItemPicker(audit: audit.id))
        case .undo:
            return Snapshots.undo(&state)
        default:
            state.status = StatusMessage(.info, ShellNotice.notAvailableHere(command))
        }
        return []
    }

    private static func frameworkChoices(_ state: AppState) -> [AuditPlanForm.FrameworkChoice] {
        state.workspace.catalog.frameworks.map { AuditPlanForm.FrameworkChoice(id: $0.id, title: $0.title) }
    }

    private static func noAudit(_ state: inout AppState) -> [Effect] {
        state.status = StatusMessage(.info, AuditsNotice.noAudit)
        return []
    }

    private static func move(_ command: Command, _ state: inout AppState) {
        if state.focus == .auditPlan {
            guard let audit = AuditsState.selectedAudit(state) else { return }
            let rows = state.frame.pageRows(.rows(.auditPlan))
            let target = target(of: command, from: state.audits.checklistCursor, count: audit.checklist.count, page: rows)
            state.audits.checklistCursor = target
            return
        }
        let ordered = AuditsState.ordered(state.workspace.audits)
        guard !ordered.isEmpty else { return }
        let current = ordered.firstIndex { $0.id == AuditsState.selectedAudit(state)?.id } ?? 0
        let rows = state.frame.pageRows(.rows(.auditList))
        let index = target(of: command, from: current, count: ordered.count, page: rows)
        select(ordered[index].id, &state)
    }

    static func select(_ id: String, _ state: inout AppState) {
        guard state.audits.selected != id else { return }
        state.audits.selected = id
        state.audits.checklistCursor = 0
        state.audits.checklistScroll = 0
    }

    static func target(of command: Command, from index: Int, count: Int, page: Int) -> Int {
        let last = max(0, count - 1)
        switch command {
        case .moveDown: return min(index + 1, last)
        case .moveUp: return max(index - 1, 0)
        case .pageDown: return min(index + max(1, page - 1), last)
        case .pageUp: return max(index - max(1, page - 1), 0)
        case .moveTop: return 0
        default: return last
        }
    }

    // MARK: Checklist

    private static func moveItem(by offset: Int, _ state: inout AppState) -> [Effect] {
        guard var audit = editableAudit(&state) else { return [] }
        let from = state.audits.checklistCursor, to = from + offset
        guard audit.checklist.indices.contains(from), audit.checklist.indices.contains(to) else { return [] }
        audit.checklist.swapAt(from, to)
        state.audits.checklistCursor = to
        return save(audit, &state, describe: AuditsNotice.itemMoved(audit.id, item: audit.checklist[to], place: to + 1).notice)
    }

    private static func removeItem(_ state: inout AppState) -> [Effect] {
        guard var audit = editableAudit(&state) else { return [] }
        let index = state.audits.checklistCursor
        guard audit.checklist.indices.contains(index) else { return [] }
        let item = audit.checklist.remove(at: index)
        if state.workspace.log(of: audit.id).activeCount(on: item) > 0 {
            state.status = StatusMessage(.warning, AuditsNotice.itemHasFindings(item))
        }
        state.audits.checklistCursor = min(index, max(0, audit.checklist.count - 1))
        return save(audit, &state, describe: AuditsNotice.itemRemoved(audit.id, item: item).notice)
    }

    static func addItem(_ item: String, to auditID: String, _ state: inout AppState) -> [Effect] {
        guard var audit = state.workspace.audits.first(where: { $0.id == auditID }), !audit.checklist.contains(item) else { return [] }
        let at = min(state.audits.checklistCursor + 1, audit.checklist.count)
        audit.checklist.insert(item, at: at)
        state.audits.checklistCursor = at
        return save(audit, &state, describe: AuditsNotice.itemAdded(audit.id, item: item).notice)
    }

    /// The selected audit if its checklist may change: a closed audit's may not.
    private static func editableAudit(_ state: inout AppState) -> Audit? {
        guard let audit = AuditsState.selectedAudit(state) else {
            _ = noAudit(&state)
            return nil
        }
        guard audit.status != .closed else {
            state.status = StatusMessage(.info, AuditsNotice.checklistClosed(audit.id))
            return nil
        }
        return audit
    }

    // MARK: Saving

    /// `base`: the plan as the edit found it, when that is not what memory holds now (a form).
    static func save(_ audit: Audit, base: Audit?? = nil, _ state: inout AppState, describe: Notice, then: [Effect] = []) -> [Effect] {
        let previous = base ?? state.workspace.audits.first { $0.id == audit.id }
        guard previous != audit else {
            state.status = StatusMessage(.info, ShellNotice.noChange)
            return []
        }
        Snapshots.remember(.audit(id: audit.id, previous), after: .audit(id: audit.id, audit), in: &state)
        Snapshots.apply(.audit(id: audit.id, audit), to: &state)
        if state.status?.kind != .warning { state.status = StatusMessage(.info, ShellNotice.saving) }
        return [.saveAudit(audit, previous: previous, describe: describe, then: then)]
    }

    static func submit(_ form: AuditPlanForm, _ state: inout AppState) -> [Effect] {
        switch form.build() {
        case .failure(let error):
            return form.rejected(error.message, at: error.field, &state)
        case .success(let audit):
            state.popup = nil
            select(audit.id, &state)
            let describe = form.isNew ? AuditsNotice.planned(audit.id, items: audit.checklist.count) : .planSaved(audit.id)
            return save(audit, base: .some(form.isNew ? nil : form.audit), &state, describe: describe.notice)
        }
    }
}
