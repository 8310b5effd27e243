import AnnexDomain
import Foundation

/// The live audit session: walking the checklist, marking items, opening the note editor.
enum AuditSessionReducer {
    /// Enter on an audit: the session starts on the first item still to go, and asks the store
    /// for a note an earlier session of this auditor left unsaved.
    static func open(_ state: inout AppState) -> [Effect] {
        guard var audit = AuditsState.selectedAudit(state) else {
            state.status = StatusMessage(.info, AuditsNotice.noAudit)
            return []
        }
        guard !audit.checklist.isEmpty else {
            state.status = StatusMessage(.info, AuditsNotice.emptyChecklist(audit.id))
            return []
        }
        let log = state.workspace.log(of: audit.id)
        let auditor = auditor(for: audit, user: state.user)
        let own = log.lastActiveFinding(by: auditor)
        var session = AuditSessionState(
            audit: audit.id, auditor: auditor, now: state.now,
            defaults: own.map(FindingDefaults.init(from:)) ?? FindingDefaults(), readOnly: audit.status == .closed || state.readOnly
        )
        session.cursor = audit.checklist.firstIndex { ItemStatus.of($0, in: log) == .toGo } ?? 0
        state.audits.session = session
        state.popup = nil
        if session.readOnly {
            state.status = StatusMessage(.info, state.readOnly ? AuditsNotice.readOnlyFindings(audit.id) : .closedReadOnly(audit.id))
            return []
        }
        var effects: [Effect] = []
        if audit.status == .planned {
            audit.status = .inProgress
            if audit.start == nil { audit.start = state.today }
            effects += AuditsReducer.save(audit, &state, describe: AuditsNotice.inProgress(audit.id, auditor: auditor).notice)
        } else {
            state.status = StatusMessage(.info, AuditsNotice.sessionStarted(auditor))
        }
        if !audit.auditors.contains(auditor) {
            // Allowed (a guest auditor, a trainee), but said: the plan does not list them.
            state.status = StatusMessage(.warning, AuditsNotice.notAnAuditor(auditor, audit: audit.id))
        }
        // Last, so a restored note's message is the one the status line keeps.
        return effects + [.claimJournal(audit: audit.id, auditor: auditor)]
    }

    /// The item pane's text moves under its title; a page is the pane's rows on screen.
    private static func scrollItem(_ command: Command, _ state: inout AppState) -> [Effect] {
        guard let session = state.audits.session else { return [] }
        let hidden = state.frame.hiddenBelow[.pane(.sessionItem), default: 0]
        let page = max(1, (state.frame.rows(of: .pane(.sessionItem)) ?? 3) - 3)
        let step = switch command {
        case .moveDown: min(1, hidden)
        case .moveUp: -min(1, session.itemScroll)
        case .pageDown: min(page, hidden)
        default: -min(page, session.itemScroll)
        }
        state.audits.session?.itemScroll += step
        return []
    }

    /// Checklist rows as the last frame showed them.
    static func checklistRows(_ state: AppState) -> Int {
        state.frame.pageRows(.rows(.sessionChecklist))
    }

    /// The journal is ours: a note an earlier session left can come back. Or another process
    /// writes it: this session reads along and says where the other one runs.
    static func claimed(audit: String, auditor: String, heldBy holder: JournalHolder?, _ state: inout AppState) -> [Effect] {
        guard let session = state.audits.session, session.audit == audit, session.auditor == auditor else {
            return holder == nil ? [.releaseJournal(audit: audit, auditor: auditor)] : []
        }
        if let holder {
            state.audits.session?.readOnly = true
            state.audits.session?.heldBy = holder
            state.status = StatusMessage(.warning, AuditsNotice.journalHeldElsewhere(holder, auditor: auditor, audit: audit))
            return []
        }
        if session.heldBy != nil {
            state.audits.session?.readOnly = false
            state.audits.session?.heldBy = nil
            let now = state.now
            state.audits.session?.itemStarted = now
            state.status = StatusMessage(.info, AuditsNotice.takenOver(auditor: auditor, audit: audit))
        }
        return [.loadDraft(audit: audit, auditor: auditor)]
    }

    /// Whose journal to write: the user if given, else the audit's lead (first) auditor.
    static func auditor(for audit: Audit, user: String?) -> String {
        if let user, RecordID.isValid(user) { return user }
        return audit.auditors.first ?? "auditor"
    }

