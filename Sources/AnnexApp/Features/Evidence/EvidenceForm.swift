import AnnexDomain

/// Registering or editing an evidence record: its title, where it is, who owns it and the
/// dates it is good for. The file's hash is the command line's (`annex evidence add`), so an
/// edit here keeps the one recorded.
public struct EvidenceForm: Sendable, Equatable {
    public enum Field: String, Sendable, CaseIterable {
        case title, location, owner, effective, expires

        public var label: String {
            switch self {
            case .title: "Title"
            case .location: "Location (path or URL)"
            case .owner: "Owner"
            case .effective: "Effective from"
            case .expires: "Expires"
            }
        }
    }

    public let isNew: Bool
    /// The record as it was when the form opened: what the save merges against.
    public var original: EvidenceRecord
    public var texts: [Field: LineEditor]
    public var field: Field = .title
    public var error: Notice?

    public init(record: EvidenceRecord, isNew: Bool) {
        self.isNew = isNew
        original = record
        texts = [
            .title: LineEditor(record.title), .location: LineEditor(record.location), .owner: LineEditor(record.owner),
            .effective: LineEditor(record.effective?.description ?? ""), .expires: LineEditor(record.expires?.description ?? ""),
        ]
    }

    public func text(_ field: Field) -> String { (texts[field]?.text ?? "").trimmingWhitespace }

    /// The record the form describes, or the field at fault and why.
    public func build(today: Day) -> Result<EvidenceRecord, EvidenceFormError> {
        guard !text(.title).isEmpty else { return .failure(EvidenceFormError(field: .title, problem: .needsTitle)) }
        var record = original
        record.title = text(.title)
        record.location = text(.location)
        record.owner = text(.owner)
        for field in [Field.effective, .expires] {
            let typed = text(field)
            let day = Day(typed)
            if !typed.isEmpty, day == nil { return .failure(EvidenceFormError(field: field, problem: .badDate(field.label, typed, example: today))) }
            if field == .effective { record.effective = day } else { record.expires = day }
        }
        if let effective = record.effective, let expires = record.expires, expires < effective {
            return .failure(EvidenceFormError(field: .expires, problem: .expiresBeforeEffective(expires, effective)))
        }
        return .success(record)
    }
}

public struct EvidenceFormError: Error, Sendable, Equatable {
    public var field: EvidenceForm.Field
    public var problem: EvidenceFormProblem
}

extension EvidenceForm: FormEditing {
    public var fields: [Field] { Field.allCases }

    public mutating func editField(with key: KeyPress, in state: AppState) {
        if TextInput.edit(field, of: &texts, with: key) { error = nil }
    }
}

extension EvidenceForm: FeatureLayer {
    public var context: KeyContext { .evidenceForm }
    public var isEditor: Bool { true }

    public func rebased(onto theirs: Snapshot) -> EvidenceForm {
        guard case .evidence(_, let record?) = theirs else { return self }
        var form = self
        form.original = record
        return form
    }

    public func handle(_ key: KeyPress, command: Command?, _ state: inout AppState, ids: IDGenerator) -> [Effect] {
        handleAsLayer(key, command: command, &state, personField: field == .owner ? \.texts[.owner] : nil,
                      cancelled: isNew ? StatusMessage(.info, EvidenceNotice.discarded) : StatusMessage(.info, ShellNotice.editCancelled),
                      submit: EvidenceEditing.submit)
    }
}
