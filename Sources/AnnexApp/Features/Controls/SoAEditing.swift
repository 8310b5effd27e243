import AnnexDomain

/// Changes to SoA entries: applied in memory, saved through an effect, undoable.
enum SoAEditing {
    /// The decisions on the selected control of the framework on view (a fresh entry when none
    /// was made); nil for a group, a clause or a withdrawn control.
    static func selectedEntry(_ state: AppState) -> SoAEntry? {
        let framework = state.shownFramework
        guard let id = state.controls.selected, let item = framework.item(id), item.kind == .control, !item.isWithdrawn else { return nil }
        return state.workspace.entry(id, in: framework.id) ?? SoAEntry(control: id, framework: framework.id)
    }

    /// How the status line names the control: its id for ISO/IEC 27001, its label (`AC-2(1)`) for a catalog.
    static func name(of entry: SoAEntry, _ state: AppState) -> String {
        entry.framework == ISO27001.frameworkID ? entry.control : state.workspace.catalog.framework(entry.framework)?.item(entry.control)?.number ?? entry.control
    }

    static func perform(_ command: Command, _ state: inout AppState) -> [Effect] {
        guard let entry = selectedEntry(state) else {
            let item = state.controls.selected.flatMap { state.shownFramework.item($0) }
            let notice: ControlsNotice = item?.kind == .clause ? .clausesHaveNoEntry : item?.isWithdrawn == true ? .withdrawnHasNoEntry(item?.number ?? "") : .selectAControl
            state.status = StatusMessage(.info, notice)
            return []
        }
        switch command {
        case .cycleStatus:
            guard entry.applicable else {
                state.status = StatusMessage(.warning, ControlsNotice.excludedHasNoStatus(name(of: entry, state)))
                return []
            }
            var changed = entry
            changed.status = entry.status.next
            return apply(changed, previous: entry, &state, describe: ControlsNotice.statusSet(name(of: entry, state), changed.status).notice)
        case .markReviewed:
            var changed = entry
            changed.reviewed = state.today
            return apply(changed, previous: entry, &state, describe: ControlsNotice.reviewed(name(of: entry, state), state.today).notice)
        case .toggleApplicable:
            state.popup = .of(FieldForm(control: entry.control, field: .justification, text: entry.justification, togglesApplicability: true, original: entry, name: name(of: entry, state)))
        case .editOwner:
            state.popup = .of(FieldForm(control: entry.control, field: .owner, text: entry.owner, original: entry, name: name(of: entry, state)))
        case .editJustification:
            state.popup = .of(FieldForm(control: entry.control, field: .justification, text: entry.justification, original: entry, name: name(of: entry, state)))
        case .editEvidence:
            state.popup = .of(FieldForm(control: entry.control, field: .evidence, text: entry.evidence.joined(separator: ", "), original: entry, name: name(of: entry, state)))
        case .editNotes:
            state.popup = .of(FieldForm(control: entry.control, field: .notes, text: entry.notes, original: entry, name: name(of: entry, state)))
        case .editReasons:
            guard entry.applicable else {
                state.status = StatusMessage(.warning, ControlsNotice.excludedHasNoReasons(name(of: entry, state)))
                return []
            }
            state.popup = .of(ReasonsForm(entry: entry))
        default:
            break
        }
        return []
    }

    /// Saves the form's text into its field. Excluding a control needs a justification.
    static func submit(_ form: FieldForm, _ state: inout AppState) -> [Effect] {
        guard let entry = form.original ?? selectedEntry(state) else {
            state.popup = nil
            return []
        }
        let text = form.editor.text.trimmingWhitespace
        var changed = entry
        switch form.field {
        case .owner: changed.owner = text
        case .justification: changed.justification = text
        case .notes: changed.notes = text
        case .evidence:
            var seen: Set<String> = []
            changed.evidence = text.split(separator: ",").map { String($0).trimmingWhitespace }.filter { !$0.isEmpty && seen.insert($0).inserted }
        }
        if form.togglesApplicability {
            changed.applicable.toggle()
            if text.isEmpty {
                var rejected = form
                rejected.error = ControlsFormProblem.justificationRequired(include: changed.applicable).notice
                state.popup = .of(rejected)
                return []
            }
        }
        state.popup = nil
        guard changed != entry else {
            state.status = StatusMessage(.info, ShellNotice.noChange)
            return []
        }
        let describe = form.togglesApplicability
            ? ControlsNotice.applicability(name(of: entry, state), included: changed.applicable)
            : .fieldSaved(name(of: entry, state), form.field)
        let note = form.togglesApplicability ? relianceNote(on: changed, in: state.workspace) : note(on: form.field, of: changed, in: state.workspace)
        let describeWithNote = note.map { ControlsNotice.savedWithNote(describe.notice, note: $0) } ?? describe
        return apply(changed, previous: entry, &state, describe: describeWithNote.notice)
    }

    /// Saves the reasons chosen, in their listed order.
    static func submit(_ form: ReasonsForm, _ state: inout AppState) -> [Effect] {
        state.popup = nil
        let entry = form.original
        var changed = entry
        changed.reasons = InclusionReason.allCases.filter { form.chosen.contains($0) }
        guard changed != entry else {
            state.status = StatusMessage(.info, ShellNotice.noChange)
            return []
        }
        return apply(changed, previous: entry, &state, describe: ControlsNotice.reasonsSaved(name(of: entry, state), changed.reasons).notice)
    }

    /// Excluding a control that risks are treated with: the SoA and the treatment plan now
    /// disagree, which an auditor would ask about.
    private static func relianceNote(on entry: SoAEntry, in workspace: Workspace) -> ControlsNotice.SoANote? {
        guard !entry.applicable else { return nil }
        let risks = workspace.risks.filter { $0.controls.contains(entry.control) && $0.status != .closed }.map(\.id).sorted()
        return risks.isEmpty ? nil : .reliedOnBy(risks)
    }

    /// Accepted but worth saying: a name or id that the workspace does not know (yet).
    private static func note(on field: SoAField, of entry: SoAEntry, in workspace: Workspace) -> ControlsNotice.SoANote? {
        switch field {
        case .owner where !entry.owner.isEmpty && workspace.config.person(entry.owner) == nil:
            return .unknownPerson(entry.owner)
        case .evidence:
            let known = Set(workspace.evidence.map(\.id))
            let unknown = entry.evidence.filter { !known.contains($0) }
            return unknown.isEmpty ? nil : .unknownEvidence(unknown)
        default:
            return nil
        }
    }

    private static func apply(_ changed: SoAEntry, previous: SoAEntry, _ state: inout AppState, describe: Notice) -> [Effect] {
        state.workspace.upsert(changed)
        Snapshots.remember(.soa(previous), after: .soa(changed), in: &state)
        state.status = StatusMessage(.info, ShellNotice.saving)
        return [.saveSoAEntry(changed, previous: previous, describe: describe)]
    }
}
