import AnnexDomain
import Foundation

/// Writing findings: the note editor, its draft on disk, saving as a journal event.
enum FindingEditing {
    /// One key per classification opens the editor on the current item, prefilled with what the
    /// last finding had (and a sample drawn for this item).
    static func start(_ classification: FindingClass, _ state: inout AppState, audit: Audit, ids: IDGenerator) -> [Effect] {
        guard let session = state.audits.session else { return [] }
        let defaults = session.defaults
        let log = state.workspace.log(of: audit.id)
        var id = ids.make(prefix: "F")
        while log.finding(id) != nil { id = ids.make(prefix: "F") }
        let draft = FindingDraft(
            audit: audit.id, auditor: session.auditor, id: id, item: audit.checklist[session.cursor], classification: classification,
            evidence: defaults.evidence, interviewee: defaults.interviewee, role: defaults.role, method: defaults.method,
            sample: session.pendingSample
        )
        state.popup = .of(FindingEditor(draft: draft))
        return [.saveDraft(draft)]
    }

    static func edit(_ state: inout AppState, audit: Audit) -> [Effect] {
        guard let session = state.audits.session, let finding = AuditSessionReducer.selectedFinding(state, audit: audit) else {
            state.status = StatusMessage(.info, AuditsNotice.noFindingHere)
            return []
        }
        guard finding.auditor == session.auditor else {
            state.status = StatusMessage(.info, AuditsNotice.notYourFinding(finding.id, auditor: finding.auditor))
            return []
        }
        let draft = FindingDraft(
            audit: audit.id, auditor: session.auditor, id: finding.id, isNew: false, item: finding.item,
            classification: finding.classification, statement: finding.statement, evidence: finding.evidence,
            interviewee: finding.interviewee, role: finding.role, method: finding.method, sample: finding.sample
        )
        state.popup = .of(FindingEditor(draft: draft))
        return [.saveDraft(draft)]
    }

    /// Keys in the editor. Every change is written to the draft file at once.
    static func handle(_ key: KeyPress, command: Command?, _ editor: FindingEditor, _ state: inout AppState, ids: IDGenerator) -> [Effect] {
        var editor = editor
        let before = editor.draft
        switch command {
        case .newLine where editor.field == .statement:
            editor.statement.newLine()
        case .dropSample:
            editor.sample = nil
        default:
            switch editor.handle(key, command: command, in: state) {
            case .submit:
                return submit(editor, &state, ids: ids)
            case .cancel:
                if editor.statement.text.trimmingWhitespace.isEmpty { return discard(editor, &state) }
                state.push(.of(DiscardNoteQuestion()))
                return []
            case .stay:
                break
            }
        }
        state.popup = .of(editor)
        guard editor.draft != before else { return [] }
        editor.error = nil
        state.popup = .of(editor)
        return [.saveDraft(editor.draft)]
    }

    static func submit(_ editor: FindingEditor, _ state: inout AppState, ids: IDGenerator) -> [Effect] {
        let statement = editor.statement.text.trimmingWhitespace
        guard !statement.isEmpty else {
            var rejected = editor
            rejected.field = .statement
            rejected.error = AuditsFormProblem.emptyNote.notice
            state.popup = .of(rejected)
            return []
        }
        let log = state.workspace.log(of: editor.audit)
        let id = editor.id
        let finding = editor.draft.finding(at: state.now)
        if !editor.isNew, editor.draft.isSaved(as: log.finding(id)) {
            state.popup = nil
            state.status = StatusMessage(.info, AuditsNotice.noChangeTo(id))
            return [.deleteDraft(audit: editor.audit, auditor: editor.auditor)]
        }
        // The editor closes only once the event is on disk; until then the draft holds the note.
        state.popup = nil
        state.status = StatusMessage(.info, ShellNotice.saving)
        let event: AuditEvent = editor.isNew ? .logged(finding) : .edited(finding)
        let describe = editor.isNew ? AuditsNotice.findingSaved(finding.classification, id: id, item: AuditsState.itemName(finding.item, of: AuditsState.sessionAudit(state), in: state.workspace.catalog)) : .findingEdited(id)
        return [.appendEvent(event, audit: editor.audit, describe: describe.notice, draft: editor.draft)]
    }

    static func discard(_ editor: FindingEditor, _ state: inout AppState) -> [Effect] {
        state.popup = nil
        state.status = StatusMessage(.info, editor.isNew ? AuditsNotice.noteDiscarded : .editCancelled(editor.id))
        return [.deleteDraft(audit: editor.audit, auditor: editor.auditor)]
    }

