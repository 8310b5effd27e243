import AnnexDomain
import Foundation

/// The report of one audit: what was planned, what was covered, every finding in force grouped by
/// checklist item, the nonconformities with their corrective actions, and a conclusion. Built from
/// the workspace on a given day and rendered as Markdown or one self-contained HTML page; both come
/// from the content below, so they never disagree.
public struct AuditReport: Sendable {
    public let audit: Audit
    public let today: Day
    /// Files the store could not read: named at the top, so nobody takes the report for complete.
    public let omittedFiles: [String]

    let organisation: String
    let people: [Person]
    let progress: AuditProgress
    /// Seconds, summed over every recorded visit of every auditor.
    let timeSpent: Int
    /// Checklist items with findings in force, in checklist order; items off the checklist last.
    let sections: [ItemSection]
    let nonconformities: [NumberedNonconformity]
    let withdrawnCount: Int
    let notAudited: [ReportItem]
    let followUp: FollowUpReview?
    /// The framework the checklist is drawn from, named when it is not ISO/IEC 27001.
    let otherFramework: String?

    /// Fails with the ids the workspace does know when `auditID` is not one of them.
    public init(workspace: Workspace, audit auditID: String, today: Day, catalog: Catalog? = nil, omittedFiles: [String] = []) throws {
        let catalog = catalog ?? workspace.catalog
        guard let audit = workspace.audits.first(where: { $0.id == auditID }) else {
            throw UnknownAudit(id: auditID, known: workspace.audits.map(\.id))
        }
        let log = workspace.log(of: audit.id)
        self.audit = audit
        self.today = today
        self.omittedFiles = omittedFiles.sorted()
        organisation = workspace.config.organisation
        people = workspace.config.people
        progress = AuditProgress(audit: audit, log: log)
        timeSpent = log.totalTimeSpent
        withdrawnCount = log.withdrawn.count
        sections = ItemSection.all(of: audit, log: log, catalog: catalog)
        nonconformities = NumberedNonconformity.all(in: sections, audit: audit.id, actions: workspace.actions)
        notAudited = ItemSection.checklistOrder(audit)
            .filter { log.itemStates[$0] == .notAudited }
            .map { ReportItem($0, catalog: catalog, framework: audit.framework) }
        followUp = audit.followUpOf.map { FollowUpReview(of: $0, workspace: workspace, catalog: catalog) }
        otherFramework = audit.framework == ISO27001.frameworkID ? nil : catalog.framework(audit.framework)?.title ?? audit.framework
    }

    public func markdown() -> String { AuditReportMarkdown(report: self).render() }

    public func html() -> String { AuditReportHTML(report: self).render() }
}

/// An audit id the workspace does not hold.
public struct UnknownAudit: Error, CustomStringConvertible, Equatable {
    public let id: String
    public let known: [String]

    public init(id: String, known: [String]) {
        self.id = id
        self.known = known
    }

    public var description: String {
        let list = known.isEmpty ? "the workspace has no audits" : "audits: \(known.joined(separator: ", "))"
        return "unknown audit '\(id)'; \(list)"
    }
}

/// A checklist item as the catalog names it.
struct ReportItem: Sendable, Equatable {
    let id: String
    /// Nil when the catalog does not know the id.
    let title: String?

    /// `framework`: where the audit's checklist comes from, looked in first.
    init(_ id: String, catalog: Catalog, framework: String = ISO27001.frameworkID) {
        let item = catalog.framework(framework)?.item(id) ?? catalog.resolve(id)
        self.id = framework == ISO27001.frameworkID ? id : item?.number ?? id
        title = item?.title
    }
}

/// One finding in force as the report shows it.
struct ReportedFinding: Sendable {
    /// The latest version.
    let finding: Finding
    /// Set for major and minor nonconformities: NC-1, NC-2 … in checklist order.
    let number: Int?
    let firstLogged: Date
    /// When the latest edit was made, if the finding was edited.
    let lastEdited: Date?

    var label: String? { number.map { "NC-\($0)" } }
}

/// The findings in force on one checklist item.
struct ItemSection: Sendable {
    let item: ReportItem
    let onChecklist: Bool
    let timeSpent: Int
    let findings: [ReportedFinding]

    /// The checklist without repeats, in the order it is walked.
    static func checklistOrder(_ audit: Audit) -> [String] {
        var seen: Set<String> = []
        return audit.checklist.filter { seen.insert($0).inserted }
    }

    /// Sections in checklist order, then items off the checklist in the order first logged;
    /// nonconformities numbered in that same order.
    static func all(of audit: Audit, log: AuditLog, catalog: Catalog) -> [ItemSection] {
        let checklist = checklistOrder(audit)
        let onChecklist = Set(checklist)
        var offChecklist: [String] = []
        var seen = onChecklist
        for finding in log.activeFindings where seen.insert(finding.item).inserted {
            offChecklist.append(finding.item)
        }
        var next = 1
        return (checklist + offChecklist).compactMap { item in
            let findings = log.findings(on: item)
            guard !findings.isEmpty else { return nil }
            let reported = findings.map { finding in
                let versions = log.history[finding.id] ?? [finding]
                var number: Int?
                if finding.classification.isNonconformity {
                    number = next
                    next += 1
                }
                return ReportedFinding(
                    finding: finding, number: number, firstLogged: versions.first?.at ?? finding.at,
                    lastEdited: versions.count > 1 ? finding.at : nil
                )
            }
            return ItemSection(
                item: ReportItem(item, catalog: catalog, framework: audit.framework), onChecklist: onChecklist.contains(item),
                timeSpent: log.timeSpent[item] ?? 0, findings: reported
            )
        }
    }
}

/// A nonconformity with its number and the corrective actions raised against it.
struct NumberedNonconformity: Sendable {
    let number: Int
    let finding: Finding
    let item: ReportItem
    let actions: [CorrectiveAction]

    var label: String { "NC-\(number)" }

    static func all(in sections: [ItemSection], audit: String, actions: [CorrectiveAction]) -> [NumberedNonconformity] {
        let byFinding = Dictionary(grouping: actions.filter { $0.audit == audit }, by: \.finding)
        return sections.flatMap { section in
            section.findings.compactMap { reported in
                reported.number.map { number in
                    NumberedNonconformity(number: number, finding: reported.finding, item: section.item, actions: byFinding[reported.finding.id] ?? [])
                }
            }
        }
    }
}

/// The previous audit's nonconformities and where their corrective actions stand.
struct FollowUpReview: Sendable {
    let previousID: String
    /// Nil when the workspace does not hold the previous audit.
    let previous: Audit?
    /// Numbered as in the previous audit's own report.
    let nonconformities: [NumberedNonconformity]
    /// Finding ids whose actions are not all verified effective, or that have none.
    let stillOpen: Set<String>

    init(of previousID: String, workspace: Workspace, catalog: Catalog) {
        self.previousID = previousID
        previous = workspace.audits.first { $0.id == previousID }
        guard let previous else {
            nonconformities = []
            stillOpen = []
            return
        }
        let log = workspace.log(of: previousID)
        let sections = ItemSection.all(of: previous, log: log, catalog: catalog)
        nonconformities = NumberedNonconformity.all(in: sections, audit: previousID, actions: workspace.actions)
        stillOpen = Set(AuditFollowUp.openNonconformities(of: previous, log: log, actions: workspace.actions).map(\.id))
    }
}
