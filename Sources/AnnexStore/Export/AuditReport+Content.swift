import AnnexDomain
import Foundation

/// The report's wording, shared by both renderings: plain text that each renderer escapes.
extension AuditReport {
    enum Section: Sendable, Equatable {
        case summary, findings, nonconformities, notAudited, followUp, conclusion
    }

    /// The sections in reading order with their numbered headings; the follow-up only when there is one.
    var outline: [(section: Section, heading: String)] {
        var sections: [(Section, String)] = [
            (.summary, "Summary"), (.findings, "Findings by checklist item"), (.nonconformities, "Nonconformities"),
            (.notAudited, "Items not audited"),
        ]
        if let followUp { sections.append((.followUp, "Follow-up of \(followUp.previousID)")) }
        sections.append((.conclusion, "Conclusion"))
        return sections.enumerated().map { ($0.element.0, "\($0.offset + 1). \($0.element.1)") }
    }

    var title: String { "Audit report: \(audit.id)" }

    /// The plan of the audit, label and value; a list value is shown one entry a line.
    var headerFields: [(label: String, value: [String])] {
        var fields: [(String, [String])] = [
            ("Audit", [audit.id]), ("Title", [audit.title]), ("Type", [audit.type.title]), ("Status", [Self.title(audit.status)]),
        ]
        fields.append(("Dates", [dates]))
        fields.append(("Scope", [audit.scope.trimmingWhitespace.isEmpty ? "not stated" : audit.scope.trimmingWhitespace]))
        fields.append(("Criteria", audit.criteria.isEmpty ? ["not stated"] : audit.criteria))
        if let otherFramework { fields.append(("Checklist from", [otherFramework])) }
        fields.append(("Auditors", audit.auditors.isEmpty ? ["none named"] : audit.auditors.map(person)))
        fields.append(("Auditees", audit.auditees.isEmpty ? ["none named"] : audit.auditees))
        if let previous = audit.followUpOf { fields.append(("Follows up", [previous])) }
        fields.append(("Report date", [today.description]))
        return fields
    }

    private var dates: String {
        switch (audit.start, audit.end) {
        case let (start?, end?): start == end ? start.description : "\(start) to \(end)"
        case let (start?, nil): "from \(start)"
        case let (nil, end?): "until \(end)"
        case (nil, nil): "not set"
        }
    }

    static func title(_ status: AuditStatus) -> String {
        switch status {
        case .planned: "Planned"
        case .inProgress: "In progress"
        case .closed: "Closed"
        }
    }

    // MARK: - Summary

    /// Findings in force per classification, every classification listed.
    var classificationCounts: [(classification: FindingClass, count: Int)] {
        FindingClass.allCases.map { ($0, progress.findings[$0, default: 0]) }
    }

    var findingTotal: Int { progress.findings.values.reduce(0, +) }

    var coverageRows: [(label: String, count: Int)] {
        [("Checklist items", progress.items)] + ItemStatus.listed.map { (Self.capitalised($0.name), progress.count($0)) }
    }

    /// How the coverage rows count, printed under them so the figures read the same as on screen.
    static let coverageRule = "Each item counts once: nonconformity when a major or minor nonconformity stands on it, "
        + "not audited when it was marked so, audited when another finding stands on it or it was marked audited, to go otherwise."

    static func capitalised(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }

    var timeSpentText: String { timeSpent > 0 ? Self.duration(timeSpent) : "none recorded" }

    /// Nil when nothing was withdrawn.
    var withdrawnNote: String? {
        switch withdrawnCount {
        case 0: nil
        case 1: "1 finding was withdrawn and is left out of this report."
        default: "\(withdrawnCount) findings were withdrawn and are left out of this report."
        }
    }

    // MARK: - Findings

    func heading(of item: ReportItem) -> String {
        "\(item.id) \(item.title ?? "(not in the catalog)")"
    }

    /// What is said about the item itself, before its findings.
    func notes(on section: ItemSection) -> [String] {
        var notes: [String] = []
        if !section.onChecklist { notes.append("Not on the audit's checklist.") }
        if section.timeSpent > 0 { notes.append("Time spent: \(Self.duration(section.timeSpent)).") }
        return notes
    }

    /// `NC-2 · Minor nonconformity · F-IA1-05`.
    func heading(of reported: ReportedFinding) -> String {
        ([reported.label, reported.finding.classification.title, reported.finding.id].compactMap { $0 }).joined(separator: " · ")
    }