    /// The journal has the event: show it, remember the fields for the next finding, drop the draft.
    static func appended(_ event: AuditEvent, audit: String, describe: Notice?, _ state: inout AppState) -> [Effect] {
        state.workspace.auditLogs[audit, default: AuditLog()].apply(event)
        var effects: [Effect] = []
        switch event {
        case .logged(let finding), .edited(let finding):
            if state.audits.session?.audit == audit {
                state.audits.session?.defaults = FindingDefaults(from: finding)
                if finding.sample != nil { state.audits.session?.pendingSample = nil }
                if let index = state.workspace.log(of: audit).position(of: finding.id, on: finding.item) { state.audits.session?.findingCursor = index }
            }
            effects.append(.deleteDraft(audit: audit, auditor: finding.auditor))
        default:
            break
        }
        guard let describe else { return effects }
        var message = describe
        // The corrective action is offered, not forced: keys typed ahead go on with the audit.
        if case .logged(let finding) = event, finding.classification.isNonconformity {
            message = AuditsNotice.raiseOffered(describe).notice
        }
        state.status = StatusMessage(.saved, message)
        return effects
    }

    /// `A`: the corrective action for the selected finding of the item if it is a nonconformity,
    /// else for the last nonconformity logged on the item.
    static func raiseAction(_ state: inout AppState, audit: Audit, ids: IDGenerator) -> [Effect] {
        guard let session = state.audits.session else { return [] }
        let log = state.workspace.log(of: audit.id)
        let onItem = log.findings(on: audit.checklist[session.cursor])
        let selected = onItem.indices.contains(session.findingCursor) && session.focus == .findings ? onItem[session.findingCursor] : nil
        guard let finding = selected?.classification.isNonconformity == true ? selected : onItem.last(where: { $0.classification.isNonconformity }) else {
            state.status = StatusMessage(.info, AuditsNotice.noNonconformity(AuditsState.itemName(audit.checklist[session.cursor], of: audit, in: state.workspace.catalog)))
            return []
        }
        if let existing = state.workspace.actions.first(where: { $0.audit == audit.id && $0.finding == finding.id }) {
            state.status = StatusMessage(.info, AuditsNotice.alreadyAnswered(action: existing.id, finding: finding.id))
            return []
        }
        let id = ActionForm.newID(using: ids, in: state.workspace)
        state.popup = .of(ActionForm.new(for: finding, audit: audit.id, id: id, today: state.today))
        return []
    }

    /// The append failed: the note comes back in the editor, nothing typed is lost.
    static func failed(_ message: String, draft: FindingDraft?, _ state: inout AppState) {
        if let draft {
            var editor = FindingEditor(draft: draft)
            editor.error = AuditsFormProblem.notSavedRetry(message).notice
            state.popup = .of(editor)
        }
        state.status = StatusMessage(.error, ShellNotice.notSaved(reason: message))
    }

    /// A note left by a crashed or disconnected session comes back as it was.
    static func restore(_ draft: FindingDraft?, _ state: inout AppState) -> [Effect] {
        guard let draft, let session = state.audits.session, draft.audit == session.audit, state.popup == nil else { return [] }
        // Killed after the journal had the finding but before the draft was removed: nothing to restore.
        if draft.isSaved(as: state.workspace.log(of: draft.audit).finding(draft.id)) {
            return [.deleteDraft(audit: draft.audit, auditor: draft.auditor)]
        }
        if let audit = AuditsState.sessionAudit(state), let index = audit.checklist.firstIndex(of: draft.item) {
            state.audits.session?.cursor = index
        }
        var editor = FindingEditor(draft: draft)
        editor.restored = true
        state.popup = .of(editor)
        state.status = StatusMessage(.warning, AuditsNotice.restored(item: draft.item))
        return []
    }

    static func withdraw(_ findingID: String, reason: String, _ state: inout AppState) -> [Effect] {
        guard let session = state.audits.session else { return [] }
        let why = reason.trimmingWhitespace
        guard !why.isEmpty else {
            var prompt = Prompt(.withdraw(findingID: findingID))
            prompt.error = AuditsFormProblem.withdrawNeedsReason.notice
            state.popup = .of(prompt)
            return []
        }
        state.popup = nil
        state.status = StatusMessage(.info, ShellNotice.saving)
        let event = AuditEvent.withdrawn(findingID: findingID, reason: why, by: session.auditor, at: state.now)
        return [.appendEvent(event, audit: session.audit, describe: AuditsNotice.withdrawn(findingID).notice, draft: nil)]
    }
}
