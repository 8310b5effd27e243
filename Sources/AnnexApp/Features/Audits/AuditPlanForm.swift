import AnnexDomain

/// An audit plan being created or edited. The checklist is edited on the plan pane itself.
public struct AuditPlanForm: Sendable, Equatable {
    public enum Field: String, Sendable, CaseIterable {
        case title, type, framework, status, scope, criteria, auditors, auditees, start, end, conclusion

        public var label: String {
            switch self {
            case .title: "Title"
            case .type: "Type"
            case .framework: "Framework (checklist)"
            case .status: "Status"
            case .scope: "Scope"
            case .criteria: "Criteria (; between)"
            case .auditors: "Auditors (person ids, ,)"
            case .auditees: "Auditees (; between)"
            case .start: "Start"
            case .end: "End"
            case .conclusion: "Conclusion"
            }
        }

        public var isChoice: Bool { self == .type || self == .status || self == .framework }
    }

    /// A framework a new audit can draw its checklist from.
    public struct FrameworkChoice: Sendable, Equatable {
        public var id: String
        public var title: String

        public init(id: String, title: String) {
            self.id = id
            self.title = title
        }
    }

    public var audit: Audit
    public var isNew: Bool
    public var texts: [Field: LineEditor]
    public var field: Field = .title
    public var error: Notice?
    /// The workspace's frameworks, offered while the audit is new: once planned, its checklist
    /// and findings name the framework's controls, so it stays.
    public var frameworks: [FrameworkChoice]

    public init(audit: Audit, isNew: Bool, frameworks: [FrameworkChoice] = []) {
        self.audit = audit
        self.isNew = isNew
        self.frameworks = frameworks
        texts = [
            .title: LineEditor(audit.title),
            .scope: LineEditor(audit.scope),
            .criteria: LineEditor(audit.criteria.joined(separator: "; ")),
            .auditors: LineEditor(audit.auditors.joined(separator: ", ")),
            .auditees: LineEditor(audit.auditees.joined(separator: "; ")),
            .start: LineEditor(audit.start?.description ?? ""),
            .end: LineEditor(audit.end?.description ?? ""),
            .conclusion: LineEditor(audit.conclusion),
        ]
    }

    public func text(_ field: Field) -> String { texts[field]?.text ?? "" }

    /// The fields in Tab order: the framework only while the audit is new and there is a choice.
    public var fields: [Field] {
        Field.allCases.filter { $0 != .framework || (isNew && frameworks.count > 1) }
    }

    public var frameworkTitle: String {
        frameworks.first { $0.id == audit.framework }?.title ?? audit.framework
    }

    /// Steps the framework and draws the new framework's usual checklist; criteria still as
    /// they were proposed follow the framework.
    public mutating func chooseFramework(forward: Bool, in catalog: Catalog, statement: (String) -> StatementOfApplicability) {
        let ids = frameworks.map(\.id)
        guard isNew, ids.count > 1 else { return }
        let previous = catalog.framework(audit.framework)
        let next = ids[((ids.firstIndex(of: audit.framework) ?? 0) + (forward ? 1 : ids.count - 1)) % ids.count]
        guard let framework = catalog.framework(next) else { return }
        audit.framework = next
        audit.checklist = Audit.defaultChecklist(framework: framework, statement: statement(next))
        if let previous, Self.list(text(.criteria), separator: ";") == Audit.defaultCriteria(of: previous) {
            texts[.criteria] = LineEditor(Audit.defaultCriteria(of: framework).joined(separator: "; "))
        }
        error = nil
    }

    /// The plan the form describes, or the field at fault and why.
    public func build() -> Result<Audit, PlanError> {
        var audit = self.audit
        audit.title = text(.title).trimmingWhitespace
        guard !audit.title.isEmpty else { return .failure(PlanError(field: .title, message: AuditsFormProblem.planNeedsTitle.notice)) }
        audit.scope = text(.scope).trimmingWhitespace
        audit.criteria = Self.list(text(.criteria), separator: ";")
        audit.auditors = Self.list(text(.auditors), separator: ",")
        guard !audit.auditors.isEmpty else {
            return .failure(PlanError(field: .auditors, message: AuditsFormProblem.noAuditor.notice))
        }
        if let unknown = audit.auditors.first(where: { !RecordID.isValid($0) }) {
            return .failure(PlanError(field: .auditors, message: AuditsFormProblem.badAuditorID(unknown).notice))
        }
        audit.auditees = Self.list(text(.auditees), separator: ";")
        for field in [Field.start, .end] {
            let value = text(field).trimmingWhitespace
            guard !value.isEmpty else {
                if field == .start { audit.start = nil } else { audit.end = nil }
                continue
            }
            guard let day = Day(value) else {
                return .failure(PlanError(field: field, message: AuditsFormProblem.badDate(label: field.label, value: value).notice))
            }
            if field == .start { audit.start = day } else { audit.end = day }
        }
        if let start = audit.start, let end = audit.end, end < start {
            return .failure(PlanError(field: .end, message: AuditsFormProblem.endsBeforeStart(end: end, start: start).notice))
        }
        audit.conclusion = text(.conclusion).trimmingWhitespace
        return .success(audit)
    }

    static func list(_ text: String, separator: Character) -> [String] {
        text.split(separator: separator).map { String($0).trimmingWhitespace }.filter { !$0.isEmpty }
    }
}

public struct PlanError: Error, Sendable, Equatable {
    public var field: AuditPlanForm.Field
    public var message: Notice
}
