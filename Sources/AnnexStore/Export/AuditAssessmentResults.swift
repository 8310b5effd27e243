import AnnexDomain
import Foundation

/// An audit as an OSCAL assessment-results document (JSON, OSCAL 1.1.2), so tools of the OSCAL
/// world can read an ISO/IEC 27001 audit: the plan as a back-matter resource, the checklist as
/// the reviewed controls, each finding in force as an observation (its method, who was
/// interviewed, the evidence) and a finding on its checklist item (not satisfied for a major or
/// minor nonconformity, satisfied otherwise, the ISO classification kept as a property), and the
/// register's risks that rely on an item with a nonconformity.
///
/// UUIDs are derived from the workspace's ids (SHA-256, shaped as version 4), so exporting the
/// same audit twice gives the same document. Clause ids, which start with a digit, become
/// `clause-4.1`, since OSCAL tokens start with a letter.
public struct AuditAssessmentResults {
    public static let oscalVersion = "1.1.2"
    /// Where Annex's own properties are defined (`classification`, `item`, `finding-id`).
    public static let namespace = "urn:annex:ns:oscal"

    let workspace: Workspace
    let audit: Audit
    let generated: Date

    public init(workspace: Workspace, audit id: String, generated: Date) throws {
        guard let audit = workspace.audits.first(where: { $0.id == id }) else {
            throw UnknownAudit(id: id, known: workspace.audits.map(\.id))
        }
        self.workspace = workspace
        self.audit = audit
        self.generated = generated
    }

    public func json() -> String {
        OrderedJSON.object([("assessment-results", .object([
            ("uuid", .string(uuid("assessment-results"))),
            ("metadata", metadata),
            ("import-ap", .object([("href", .string("#" + uuid("plan")))])),
            ("results", .array([result])),
            ("back-matter", .object([("resources", .array([planResource]))])),
        ]))]).text()
    }

    // MARK: Parts

    private var log: AuditLog { workspace.log(of: audit.id) }
    private var findings: [Finding] { log.activeFindings }

    private var metadata: OrderedJSON {
        var parties: [OrderedJSON] = [.object([
            ("uuid", .string(uuid("party:organisation"))), ("type", .string("organization")),
            ("name", .string(workspace.config.organisation.isEmpty ? "Organisation" : workspace.config.organisation)),
        ])]
        for person in people {
            parties.append(.object([("uuid", .string(partyUUID(person))), ("type", .string("person")), ("name", .string(name(of: person)))]))
        }
        return .object([
            ("title", .string("Audit \(audit.id): \(audit.title)")),
            ("last-modified", .string(Self.timestamp(generated))),
            ("version", .string(audit.status == .closed ? "final" : "draft")),
            ("oscal-version", .string(Self.oscalVersion)),
            ("parties", .array(parties)),
        ])
    }