    static func perform(_ command: Command, _ state: inout AppState, ids: IDGenerator) -> [Effect] {
        guard let session = state.audits.session, let audit = AuditsState.sessionAudit(state) else {
            state.audits.session = nil
            return []
        }
        let count = audit.checklist.count
        switch command {
        case .back:
            if session.focus != .checklist {
                state.audits.session?.focus = .checklist
                return []
            }
            let effects = recordTime(&state, audit: audit)
            state.audits.session = nil
            state.status = StatusMessage(.info, AuditsNotice.sessionLeft)
            return effects + (session.readOnly ? [] : [.releaseJournal(audit: audit.id, auditor: session.auditor)])
        case .moveDown where session.focus == .item, .moveUp where session.focus == .item,
             .pageDown where session.focus == .item, .pageUp where session.focus == .item:
            return scrollItem(command, &state)
        case .nextItem, .previousItem, .pageDown, .pageUp:
            let page = AuditSessionReducer.checklistRows(state) - 1
            let step = switch command {
            case .nextItem: 1
            case .previousItem: -1
            case .pageDown: page
            default: -page
            }
            return go(to: min(max(0, session.cursor + step), count - 1), &state, audit: audit)
        case .moveDown, .moveUp:
            // A finding longer than the pane scrolls line by line before the next one is selected.
            if command == .moveDown, state.frame.hiddenBelow[.pane(.sessionFindings), default: 0] > 0 {
                state.audits.session?.findingLineOffset += 1
                return []
            }
            if command == .moveUp, session.findingLineOffset > 0 {
                state.audits.session?.findingLineOffset -= 1
                return []
            }
            let count = state.workspace.log(of: audit.id).activeCount(on: audit.checklist[session.cursor])
            let target = session.findingCursor + (command == .moveDown ? 1 : -1)
            state.audits.session?.findingCursor = min(max(0, target), max(0, count - 1))
            return []
        case .jumpToItem:
            state.popup = .of(jumpPrompt(state))
            return []
        case .drawSample where session.focus == .findings:
            // On a finding with a sample: draw it again to check it, closed audit or not.
            guard let finding = selectedFinding(state, audit: audit), let sample = finding.sample else {
                state.status = StatusMessage(.info, AuditsNotice.noSampleToRedraw)
                return []
            }
            state.popup = .of(SampleForm.redraw(sample, of: finding))
            return []
        case .showHistory:
            guard let finding = selectedFinding(state, audit: audit) else {
                state.status = StatusMessage(.info, AuditsNotice.noFindingOn(AuditsState.itemName(audit.checklist[session.cursor], of: audit, in: state.workspace.catalog)))
                return []
            }
            state.popup = .layer(AnyLayer(FindingHistory(audit: audit.id, finding: finding.id)))
            return []
        default:
            break
        }
        if command == .takeOverJournal {
            guard session.heldBy != nil else {
                state.status = StatusMessage(.info, AuditsNotice.alreadyWriting(session.auditor))
                return []
            }
            return [.claimJournal(audit: audit.id, auditor: session.auditor)]
        }
        guard !session.readOnly else {
            if let holder = session.heldBy {
                state.status = StatusMessage(.warning, AuditsNotice.journalHeldElsewhere(holder, auditor: session.auditor, audit: audit.id))
            } else {
                state.status = StatusMessage(.info, AuditsNotice.closedNothingChanges(audit.id))
            }
            return []
        }
        let item = audit.checklist[session.cursor]
        switch command {
        case .logConformity: return FindingEditing.start(.conformity, &state, audit: audit, ids: ids)
        case .logMajor: return FindingEditing.start(.major, &state, audit: audit, ids: ids)
        case .logMinor: return FindingEditing.start(.minor, &state, audit: audit, ids: ids)
        case .logObservation: return FindingEditing.start(.observation, &state, audit: audit, ids: ids)
        case .logImprovement: return FindingEditing.start(.improvement, &state, audit: audit, ids: ids)
        case .editFinding: return FindingEditing.edit(&state, audit: audit)
        case .raiseAction: return FindingEditing.raiseAction(&state, audit: audit, ids: ids)
        case .withdrawFinding:
            guard let finding = selectedFinding(state, audit: audit) else {
                state.status = StatusMessage(.info, AuditsNotice.noFindingToWithdraw(item))
                return []
            }
            state.popup = .of(Prompt(.withdraw(findingID: finding.id)))
        case .markNotAudited, .markDone:
            let wanted: ChecklistItemState = command == .markDone ? .done : .notAudited
            let current = state.workspace.log(of: audit.id).itemStates[item]
            let next: ChecklistItemState = current == wanted ? .open : wanted
            let describe = AuditsNotice.marked(item, next).notice
            state.status = StatusMessage(.info, ShellNotice.saving)
            var effects: [Effect] = [.appendEvent(.itemMarked(item: item, state: next, by: session.auditor, at: state.now), audit: audit.id, describe: describe, draft: nil)]
            if next == .notAudited, session.cursor + 1 < count { effects += go(to: session.cursor + 1, &state, audit: audit) }
            return effects
        case .drawSample:
            state.popup = .of(SampleForm(item: item, seed: ids.seed() >> 1))
        case .closeAudit:
            state.popup = .of(CloseAuditQuestion(audit: audit.id))
        default:
            state.status = StatusMessage(.info, AuditsNotice.notInSession(command))
        }
        return []
    }

