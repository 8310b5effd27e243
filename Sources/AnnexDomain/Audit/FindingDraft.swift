import Foundation

/// A finding being typed and not yet saved. It is kept on disk as it is typed, so a crash or a
/// dropped SSH connection loses nothing: the session offers it back when the audit reopens.
public struct FindingDraft: Sendable, Equatable {
    public var audit: String
    public var auditor: String
    /// The finding this edits; nil for a new finding.
    public var editing: String?
    public var item: String
    public var classification: FindingClass
    public var statement: String
    public var evidence: String
    public var interviewee: String
    public var role: String
    public var method: AuditMethod
    public var sample: AuditSample?

    public init(
        audit: String, auditor: String, editing: String? = nil, item: String, classification: FindingClass,
        statement: String = "", evidence: String = "", interviewee: String = "", role: String = "",
        method: AuditMethod = .interview, sample: AuditSample? = nil
    ) {
        self.audit = audit
        self.auditor = auditor
        self.editing = editing
        self.item = item
        self.classification = classification
        self.statement = statement
        self.evidence = evidence
        self.interviewee = interviewee
        self.role = role
        self.method = method
        self.sample = sample
    }

    public func finding(id: String, at: Date) -> Finding {
        Finding(
            id: id, item: item, classification: classification, statement: statement.trimmingWhitespace,
            evidence: evidence.trimmingWhitespace, interviewee: interviewee.trimmingWhitespace,
            role: role.trimmingWhitespace, method: method, sample: sample, auditor: auditor, at: at
        )
    }
}
