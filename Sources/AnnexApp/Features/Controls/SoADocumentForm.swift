import AnnexDomain

/// The fields of the SoA document form, in the order Tab visits them.
public enum SoADocumentField: String, Sendable, CaseIterable {
    case version, status, approver, role

    public var label: String {
        switch self {
        case .version: "Version"
        case .status: "Status"
        case .approver: "Approved by"
        case .role: "In the role of"
        }
    }
}

/// The Statement of Applicability as a controlled document: naming a new version (a draft) or
/// approving the current one. Approving is deliberate: the status is set to approved by hand,
/// and the approver must be a person of `annex.yaml`; the day recorded is today.
public struct SoADocumentForm: Sendable, Equatable {
    /// `annex.yaml` as it was when the form opened: what the save merges against.
    public var original: WorkspaceConfig
    public var approved: Bool
    public var texts: [SoADocumentField: LineEditor]
    public var field: SoADocumentField = .version
    public var error: Notice?
    /// The approver the form opened with, and whether the role was typed since: until it is,
    /// the role follows the approver chosen (their role in annex.yaml).
    let openedApprover: String
    var roleTyped = false

    public init(config: WorkspaceConfig, user: String?) {
        original = config
        let document = config.soaDocument
        approved = document.isApproved
        let approver = document.approval?.by ?? user.flatMap { config.person($0)?.id } ?? ""
        let role = document.approval?.role ?? config.person(approver)?.role ?? ""
        texts = [.version: LineEditor(document.version), .approver: LineEditor(approver), .role: LineEditor(role)]
        openedApprover = approver
    }

    public func text(_ field: SoADocumentField) -> String { texts[field]?.text.trimmingWhitespace ?? "" }

    /// The document the form describes, or the field at fault and why.
    public func build(today: Day) -> Result<SoADocumentInfo, SoADocumentFormError> {
        let before = original.soaDocument
        let version = text(.version)
        guard !version.isEmpty else { return .failure(SoADocumentFormError(field: .version, problem: .needsVersion)) }
        let newVersion = version != before.version
        var document = SoADocumentInfo(version: version, date: newVersion ? today : before.date ?? today, approval: nil)
        guard approved else { return .success(document) }
        let approver = text(.approver)
        guard !approver.isEmpty else { return .failure(SoADocumentFormError(field: .approver, problem: .needsApprover)) }
        guard original.person(approver) != nil else {
            return .failure(SoADocumentFormError(field: .approver, problem: .unknownApprover(approver, known: original.people.map(\.id))))
        }
        let role = text(.role)
        guard !role.isEmpty else { return .failure(SoADocumentFormError(field: .role, problem: .needsRole)) }
        document.approval = keptApproval ?? SoAApproval(by: approver, role: role, on: today)
        return .success(document)
    }

    /// The approval on file, when the form still describes it: the same version, approver and
    /// role keep their day; anything else is a new approval, today.
    public var keptApproval: SoAApproval? {
        guard approved, let earlier = original.soaDocument.approval, text(.version) == original.soaDocument.version,
              earlier.by == text(.approver), earlier.role == text(.role) else { return nil }
        return earlier
    }
}

public struct SoADocumentFormError: Error, Sendable, Equatable {
    public var field: SoADocumentField
    public var problem: SoADocumentFormProblem
}

/// Why the SoA document form refuses to save, said beside its field.
public enum SoADocumentFormProblem: NoticeWording {
    case needsVersion
    case needsApprover
    case unknownApprover(String, known: [String])
    case needsRole

    public var words: MessageText {
        switch self {
        case .needsVersion: "The SoA needs a version, such as 1.0"
        case .needsApprover: "Who approves it? A person id of annex.yaml (Tab completes)"
        case .unknownApprover(let id, let known):
            "'\(id)' is not a person in annex.yaml\(known.isEmpty ? "" : "; people: " + known.joined(separator: ", "))"
        case .needsRole: "Say the role the approval is given in, such as Chief Executive Officer"
        }
    }
}

extension SoADocumentForm: FormEditing {
    public var fields: [SoADocumentField] { SoADocumentField.allCases }

    public mutating func editField(with key: KeyPress, in state: AppState) {
        if field == .status {
            if ChoiceKeys.direction(key) != nil {
                approved.toggle()
                error = nil
            }
        } else if TextInput.edit(field, of: &texts, with: key) {
            error = nil
            if field == .role { roleTyped = true }
            // A new version is a draft until someone approves it, deliberately, on the status line.
            if field == .version, text(.version) != original.soaDocument.version { approved = false }
        }
    }
}

extension SoADocumentForm: FeatureLayer {
    public var context: KeyContext { .soaDocumentForm }
    public var isEditor: Bool { true }

    public func rebased(onto theirs: Snapshot) -> SoADocumentForm {
        guard case .config(let config) = theirs else { return self }
        var form = self
        form.original = config
        return form
    }

    public func handle(_ key: KeyPress, command: Command?, _ state: inout AppState, ids: IDGenerator) -> [Effect] {
        let effects = handleAsLayer(key, command: command, &state, personField: field == .approver ? \.texts[.approver] : nil,
                                    cancelled: StatusMessage(.info, ShellNotice.editCancelled), submit: SoADocumentEditing.submit)
        if var form = state.popup?.layer(SoADocumentForm.self), !form.roleTyped, form.text(.approver) != form.openedApprover,
           let role = form.original.person(form.text(.approver))?.role, !role.isEmpty, role != form.text(.role) {
            form.texts[.role] = LineEditor(role)
            state.popup = .of(form)
        }
        return effects
    }
}

/// Saving the SoA document block of `annex.yaml`, merged with the file, undoable.
enum SoADocumentEditing {
    static func submit(_ form: SoADocumentForm, _ state: inout AppState) -> [Effect] {
        switch form.build(today: state.today) {
        case .failure(let error):
            return form.rejected(error.problem.notice, at: error.field, &state)
        case .success(let document):
            state.popup = nil
            let previous = form.original
            guard previous.soaDocument != document else {
                state.status = StatusMessage(.info, ShellNotice.noChange)
                return []
            }
            var config = state.workspace.config
            config.soaDocument = document
            Snapshots.remember(.config(state.workspace.config), after: .config(config), in: &state)
            Snapshots.apply(.config(config), to: &state)
            state.status = StatusMessage(.info, ShellNotice.saving)
            let describe: ControlsNotice = if let approval = document.approval {
                .soaApproved(document.version, by: state.workspace.config.person(approval.by)?.name ?? approval.by, on: approval.on)
            } else {
                .soaDraft(document.version, of: document.date ?? state.today)
            }
            return [.saveConfig(config, previous: previous, describe: describe.notice)]
        }
    }
}