    /// Moves to another item: the time spent on the one left goes to the journal.
    static func go(to index: Int, _ state: inout AppState, audit: Audit) -> [Effect] {
        guard let session = state.audits.session, index != session.cursor, audit.checklist.indices.contains(index) else { return [] }
        let effects = recordTime(&state, audit: audit)
        state.audits.session?.cursor = index
        state.audits.session?.findingCursor = 0
        let now = state.now
        state.audits.session?.itemStarted = now
        state.audits.session?.pendingSample = nil
        return effects
    }

    /// Visits shorter than this are skimming, not auditing, and are not recorded.
    static let shortestVisit = 5

    static func recordTime(_ state: inout AppState, audit: Audit) -> [Effect] {
        guard let session = state.audits.session, !session.readOnly else { return [] }
        let seconds = Int(state.now.timeIntervalSince(session.itemStarted))
        guard seconds >= shortestVisit else { return [] }
        let now = state.now
        state.audits.session?.itemStarted = now
        let event = AuditEvent.timed(item: audit.checklist[session.cursor], seconds: seconds, by: session.auditor, at: state.now)
        return [.appendEvent(event, audit: audit.id, describe: nil, draft: nil)]
    }

    static func selectedFinding(_ state: AppState, audit: Audit) -> Finding? {
        guard let session = state.audits.session else { return nil }
        let log = state.workspace.log(of: audit.id), item = audit.checklist[session.cursor]
        return log.finding(on: item, at: session.findingCursor) ?? log.finding(on: item, at: log.activeCount(on: item) - 1)
    }

    /// The jump's question, its example in the audit's framework (`AC-2 or ac-2(1)` on a catalog).
    static func jumpPrompt(_ state: AppState) -> Prompt {
        var prompt = Prompt(.jump)
        if let audit = AuditsState.sessionAudit(state), audit.framework != ISO27001.frameworkID,
           let framework = state.workspace.catalog.framework(audit.framework) {
            let controls = audit.checklist.compactMap(framework.item).filter { $0.kind == .control }
            let example = [controls.first?.number, controls.first { $0.parent != nil }?.number.lowercased()].compactMap { $0 }
            if !example.isEmpty { prompt.example = example.joined(separator: " or ") }
        }
        return prompt
    }

    /// `g 5.15`: ids as written, or without the `A.` of a control. Clause 5.1 and control A.5.1
    /// share digits: the exact id wins, and the status line names the other one.
    static func jump(_ text: String, _ state: inout AppState) -> [Effect] {
        guard let audit = AuditsState.sessionAudit(state) else { return [] }
        let typed = text.trimmingWhitespace
        var spelled = typed.uppercased().hasPrefix("A.") ? ["A." + typed.dropFirst(2)] : [typed, "A." + typed]
        // A catalog's controls are typed by their label (`ac-2(1)`, `AC-2(1)`) or id.
        if audit.framework != ISO27001.frameworkID, let found = state.workspace.catalog.framework(audit.framework)?.resolve(typed) {
            spelled.insert(found.id, at: 0)
        }
        let candidates = spelled.filter { audit.checklist.contains($0) }
        guard let target = candidates.first, let index = audit.checklist.firstIndex(of: target) else {
            let known = state.workspace.catalog.resolve(typed, in: audit.framework) ?? state.workspace.catalog.resolve(typed)
            let why = known.map { AuditsFormProblem.notOnChecklist(AuditsState.itemName($0.id, of: audit, in: state.workspace.catalog), title: $0.title) } ?? .notInCatalog(typed)
            state.popup = .of({ var prompt = jumpPrompt(state); prompt.editor = LineEditor(text); prompt.error = why.notice; return prompt }())
            return []
        }
        state.popup = nil
        let effects = go(to: index, &state, audit: audit)
        let other = Set(candidates).subtracting([target]).sorted().first
        let item = state.workspace.catalog.checklistItem(target, of: audit)
        state.status = StatusMessage(.info, AuditsNotice.jumped(item?.number ?? target, title: item?.title ?? "", other: other))
        return effects
    }
}
