public enum AuditType: String, Sendable, CaseIterable {
    case internal_ = "internal"
    case stage1 = "stage1"
    case stage2 = "stage2"
    case surveillance

    public var title: String {
        switch self {
        case .internal_: "Internal audit"
        case .stage1: "Stage 1 audit"
        case .stage2: "Stage 2 audit"
        case .surveillance: "Surveillance audit"
        }
    }
}

public enum AuditStatus: String, Sendable, CaseIterable {
    case planned
    case inProgress = "in_progress"
    case closed
}

/// An audit plan: what is audited, against what, by whom, when, and the checklist to walk.
public struct Audit: Sendable, Equatable {
    public var id: String
    public var title: String
    public var type: AuditType
    public var status: AuditStatus
    public var scope: String
    /// What the audit checks against: the standard, policies, contracts.
    public var criteria: [String]
    /// Person ids; each writes their own findings journal.
    public var auditors: [String]
    /// Names and roles of the people interviewed or responsible.
    public var auditees: [String]
    public var start: Day?
    public var end: Day?
    /// The framework whose controls the checklist names (ISO/IEC 27001:2022 unless chosen).
    public var framework: String
    /// Catalog ids of `framework` in the order the audit walks them.
    public var checklist: [String]
    /// The audit this one follows up, whose open nonconformities it verifies.
    public var followUpOf: String?
    public var conclusion: String

    public init(
        id: String, title: String, type: AuditType = .internal_, status: AuditStatus = .planned,
        scope: String = "", criteria: [String] = [], auditors: [String] = [], auditees: [String] = [],
        start: Day? = nil, end: Day? = nil, checklist: [String] = [], followUpOf: String? = nil,
        conclusion: String = "", framework: String = ISO27001.frameworkID
    ) {
        self.framework = framework
        self.id = id
        self.title = title
        self.type = type
        self.status = status
        self.scope = scope
        self.criteria = criteria
        self.auditors = auditors
        self.auditees = auditees
        self.start = start
        self.end = end
        self.checklist = checklist
        self.followUpOf = followUpOf
        self.conclusion = conclusion
    }

    /// The usual checklist: every clause of the framework, then its controls in catalog order
    /// that the framework's statement marks applicable. A control with no decision yet is
    /// listed when it stands on its own and left out when it is an enhancement (a catalog such
    /// as NIST SP 800-53 has thousands; the ones a baseline adopts are marked applicable).
    /// Withdrawn controls have nothing left to audit.
    public static func defaultChecklist(framework: Framework, statement: StatementOfApplicability) -> [String] {
        framework.clauses.map(\.id) + framework.controls.compactMap { control in
            guard !control.isWithdrawn else { return nil }
            return (statement[control.id]?.applicable ?? (control.parent == nil)) ? control.id : nil
        }
    }
}

extension Audit {
    /// What a new audit of `framework` checks against, before anyone edits it.
    public static func defaultCriteria(of framework: Framework) -> [String] {
        framework.id == ISO27001.frameworkID ? ["ISO/IEC 27001:2022", "Statement of Applicability"] : [framework.title]
    }
}

extension Catalog {
    /// A checklist item of `audit`: looked up in the audit's framework, then among the ISO/IEC
    /// 27001 clauses and controls (an audit of a catalog may add clauses by hand). Never in
    /// another catalog: catalogs share ids (`ac-2` of SP 800-53 and of a FedRAMP baseline),
    /// so a control gone from the audit's framework must show as missing, not under another's title.
    public func checklistItem(_ id: String, of audit: Audit) -> CatalogItem? {
        framework(audit.framework)?.item(id) ?? iso27001.item(id)
    }
}

extension Workspace {
    /// The item a finding (or an action's finding) of audit `auditID` is on, as that audit names it.
    public func item(_ id: String, inAudit auditID: String) -> CatalogItem? {
        guard let audit = audits.first(where: { $0.id == auditID }) else { return catalog.item(id) }
        return catalog.checklistItem(id, of: audit)
    }
}
