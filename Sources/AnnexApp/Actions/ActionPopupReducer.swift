import AnnexDomain

/// Keys inside the corrective action form and the verification form. Tab in a person field
/// completes a half-typed person id; otherwise, and in every other field, it moves to the next field.
enum ActionPopupReducer {
    static func handle(_ key: KeyPress, command: Command?, _ state: inout AppState) -> [Effect] {
        let people = state.workspace.config.people.map(\.id)
        switch state.popup {
        case .actionForm(var form):
            switch command {
            case .cancel:
                state.popup = nil
                state.status = StatusMessage(.info, form.isNew ? "New action \(form.id) discarded" : "Edit cancelled; nothing changed")
                return []
            case .confirm:
                return ActionEditing.submit(form, &state)
            case .nextField where key == .tab && form.field == .owner && complete(&form.texts[.owner], people: people):
                break
            case .nextField, .previousField:
                form.field = ListScrolling.step(from: form.field, in: form.fields, forward: command == .nextField)
            default:
                if form.field == .nonconformity {
                    if let forward = choiceDirection(key) { form.choose(forward: forward) }
                } else if var editor = form.texts[form.field], TextInput.edit(&editor, with: key) {
                    form.texts[form.field] = editor
                    form.error = nil
                }
            }
            state.popup = .actionForm(form)
        case .verifyForm(var form):
            switch command {
            case .cancel:
                state.popup = nil
                state.status = StatusMessage(.info, "Verification cancelled; nothing changed")
                return []
            case .confirm:
                return ActionEditing.submit(form, &state)
            case .nextField where key == .tab && form.field == .verifier && complete(&form.texts[.verifier], people: people):
                break
            case .nextField, .previousField:
                form.field = ListScrolling.step(from: form.field, in: VerifyField.allCases, forward: command == .nextField)
            default:
                if form.field == .effective {
                    if key == .character("y") {
                        form.effective = true
                    } else if key == .character("n") {
                        form.effective = false
                    } else if let forward = choiceDirection(key) {
                        // Unset, Right or Space says yes and Left no; after that either flips it.
                        form.effective = form.effective.map { !$0 } ?? forward
                    }
                    form.error = nil
                } else if var editor = form.texts[form.field], TextInput.edit(&editor, with: key) {
                    form.texts[form.field] = editor
                    form.error = nil
                }
            }
            state.popup = .verifyForm(form)
        default:
            break
        }
        return []
    }

    /// Whether Tab completed a half-typed person id (else it moves to the next field).
    private static func complete(_ editor: inout LineEditor?, people: [String]) -> Bool {
        guard let completion = PersonCompletion.completion(of: editor?.text ?? "", people: people) else { return false }
        editor = LineEditor(completion)
        return true
    }

    /// Space and Right step forward through a choice, Left back; other keys leave it alone.
    private static func choiceDirection(_ key: KeyPress) -> Bool? {
        switch key {
        case .right, .character(" "): true
        case .left: false
        default: nil
        }
    }
}
