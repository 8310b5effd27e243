/// A nonconformity as a corrective action refers to it: the audit that raised it and the finding.
public struct Nonconformity: Sendable, Equatable {
    public var audit: String
    public var finding: Finding

    public init(audit: String, finding: Finding) {
        self.audit = audit
        self.finding = finding
    }
}

extension Workspace {
    /// The finding an action was raised for, as its audit's journals now hold it (withdrawn or not).
    public func finding(of action: CorrectiveAction) -> Finding? {
        auditLogs[action.audit]?.finding(action.finding)
    }

    /// Why the finding was withdrawn, if it was.
    public func withdrawal(of action: CorrectiveAction) -> String? {
        auditLogs[action.audit]?.withdrawn[action.finding]
    }

    /// Nonconformities in force that no corrective action answers yet, audit by audit in plan order.
    public var nonconformitiesWithoutAction: [Nonconformity] {
        let answered = Set(actions.map { "\($0.audit)/\($0.finding)" })
        return audits.flatMap { audit in
            log(of: audit.id).activeFindings
                .filter { $0.classification.isNonconformity && !answered.contains("\(audit.id)/\($0.id)") }
                .map { Nonconformity(audit: audit.id, finding: $0) }
        }
    }
}
