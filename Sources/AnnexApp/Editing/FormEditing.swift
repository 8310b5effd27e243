import AnnexDomain

/// What every form does with a key: Esc cancels, Enter submits, the next- and previous-field keys
/// move between its fields (wrapping round), anything else goes to the field under the cursor,
/// which edits its text or steps its choice. A form says only what its fields are and how one
/// takes a key; what cancelling and submitting mean stays with its feature.
public protocol FormEditing {
    associatedtype Field: Equatable
    var field: Field { get set }
    /// The fields in Tab order.
    var fields: [Field] { get }
    /// Why the last Enter was refused, shown in the form until the next edit.
    var error: Notice? { get set }
    /// A key for the field under the cursor.
    mutating func editField(with key: KeyPress, in state: AppState)
}

public enum FormOutcome: Equatable {
    case cancel
    case submit
    /// The key moved between fields or edited one: keep the form open.
    case stay
}

extension FormEditing {
    public mutating func handle(_ key: KeyPress, command: Command?, in state: AppState) -> FormOutcome {
        switch command {
        case .cancel: return .cancel
        case .confirm: return .submit
        case .nextField, .previousField: field = ListScrolling.step(from: field, in: fields, forward: command == .nextField)
        default: editField(with: key, in: state)
        }
        return .stay
    }
}

extension FormEditing where Self: FeatureLayer {
    /// Enter refused: the form stays open as typed, the cursor on `field` (when given) and
    /// `problem` shown in it; nothing is saved.
    func rejected(_ problem: Notice, at field: Field? = nil, _ state: inout AppState) -> [Effect] {
        var form = self
        form.error = problem
        if let field { form.field = field }
        state.popup = .of(form)
        return []
    }

    /// The key loop of a form on the layer stack: Tab in `personField` completes a half-typed
    /// person id and stays there; otherwise Esc closes the form saying `cancelled`, Enter hands
    /// it to `submit`, and any other key leaves it open as edited.
    func handleAsLayer(_ key: KeyPress, command: Command?, _ state: inout AppState, personField: WritableKeyPath<Self, LineEditor?>? = nil,
                       cancelled: StatusMessage, submit: (Self, inout AppState) -> [Effect]) -> [Effect] {
        var form = self
        if command == .nextField, key == .tab, let personField, PersonCompletion.completeField(&form[keyPath: personField], in: state) {
            state.popup = .of(form)
            return []
        }
        switch form.handle(key, command: command, in: state) {
        case .cancel:
            state.popup = nil
            state.status = cancelled
        case .submit:
            return submit(form, &state)
        case .stay:
            state.popup = .of(form)
        }
        return []
    }
}

extension TextInput {
    /// Edits the text of `field` among a form's texts, cursor moves included; whether the text
    /// changed.
    static func edit<Key: Hashable>(_ field: Key, of texts: inout [Key: LineEditor], with key: KeyPress) -> Bool {
        guard var editor = texts[field] else { return false }
        let changed = edit(&editor, with: key)
        texts[field] = editor
        return changed
    }
}

/// The keys of a choice field, as the keymap's `choiceField` context binds them (Right and
/// Space step forward, Left back); other keys leave it alone.
enum ChoiceKeys {
    static func direction(_ key: KeyPress) -> Bool? {
        switch Keymap.standard.command(for: key.name, in: .choiceField) {
        case .choiceNext: true
        case .choicePrevious: false
        default: nil
        }
    }
}

extension AuditPlanForm: FormEditing {
    public mutating func editField(with key: KeyPress, in state: AppState) {
        switch field {
        case .type:
            if let forward = ChoiceKeys.direction(key) { audit.type = ListScrolling.step(from: audit.type, in: AuditType.allCases, forward: forward) }
        case .framework:
            if let forward = ChoiceKeys.direction(key) { chooseFramework(forward: forward, in: state.workspace.catalog, statement: state.workspace.statement(of:)) }
        case .status:
            if let forward = ChoiceKeys.direction(key) { audit.status = ListScrolling.step(from: audit.status, in: AuditStatus.allCases, forward: forward) }
        default:
            if TextInput.edit(field, of: &texts, with: key) { error = nil }
        }
    }
}

extension RiskForm: FormEditing {
    public var fields: [RiskField] { RiskField.allCases }

    public mutating func editField(with key: KeyPress, in state: AppState) {
        RiskEditing.edit(&self, with: key, matrix: state.workspace.config.riskMatrix)
    }
}

extension ActionForm: FormEditing {
    public mutating func editField(with key: KeyPress, in state: AppState) {
        if field == .nonconformity {
            if let forward = ChoiceKeys.direction(key) { choose(forward: forward) }
        } else if TextInput.edit(field, of: &texts, with: key) {
            error = nil
        }
    }
}

extension VerifyForm: FormEditing {
    public var fields: [VerifyField] { VerifyField.allCases }

    public mutating func editField(with key: KeyPress, in state: AppState) {
        if field == .effective {
            if key == .character("y") {
                effective = true
            } else if key == .character("n") {
                effective = false
            } else if let forward = ChoiceKeys.direction(key) {
                // Unset, Right or Space says yes and Left no; after that either flips it.
                effective = effective.map { !$0 } ?? forward
            }
            error = nil
        } else if TextInput.edit(field, of: &texts, with: key) {
            error = nil
        }
    }
}

extension MatrixForm: FormEditing {
    public var fields: [Field] { Field.allCases }

    public mutating func editField(with key: KeyPress, in state: AppState) {
        if field == .remap {
            if ChoiceKeys.direction(key) != nil { remap = remap == .proportional ? .clamp : .proportional }
        } else if TextInput.edit(field, of: &editors, with: key) {
            error = nil
        }
    }
}

extension SampleForm: FormEditing {
    public var fields: [Field] { Field.allCases }

    public mutating func editField(with key: KeyPress, in state: AppState) {
        switch field {
        case .population:
            switch key {
            case .named("up"): population.moveUp()
            case .named("down"): population.moveDown()
            default: TextInput.edit(&population, with: key)
            }
        case .size: TextInput.edit(&size, with: key)
        case .seed: TextInput.edit(&seed, with: key)
        }
        error = nil
    }
}

extension FindingEditor: FormEditing {
    public var fields: [Field] { Field.allCases }

    /// The statement takes Up and Down as moves between its lines.
    public mutating func editField(with key: KeyPress, in state: AppState) {
        switch field {
        case .statement:
            switch key {
            case .named("up"): statement.moveUp()
            case .named("down"): statement.moveDown()
            default: TextInput.edit(&statement, with: key)
            }
        case .evidence: TextInput.edit(&evidence, with: key)
        case .interviewee: TextInput.edit(&interviewee, with: key)
        case .role: TextInput.edit(&role, with: key)
        case .method:
            if let forward = ChoiceKeys.direction(key) { method = ListScrolling.step(from: method, in: AuditMethod.allCases, forward: forward) }
        case .classification:
            if let forward = ChoiceKeys.direction(key) { classification = ListScrolling.step(from: classification, in: FindingClass.allCases, forward: forward) }
        }
    }
}
