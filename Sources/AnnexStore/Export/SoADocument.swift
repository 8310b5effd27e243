import AnnexDomain
import Foundation

/// The Statement of Applicability as a document an auditor accepts: who it is for, its scope,
/// version and approval, a summary, then every control with its applicability, reasons,
/// justification, status in words, owner's name, the risks that link it and its evidence.
/// Markdown and HTML render the same content.
public struct SoADocument: Sendable {
    public struct Row: Sendable {
        public var control: CatalogItem
        public var entry: SoAEntry?
        /// Open risks whose treatment links this control.
        public var risks: [Risk]
        public var evidence: [EvidenceLine]
    }

    public struct EvidenceLine: Sendable {
        public var id: String
        /// nil when the register has no such record.
        public var title: String?
        public var expires: Day?
        public var expired: Bool
    }

    public let organisation: String
    public let scope: String
    public let framework: String
    public let info: SoADocumentInfo
    public let today: Day
    public let omittedFiles: [String]
    public let rows: [Row]
    let people: [String: String]

    public init(workspace: Workspace, today: Day, catalog: Catalog? = nil, omittedFiles: [String] = []) {
        let catalog = catalog ?? workspace.catalog
        organisation = workspace.config.organisation
        scope = workspace.config.scope
        info = workspace.config.soaDocument
        self.today = today
        self.omittedFiles = omittedFiles.sorted()
        people = Dictionary(workspace.config.people.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let framework = catalog.iso27001
        self.framework = framework.title
        let evidence = Dictionary(workspace.evidence.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let openRisks = workspace.risks.filter { $0.status != .closed }
        rows = framework.controls.map { control in
            let entry = workspace.soa[control.id]
            return Row(
                control: control, entry: entry,
                risks: openRisks.filter { $0.controls.contains(control.id) },
                evidence: (entry?.evidence ?? []).map { id in
                    let record = evidence[id]
                    return EvidenceLine(id: id, title: record?.title, expires: record?.expires, expired: record?.isExpired(on: today) ?? false)
                }
            )
        }
    }

    public func markdown() -> String { SoADocumentMarkdown(document: self).render() }
    public func html() -> String { SoADocumentHTML(document: self).render() }

    // MARK: - Words shared by both renderings

    var status: String { info.isApproved ? "Approved" : "Draft" }
    var version: String { info.version.isEmpty ? "not yet numbered" : info.version }
    var date: Day { info.date ?? today }

    func name(_ person: String) -> String {
        guard !person.isEmpty else { return "—" }
        return people[person].map { $0.isEmpty ? person : $0 } ?? person
    }

    var approver: String? {
        info.approval.map { approval in name(approval.by) }
    }

    static func applicability(_ row: Row) -> String {
        guard let entry = row.entry else { return "No entry" }
        return entry.applicable ? "Included" : "Excluded"
    }

    /// An excluded control has no implementation to speak of.
    static func status(_ row: Row) -> String {
        guard let entry = row.entry else { return "—" }
        return entry.applicable ? entry.status.title : "Not applicable"
    }

    static func reasons(_ row: Row) -> String {
        guard let entry = row.entry, entry.applicable else { return "—" }
        return entry.reasons.isEmpty ? "—" : entry.reasons.map(\.title).joined(separator: "; ")
    }

    static func evidence(_ line: EvidenceLine) -> String {
        let title = line.title ?? "not in the evidence register"
        let expiry = line.expires.map { line.expired ? ", expired \($0)" : ", expires \($0)" } ?? ""
        return "\(line.id) \(title)\(expiry)"
    }

    struct Count { var label: String; var included: Int; var excluded: Int; var implemented: Int }

    /// Included and excluded controls, overall and by theme.
    var themeCounts: [Count] {
        let themes = ControlTheme.allCases.map { theme in
            count(theme.title, rows.filter { $0.control.theme == theme })
        }
        return themes + [count("All controls", rows)]
    }

    private func count(_ label: String, _ rows: [Row]) -> Count {
        Count(
            label: label,
            included: rows.filter { $0.entry?.applicable == true }.count,
            excluded: rows.filter { $0.entry?.applicable == false }.count,
            implemented: rows.filter { $0.entry?.applicable == true && $0.entry?.status == .implemented }.count
        )
    }

    /// Included controls by implementation status, most advanced first.
    var statusCounts: [(String, Int)] {
        let included = rows.compactMap(\.entry).filter(\.applicable)
        return ImplementationStatus.allCases.reversed().map { status in (status.title, included.filter { $0.status == status }.count) }
    }

    var missingEntries: Int { rows.filter { $0.entry == nil }.count }
}
