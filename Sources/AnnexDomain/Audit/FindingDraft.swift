import Foundation

/// A finding being typed and not yet saved. It is kept on disk as it is typed, so a crash or a
/// dropped SSH connection loses nothing: the session offers it back when the audit reopens.
public struct FindingDraft: Sendable, Equatable {
    public var audit: String
    public var auditor: String
    /// The id the finding has (editing) or will have (new), chosen when the note was started so
    /// a draft that outlived its saved finding can be recognised.
    public var id: String
    public var isNew: Bool
    public var item: String
    public var classification: FindingClass
    public var statement: String
    public var evidence: String
    public var interviewee: String
    public var role: String
    public var method: AuditMethod
    public var sample: AuditSample?

    public init(
        audit: String, auditor: String, id: String, isNew: Bool = true, item: String, classification: FindingClass,
        statement: String = "", evidence: String = "", interviewee: String = "", role: String = "",
        method: AuditMethod = .interview, sample: AuditSample? = nil
    ) {
        self.audit = audit
        self.auditor = auditor
        self.id = id
        self.isNew = isNew
        self.item = item
        self.classification = classification
        self.statement = statement
        self.evidence = evidence
        self.interviewee = interviewee
        self.role = role
        self.method = method
        self.sample = sample
    }

    /// Whether `finding` already says what this draft says (the draft outlived its save).
    public func isSaved(as finding: Finding?) -> Bool {
        guard let finding else { return false }
        var saved = self.finding(at: finding.at)
        saved.auditor = finding.auditor
        return saved == finding
    }

    public func finding(at: Date) -> Finding {
        Finding(
            id: id, item: item, classification: classification, statement: statement.trimmingWhitespace,
            evidence: evidence.trimmingWhitespace, interviewee: interviewee.trimmingWhitespace,
            role: role.trimmingWhitespace, method: method, sample: sample, auditor: auditor, at: at
        )
    }
}