    /// The people the document names: auditors, auditees and interviewees, each once.
    private var people: [String] {
        var seen: Set<String> = []
        return (audit.auditors + audit.auditees + findings.map(\.auditor) + findings.map(\.interviewee))
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && seen.insert($0).inserted }
    }

    private var result: OrderedJSON {
        var members: [(String, OrderedJSON)] = [
            ("uuid", .string(uuid("result"))),
            ("title", .string("Findings of \(audit.id)")),
            ("description", .string(description)),
            ("start", .string(Self.timestamp(start))),
        ]
        // The framework whose control ids the checklist uses, when it is not ISO/IEC 27001.
        if audit.framework != ISO27001.frameworkID { members.append(("props", .array([property("framework", audit.framework)]))) }
        if audit.status == .closed, let end = audit.end { members.append(("end", .string(Self.timestamp(Self.midnight(end), endOfDay: true)))) }
        members.append(("reviewed-controls", .object([("control-selections", .array([.object([
            ("include-controls", .array(checklist.map { .object([("control-id", .string(Self.token($0)))]) })),
        ])]))])))
        if !findings.isEmpty {
            members.append(("observations", .array(findings.map(observation))))
        }
        if !risks.isEmpty {
            members.append(("risks", .array(risks.map(risk))))
        }
        if !findings.isEmpty {
            members.append(("findings", .array(findings.map(finding))))
        }
        return .object(members)
    }

    private var description: String {
        var lines = ["\(audit.type.title) \(audit.id): \(audit.title)."]
        if !audit.scope.isEmpty { lines.append("Scope: \(audit.scope)") }
        if !audit.criteria.isEmpty { lines.append("Criteria: \(audit.criteria.joined(separator: "; "))") }
        if audit.framework != ISO27001.frameworkID {
            lines.append("Checklist drawn from: \(workspace.catalog.framework(audit.framework)?.title ?? audit.framework)")
        }
        return lines.joined(separator: "\n")
    }

    private var start: Date {
        audit.start.map(Self.midnight) ?? findings.map(\.at).min() ?? generated
    }

    private var checklist: [String] {
        var seen: Set<String> = []
        return audit.checklist.filter { seen.insert($0).inserted }
    }

    private func observation(_ finding: Finding) -> OrderedJSON {
        var members: [(String, OrderedJSON)] = [
            ("uuid", .string(uuid("observation:\(finding.id)"))),
            ("title", .string("\(finding.id) on \(finding.item)")),
            ("description", .string(finding.statement.isEmpty ? finding.classification.title : finding.statement)),
            ("props", .array([property("finding-id", finding.id), property("item", finding.item)])),
            ("methods", .array([.string(finding.method.rawValue.uppercased())])),
            ("types", .array([.string("finding")])),
        ]
        if !finding.interviewee.isEmpty {
            members.append(("subjects", .array([.object([
                ("subject-uuid", .string(partyUUID(finding.interviewee))), ("type", .string("party")),
                ("title", .string(finding.role.isEmpty ? name(of: finding.interviewee) : "\(name(of: finding.interviewee)), \(finding.role)")),
            ])])))
        }
        members.append(("origins", .array([.object([("actors", .array([.object([
            ("type", .string("party")), ("actor-uuid", .string(partyUUID(finding.auditor))),
        ])]))])])))
        if !finding.evidence.isEmpty {
            members.append(("relevant-evidence", .array([.object([("description", .string(finding.evidence))])])))
        }
        members.append(("collected", .string(Self.timestamp(finding.at))))
        return .object(members)
    }

    private func finding(_ finding: Finding) -> OrderedJSON {
        var members: [(String, OrderedJSON)] = [
            ("uuid", .string(uuid("finding:\(finding.id)"))),
            ("title", .string("\(finding.classification.title) \(finding.id) on \(finding.item)")),
            ("description", .string(finding.statement.isEmpty ? finding.classification.title : finding.statement)),
            ("props", .array([property("classification", finding.classification.rawValue), property("finding-id", finding.id)])),
            ("target", .object([
                ("type", .string("objective-id")),
                ("target-id", .string(Self.token(finding.item))),
                ("status", .object([("state", .string(finding.classification.isNonconformity ? "not-satisfied" : "satisfied"))])),
            ])),
            ("related-observations", .array([.object([("observation-uuid", .string(uuid("observation:\(finding.id)")))])])),
        ]
        let related = finding.classification.isNonconformity ? risks.filter { $0.controls.contains(finding.item) } : []
        if !related.isEmpty {
            members.append(("related-risks", .array(related.map { .object([("risk-uuid", .string(uuid("risk:\($0.id)")))]) })))
        }
        return .object(members)
    }

    /// The register's risks that rely on a control with a nonconformity in this audit.
    private var risks: [Risk] {
        let failed = Set(findings.filter(\.classification.isNonconformity).map(\.item))
        return workspace.risks.filter { !failed.isDisjoint(with: $0.controls) }.sorted { $0.id < $1.id }
    }

    private func risk(_ risk: Risk) -> OrderedJSON {
        let statement = [risk.threat, risk.vulnerability].filter { !$0.isEmpty }.joined(separator: "; ")
        return .object([
            ("uuid", .string(uuid("risk:\(risk.id)"))),
            ("title", .string("\(risk.id) \(risk.title)")),
            ("description", .string(risk.description.isEmpty ? risk.title : risk.description)),
            ("statement", .string(statement.isEmpty ? risk.title : statement)),
            ("status", .string(Self.status(of: risk))),
        ])
    }

    private var planResource: OrderedJSON {
        .object([
            ("uuid", .string(uuid("plan"))),
            ("title", .string("Audit plan \(audit.id)")),
            ("description", .string(description)),
        ])
    }

    // MARK: Values

    private func property(_ name: String, _ value: String) -> OrderedJSON {
        .object([("name", .string(name)), ("ns", .string(Self.namespace)), ("value", .string(value))])
    }

    private func name(of person: String) -> String {
        workspace.config.person(person)?.name ?? person
    }

    private func partyUUID(_ person: String) -> String { uuid("party:\(person)") }

    private func uuid(_ what: String) -> String { Self.uuid(for: "annex:\(audit.id):\(what)") }

    /// A version 4 UUID made from a name, the same name always giving the same UUID.
    static func uuid(for name: String) -> String {
        var hex = Array(SHA256.hex(of: Data(name.utf8)).prefix(32))
        hex[12] = "4"
        let variant = ["8", "9", "a", "b"][Int(String(hex[16]), radix: 16)! % 4]
        hex[16] = Character(variant)
        let text = String(hex)
        let parts = [text.prefix(8), text.dropFirst(8).prefix(4), text.dropFirst(12).prefix(4), text.dropFirst(16).prefix(4), text.dropFirst(20)]
        return parts.map(String.init).joined(separator: "-")
    }

    /// An OSCAL token: checklist ids as they are when they start with a letter (`A.5.15`),
    /// clauses with a prefix (`clause-4.1`).
    static func token(_ id: String) -> String {
        guard let first = id.unicodeScalars.first, CharacterSet.letters.contains(first) || first == "_" else { return "clause-" + id }
        return id
    }

    /// The start of `day`, in UTC.
    static func midnight(_ day: Day) -> Date {
        Date(timeIntervalSince1970: TimeInterval(day.daysSinceEpoch) * 86_400)
    }

    static func timestamp(_ date: Date, endOfDay: Bool = false) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: endOfDay ? date.addingTimeInterval(86_399) : date)
    }

    static func status(of risk: Risk) -> String {
        switch risk.status {
        case .identified: "open"
        case .treating: "remediating"
        case .accepted: "deviation-approved"
        case .closed: "closed"
        }
    }
}