    /// The details under a finding's statement, in reading order; empty details left out.
    func fields(of reported: ReportedFinding) -> [(label: String, value: String)] {
        let finding = reported.finding
        var fields: [(String, String)] = []
        fields.append(("Evidence seen", finding.evidence.trimmingWhitespace.isEmpty ? "none recorded" : finding.evidence))
        let who = [finding.interviewee, finding.role].map(\.trimmingWhitespace).filter { !$0.isEmpty }
        if !who.isEmpty { fields.append(("Interviewee", who.joined(separator: ", "))) }
        fields.append(("Method", Self.title(finding.method)))
        if let sample = finding.sample {
            var drawn = "\(sample.size) of \(sample.populationSize), \(sample.method)"
            if let seed = sample.seed { drawn += ", seed \(seed)" }
            fields.append(("Sample", drawn))
            fields.append(("Population", sample.population))
            if !sample.items.isEmpty { fields.append(("Items drawn", sample.items.joined(separator: ", "))) }
        }
        fields.append(("Auditor", person(finding.auditor)))
        var logged = Self.minute(reported.firstLogged)
        if let edited = reported.lastEdited { logged += "; last edited \(Self.minute(edited))" }
        fields.append(("Logged", logged))
        return fields
    }

    static func title(_ method: AuditMethod) -> String {
        switch method {
        case .interview: "Interview"
        case .examine: "Examination of documents or records"
        case .test: "Test"
        }
    }

    // MARK: - Nonconformities and actions

    /// `NC-1: Major nonconformity on A.5.18 Access rights (F-IA1-03)`.
    func heading(of nc: NumberedNonconformity) -> String {
        "\(nc.label): \(nc.finding.classification.title) on \(heading(of: nc.item)) (\(nc.finding.id))"
    }

    static let actionColumns = ["Action", "Owner", "Due", "Status"]

    func actionRow(_ action: CorrectiveAction) -> (cells: [String], overdue: Bool) {
        let overdue = action.isOverdue(on: today)
        let owner = action.owner.trimmingWhitespace.isEmpty ? "no owner" : person(action.owner)
        return ([action.id, owner, action.due?.description ?? "none set", Self.describe(action)], overdue)
    }

    static func describe(_ action: CorrectiveAction) -> String {
        switch action.status {
        case .open:
            if let review = action.verification, !review.effective { return "open again: found not effective on \(review.on)" }
            return "open"
        case .inProgress: return "in progress"
        case .done: return "done, effectiveness not yet verified"
        case .verified:
            let earlier = action.reviews.dropLast().map { "found not effective on \($0.on)" }
            let last = action.verification.map { "verified effective on \($0.on)" } ?? "verified"
            return (earlier + [last]).joined(separator: "; ")
        }
    }

    static let noActionYet = "No corrective action yet."

    static let followUpColumns = ["Nonconformity", "Item", "Corrective actions", "State"]

    /// One row per nonconformity of the previous audit: label and classification, item, actions, state.
    func followUpRow(_ nc: NumberedNonconformity, review: FollowUpReview) -> [String] {
        let actions = nc.actions.isEmpty ? "none" : nc.actions.map { action in
            let row = actionRow(action)
            return "\(action.id), \(row.cells[1]), due \(row.cells[2]): \(row.cells[3])\(row.overdue ? ", overdue" : "")"
        }.joined(separator: "\n")
        let state = review.stillOpen.contains(nc.finding.id) ? "open" : "closed: every action verified effective"
        return ["\(nc.label) (\(nc.finding.id)), \(nc.finding.classification.title.lowercased())", heading(of: nc.item), actions, state]
    }

    func followUpNote(_ review: FollowUpReview) -> String {
        guard review.previous != nil else { return "The workspace holds no audit \(review.previousID)." }
        if review.nonconformities.isEmpty { return "\(review.previousID) raised no nonconformities." }
        let open = review.stillOpen.count
        let total = review.nonconformities.count
        let openText = open == 0 ? "none is still open" : "\(open) \(open == 1 ? "is" : "are") still open"
        return "\(review.previousID) raised \(total) \(total == 1 ? "nonconformity" : "nonconformities"), numbered as in its own report; \(openText)."
    }

    func person(_ id: String) -> String {
        guard let person = people.first(where: { $0.id == id }), !person.name.isEmpty, person.name != id else { return id }
        return "\(person.name) (\(id))"
    }
}
