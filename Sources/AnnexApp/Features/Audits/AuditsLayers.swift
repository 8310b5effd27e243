import AnnexDomain

// The layers of the Audits screen and the live session: the note editor and the question over
// it, the plan form, the sample form, the jump and withdraw prompts, the item picker and the
// closing summary.

extension FindingEditor: FeatureLayer {
    public var context: KeyContext { .findingEditor }
    public var isTyping: Bool { true }

    public func handle(_ key: KeyPress, command: Command?, _ state: inout AppState, ids: IDGenerator) -> [Effect] {
        FindingEditing.handle(key, command: command, self, &state, ids: ids)
    }
}

/// Esc in a note that has text: discard it? Asked over the note.
public struct DiscardNoteQuestion: FeatureLayer {
    public init() {}

    public var context: KeyContext { .confirm }
    public var showsBelow: Bool { true }

    public func handle(_ key: KeyPress, command: Command?, _ state: inout AppState, ids: IDGenerator) -> [Effect] {
        switch command {
        case .yes:
            state.pop()
            guard let editor = state.popup?.layer(FindingEditor.self) else { return [] }
            return FindingEditing.discard(editor, &state)
        case .no: state.pop()
        default: break
        }
        return []
    }
}

extension AuditPlanForm: FeatureLayer {
    public var context: KeyContext { .auditForm }
    public var isEditor: Bool { true }

    public func rebased(onto theirs: Snapshot) -> AuditPlanForm {
        guard case .audit(_, let audit?) = theirs else { return self }
        var form = self
        form.audit = audit
        return form
    }

    public func handle(_ key: KeyPress, command: Command?, _ state: inout AppState, ids: IDGenerator) -> [Effect] {
        handleAsLayer(key, command: command, &state,
                      cancelled: isNew ? StatusMessage(.info, AuditsNotice.planDiscarded) : StatusMessage(.info, ShellNotice.editCancelled),
                      submit: AuditsReducer.submit)
    }
}

extension SampleForm: FeatureLayer {
    public var context: KeyContext { .sampleForm }
    public var isTyping: Bool { true }

    public func handle(_ key: KeyPress, command: Command?, _ state: inout AppState, ids: IDGenerator) -> [Effect] {
        var form = self
        if command == .newLine, form.field == .population {
            form.population.newLine()
            state.popup = .of(form)
            return []
        }
        switch form.handle(key, command: command, in: state) {
        case .cancel:
            state.popup = nil
            state.status = StatusMessage(.info, AuditsNotice.noSample)
        case .submit:
            return SampleDrawing.submit(form, &state)
        case .stay:
            state.popup = .of(form)
            if case .paste = key, form.field == .population, form.population.characters.count >= SampleForm.pasteLimit {
                return SampleDrawing.reject(form, .population, .pasteCut, &state)
            }
        }
        return []
    }
}

extension Prompt: FeatureLayer {
    public var context: KeyContext { .prompt }
    public var isTyping: Bool { true }

    public func handle(_ key: KeyPress, command: Command?, _ state: inout AppState, ids: IDGenerator) -> [Effect] {
        var prompt = self
        switch command {
        case .cancel:
            state.popup = nil
        case .confirm:
            switch prompt.purpose {
            case .jump: return AuditSessionReducer.jump(prompt.editor.text, &state)
            case .withdraw(let id): return FindingEditing.withdraw(id, reason: prompt.editor.text, &state)
            }
        default:
            if TextInput.edit(&prompt.editor, with: key) { prompt.error = nil }
            state.popup = .of(prompt)
        }
        return []
    }
}

extension ItemPicker: FeatureLayer {
    public var context: KeyContext { .picker }

    public func handle(_ key: KeyPress, command: Command?, _ state: inout AppState, ids: IDGenerator) -> [Effect] {
        var picker = self
        let matches = picker.matches(in: state).items
        switch picker.pick(key, command: command, matches: matches.count) {
        case .cancel:
            state.popup = nil
        case .confirm(let index):
            state.popup = nil
            guard let index else { return [] }
            return AuditsReducer.addItem(matches[index].id, to: picker.audit, &state)
        case .toggle, .stay:
            state.popup = .of(picker)
        }
        return []
    }
}

/// The closing summary of the session's audit, asking whether to close it.
public struct CloseAuditQuestion: FeatureLayer {
    public let audit: String

    public init(audit: String) { self.audit = audit }

    public var context: KeyContext { .confirm }

    public func handle(_ key: KeyPress, command: Command?, _ state: inout AppState, ids: IDGenerator) -> [Effect] {
        switch command {
        case .yes: return AuditClosing.close(audit, &state)
        case .no:
            state.popup = nil
            state.status = StatusMessage(.info, AuditsNotice.staysOpen(audit))
        default: break
        }
        return []
    }
}
