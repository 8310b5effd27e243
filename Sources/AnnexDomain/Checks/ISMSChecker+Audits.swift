extension CheckContext {
    mutating func checkAudits() {
        let auditIDs = Set(workspace.audits.map(\.id))
        for audit in workspace.audits {
            let subject = Subject.audit(audit.id)
            if let start = audit.start, let end = audit.end, end < start {
                error(subject, ["end"], "the audit ends (\(end)) before it starts (\(start))")
            }
            if catalog.framework(audit.framework) == nil {
                error(subject, ["framework"], "the checklist is drawn from '\(audit.framework)', which is not a framework of this workspace (annex catalog frameworks lists them)")
            }
            var listed: Set<String> = []
            for (index, item) in audit.checklist.enumerated() {
                if catalog.checklistItem(item, of: audit) == nil {
                    let of = audit.framework == ISO27001.frameworkID ? "the catalog" : "\(audit.framework) (nor among the ISO/IEC 27001 clauses)"
                    error(subject, ["checklist", String(index)], "checklist item '\(item)' is not in \(of)")
                } else if !listed.insert(item).inserted {
                    warning(subject, ["checklist", String(index)], "checklist item \(item) is listed twice")
                }
            }
            for (index, auditor) in audit.auditors.enumerated() {
                checkPerson(auditor, subject, ["auditors", String(index)], role: "auditor")
            }
            if let previous = audit.followUpOf, !auditIDs.contains(previous) {
                error(subject, ["follow_up_of"], "follows up the unknown audit '\(previous)'")
            } else if let cycle = followUpCycle(from: audit) {
                error(subject, ["follow_up_of"], "follows up itself through \(cycle.joined(separator: " -> ")): a follow-up must verify an earlier audit")
            }
            checkFindings(of: audit)
        }
    }

    /// The chain of follow-ups from `audit` back to itself, when it comes back.
    private func followUpCycle(from audit: Audit) -> [String]? {
        let followed = Dictionary(workspace.audits.map { ($0.id, $0.followUpOf) }, uniquingKeysWith: { first, _ in first })
        var chain = [audit.id]
        var next = audit.followUpOf
        while let id = next, chain.count <= followed.count {
            chain.append(id)
            if id == audit.id { return chain }
            next = followed[id] ?? nil
        }
        return nil
    }

    private mutating func checkFindings(of audit: Audit) {
        let checklist = Set(audit.checklist)
        let actionFindings = Set(workspace.actions.filter { $0.audit == audit.id }.map(\.finding))
        var unknownAuthors: Set<String> = []
        for finding in workspace.log(of: audit.id).activeFindings {
            let subject = Subject.finding(audit: audit.id, id: finding.id)
            // One warning per unknown author, not one per finding of a 100,000-line journal.
            if !people.contains(finding.auditor), unknownAuthors.insert(finding.auditor).inserted {
                warning(subject, [], "findings by '\(finding.auditor)', who is not among the people in annex.yaml")
            }
            if catalog.checklistItem(finding.item, of: audit) == nil {
                error(subject, ["item"], "finding \(finding.id) is on '\(finding.item)', which is not in the catalog")
            } else if !checklist.contains(finding.item) {
                warning(subject, ["item"], "finding \(finding.id) is on \(finding.item), which is not on the checklist")
            }
            if finding.classification.isNonconformity, audit.status == .closed, !actionFindings.contains(finding.id) {
                warning(subject, [], "nonconformity \(finding.id) of the closed audit has no corrective action")
            }
        }
    }

    mutating func checkActions() {
        let audits = Dictionary(workspace.audits.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for action in workspace.actions {
            let subject = Subject.action(action.id)
            if audits[action.audit] == nil {
                error(subject, ["audit"], "corrective action \(action.id) names the unknown audit '\(action.audit)'")
            } else if workspace.log(of: action.audit).finding(action.finding) == nil {
                error(subject, ["finding"], "corrective action \(action.id) names the unknown finding '\(action.finding)'")
            } else if let reason = workspace.log(of: action.audit).withdrawn[action.finding], !action.status.isClosed {
                warning(subject, ["finding"], "finding \(action.finding) was withdrawn (\(reason)); is corrective action \(action.id) still needed?")
            }
            let finished = action.status == .done || action.status == .verified
            if finished, action.rootCause.trimmingWhitespace.isEmpty {
                error(subject, ["root_cause"], "the action is \(action.status.rawValue) but no root cause was recorded")
            }
            if action.status == .verified {
                if let review = action.verification {
                    if !review.effective {
                        error(subject, ["verification", "effective"], "the action is closed as verified but its review found it not effective")
                    }
                } else {
                    error(subject, ["verification"], "the action is closed as verified without a verification of effectiveness")
                }
            }
            if action.status != .verified { checkPerson(action.owner, subject, ["owner"], role: "owner") }
            if action.isOverdue(on: today), let due = action.due {
                warning(subject, ["due"], "the action was due on \(due)")
            }
        }
    }
}
