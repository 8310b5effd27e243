import AnnexDomain

/// The note editor of the live session: the statement (several lines), then the fields that
/// carry over from one finding to the next.
public struct FindingEditor: Sendable, Equatable {
    public enum Field: String, Sendable, CaseIterable {
        case statement, evidence, interviewee, role, method, classification

        public var label: String {
            switch self {
            case .statement: "Statement"
            case .evidence: "Evidence seen"
            case .interviewee: "Interviewee"
            case .role: "Role"
            case .method: "Method"
            case .classification: "Class"
            }
        }
    }

    public var audit: String
    public var auditor: String
    /// The finding's id: chosen when a new note starts, or the one being edited.
    public var id: String
    public var isNew: Bool
    public var item: String
    public var classification: FindingClass
    public var statement: TextArea
    public var evidence: LineEditor
    public var interviewee: LineEditor
    public var role: LineEditor
    public var method: AuditMethod
    public var sample: AuditSample?
    public var field: Field = .statement
    public var error: Notice?
    /// Set when the editor was brought back from a draft an earlier session left.
    public var restored = false

    public init(draft: FindingDraft) {
        audit = draft.audit
        auditor = draft.auditor
        id = draft.id
        isNew = draft.isNew
        item = draft.item
        classification = draft.classification
        statement = TextArea(draft.statement)
        evidence = LineEditor(draft.evidence)
        interviewee = LineEditor(draft.interviewee)
        role = LineEditor(draft.role)
        method = draft.method
        sample = draft.sample
    }

    public var draft: FindingDraft {
        FindingDraft(
            audit: audit, auditor: auditor, id: id, isNew: isNew, item: item, classification: classification,
            statement: statement.text, evidence: evidence.text, interviewee: interviewee.text, role: role.text,
            method: method, sample: sample
        )
    }
}

/// What the next finding starts with: the evidence, interviewee, role and method of the last one,
/// because an interview usually covers several items with the same person.
public struct FindingDefaults: Sendable, Equatable {
    public var evidence = ""
    public var interviewee = ""
    public var role = ""
    public var method = AuditMethod.interview

    public init(evidence: String = "", interviewee: String = "", role: String = "", method: AuditMethod = .interview) {
        self.evidence = evidence
        self.interviewee = interviewee
        self.role = role
        self.method = method
    }

    public init(from finding: Finding) {
        self.init(evidence: finding.evidence, interviewee: finding.interviewee, role: finding.role, method: finding.method)
    }
}
