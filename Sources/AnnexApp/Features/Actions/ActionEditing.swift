import AnnexDomain

/// Changes to corrective actions: raising, editing, the status flow and verification. Each is
/// applied in memory, saved through `.saveAction` and undoable.
enum ActionEditing {
    static func perform(_ command: Command, _ state: inout AppState, ids: IDGenerator) -> [Effect] {
        if command == .addAction { return raise(&state, ids: ids) }
        guard let action = ActionsState.selectedAction(state) else {
            state.status = StatusMessage(.info, ActionsNotice.noActionSelected)
            return []
        }
        switch command {
        case .editAction:
            state.popup = .of(ActionForm(editing: action, finding: state.workspace.finding(of: action)))
        case .advanceAction:
            return advance(action, &state)
        case .verifyAction:
            guard action.status == .done else {
                state.status = StatusMessage(.info, action.status == .verified ? ActionsNotice.verifiedAlready(action.id) : .notDoneYet(action.id, action.status))
                return []
            }
            state.popup = .of(VerifyForm(action: action, today: state.today))
        default:
            break
        }
        return []
    }

    /// A form for a nonconformity that no action answers yet; new ones usually come from the live audit session.
    private static func raise(_ state: inout AppState, ids: IDGenerator) -> [Effect] {
        let unanswered = state.workspace.nonconformitiesWithoutAction
        guard let first = unanswered.first else {
            state.status = StatusMessage(.info, ActionsNotice.everyNonconformityAnswered)
            return []
        }
        var form = ActionForm.new(for: first.finding, audit: first.audit, id: ActionForm.newID(using: ids, in: state.workspace), today: state.today)
        form.offer(unanswered)
        state.popup = .of(form)
        return []
    }

    /// open -> in progress -> done. Done needs the root cause and the action written down, since
    /// that is what the verification later judges.
    static func advance(_ action: CorrectiveAction, _ state: inout AppState) -> [Effect] {
        var changed = action
        switch action.status {
        case .open:
            changed.status = .inProgress
            return save(changed, previous: action, &state, describe: ActionsNotice.inProgress(action.id).notice)
        case .inProgress:
            let noRootCause = action.rootCause.trimmingWhitespace.isEmpty, noAction = action.action.trimmingWhitespace.isEmpty
            guard !noRootCause, !noAction else {
                state.status = StatusMessage(.warning, ActionsNotice.cannotBeDone(action.id, missingRootCause: noRootCause, missingAction: noAction))
                return []
            }
            changed.status = .done
            return save(changed, previous: action, &state, describe: ActionsNotice.done(action.id).notice)
        case .done:
            state.status = StatusMessage(.info, ActionsNotice.isDone(action.id))
        case .verified:
            state.status = StatusMessage(.info, ActionsNotice.isVerified(action.id))
        }
        return []
    }

    static func submit(_ form: ActionForm, _ state: inout AppState) -> [Effect] {
        switch form.build(today: state.today) {
        case .failure(let error):
            return form.rejected(error.message, at: error.field, &state)
        case .success(let action):
            state.popup = nil
            let previous = form.isNew ? nil : form.record
            guard previous != action else {
                state.status = StatusMessage(.info, ShellNotice.noChange)
                return []
            }
            let unknownOwner = !action.owner.isEmpty && state.workspace.config.person(action.owner) == nil ? action.owner : nil
            let describe = previous == nil
                ? ActionsNotice.raised(action.id, finding: action.finding, unknownOwner: unknownOwner)
                : .saved(action.id, unknownOwner: unknownOwner)
            state.actions.selected = action.id
            return save(action, previous: previous, &state, describe: describe.notice)
        }
    }

    static func submit(_ form: VerifyForm, _ state: inout AppState) -> [Effect] {
        guard let action = state.workspace.actions.first(where: { $0.id == form.action }) else {
            state.popup = nil
            return []
        }
        switch form.build(today: state.today) {
        case .failure(let error):
            return form.rejected(error.message, at: error.field, &state)
        case .success(let review):
            state.popup = nil
            var changed = action
            changed.verify(review)
            let describe = review.effective ? ActionsNotice.verifiedEffective(action.id) : .notEffective(action.id)
            return save(changed, previous: action, &state, describe: describe.notice)
        }
    }

    private static func save(_ action: CorrectiveAction, previous: CorrectiveAction?, _ state: inout AppState, describe: Notice) -> [Effect] {
        let formerIndex = ActionsState.shown(state).firstIndex { $0.id == action.id }
        Snapshots.remember(.action(id: action.id, previous), after: .action(id: action.id, action), in: &state)
        Snapshots.apply(.action(id: action.id, action), to: &state)
        ActionsReducer.reselect(&state, formerIndex: formerIndex)
        state.status = StatusMessage(.info, ShellNotice.saving)
        return [.saveAction(action, previous: previous, describe: describe)]
    }

    /// Puts an action back as it was; nil removes it (it did not exist).
    static func restore(_ action: CorrectiveAction?, id: String, in workspace: inout Workspace) {
        guard let action else {
            workspace.actions.removeAll { $0.id == id }
            return
        }
        if let index = workspace.actions.firstIndex(where: { $0.id == id }) {
            workspace.actions[index] = action
        } else {
            workspace.actions.append(action)
        }
    }

    /// Undo of an action's change: save the earlier version, or delete the file of one that was new.
    static func undo(to earlier: CorrectiveAction?, from now: CorrectiveAction?) -> [Effect] {
        switch (earlier, now) {
        case (let earlier?, let now): [.saveAction(earlier, previous: now, describe: ShellNotice.undone(earlier.id).notice)]
        case (nil, let now?): [.deleteAction(now, describe: ShellNotice.undoneRemoved(now.id).notice)]
        case (nil, nil): []
        }
    }
}
