import XCTest
@testable import AnnexDomain

/// `--redact` at its source: a marker planted in every free-text field of the demo, and every
/// person's name and id, survive nowhere in the redacted workspace; what makes the ISMS look like
/// itself (ids, control titles, statuses, ratings, dates, counts) is unchanged.
final class RedactionTests: XCTestCase {
    private let today = Day("2026-11-29")!

    func testNoPlantedMarkerAndNoPersonSurvives() {
        let planted = Self.plantMarkers(in: DemoOrganisation.make(today: today))
        var redaction = Redaction()
        let redacted = redaction.workspace(planted)
        let dump = Self.dump(redacted)
        XCTAssertTrue(Self.dump(planted).contains("ZQMARK"), "the markers were planted")
        XCTAssertFalse(dump.contains("ZQMARK"), "a planted marker survived: \(Self.context(of: "ZQMARK", in: dump))")
        for person in planted.config.people {
            for word in [person.id, person.name, person.email].filter({ !$0.isEmpty }) {
                XCTAssertFalse(dump.contains(word), "\(word) survived: \(Self.context(of: word, in: dump))")
            }
        }
    }

    func testWhatShowsHowTheISMSLooksStays() {
        let demo = DemoOrganisation.make(today: today)
        var redaction = Redaction()
        let redacted = redaction.workspace(demo)
        XCTAssertEqual(redacted.soa.entries.map(\.control), demo.soa.entries.map(\.control))
        XCTAssertEqual(redacted.soa.entries.map(\.status), demo.soa.entries.map(\.status))
        XCTAssertEqual(redacted.soa.entries.map(\.applicable), demo.soa.entries.map(\.applicable))
        XCTAssertEqual(redacted.soa.entries.map(\.evidence), demo.soa.entries.map(\.evidence))
        XCTAssertEqual(redacted.soa.entries.map(\.reviewed), demo.soa.entries.map(\.reviewed))
        XCTAssertEqual(redacted.risks.map(\.id), demo.risks.map(\.id))
        XCTAssertEqual(redacted.risks.map(\.inherent), demo.risks.map(\.inherent))
        XCTAssertEqual(redacted.risks.map(\.residual), demo.risks.map(\.residual))
        XCTAssertEqual(redacted.risks.map(\.controls), demo.risks.map(\.controls))
        XCTAssertEqual(redacted.risks.map(\.status), demo.risks.map(\.status))
        XCTAssertEqual(redacted.config.riskMatrix, demo.config.riskMatrix)
        XCTAssertEqual(redacted.audits.map(\.checklist), demo.audits.map(\.checklist))
        for audit in demo.audits {
            let before = demo.log(of: audit.id), after = redacted.log(of: audit.id)
            XCTAssertEqual(after.findings.map(\.id), before.findings.map(\.id))
            XCTAssertEqual(after.findings.map(\.classification), before.findings.map(\.classification))
            XCTAssertEqual(after.itemStates, before.itemStates)
            XCTAssertEqual(after.timeSpent, before.timeSpent)
        }
        XCTAssertEqual(redacted.actions.map(\.status), demo.actions.map(\.status))
        XCTAssertEqual(redacted.actions.map(\.due), demo.actions.map(\.due))
        XCTAssertEqual(redacted.evidence.map(\.expires), demo.evidence.map(\.expires))
    }

    /// One person is one pseudonym wherever they appear, and in records read later in the run.
    func testAPersonIsTheSamePseudonymEverywhereInOneRun() throws {
        let demo = DemoOrganisation.make(today: today)
        var redaction = Redaction()
        let redacted = redaction.workspace(demo)
        let lead = try XCTUnwrap(demo.audits.first { $0.status == .inProgress }?.auditors.first)
        let index = try XCTUnwrap(demo.config.people.firstIndex { $0.id == lead })
        let pseudonym = redacted.config.people[index]
        XCTAssertEqual(pseudonym.name, "Person \(index + 1)")
        XCTAssertEqual(pseudonym.id, "Person-\(index + 1)")
        XCTAssertEqual(redacted.audits.first { $0.status == .inProgress }?.auditors.first, pseudonym.id)
        // An auditee written as "Name (Role)" is that person too.
        let ceo = try XCTUnwrap(demo.config.people.firstIndex { $0.name == "Henrike Kraus" })
        XCTAssertTrue(demo.audits[0].auditees.contains("Henrike Kraus (Chief Executive Officer)") || demo.audits[1].auditees.contains("Henrike Kraus (Chief Executive Officer)"))
        XCTAssertTrue(redacted.audits.contains { $0.auditees.contains("Person \(ceo + 1)") }, "\(redacted.audits.map(\.auditees))")
        let audit = try XCTUnwrap(demo.audits.first { $0.status == .inProgress })
        let finding = Finding(id: "F-NEW", item: audit.checklist[0], classification: .minor, statement: "ZQMARK later",
                              interviewee: demo.config.people[index].name, auditor: lead, at: Date())
        var changes = WorkspaceChanges()
        changes.events[audit.id] = [.logged(finding)]
        guard case .logged(let masked)? = redaction.changes(changes).events[audit.id]?.first else { return XCTFail("the event stays") }
        XCTAssertEqual(masked.auditor, pseudonym.id, "the same person later in the run")
        XCTAssertEqual(masked.interviewee, pseudonym.name, "named by name, the same pseudonym as by id")
        XCTAssertFalse(masked.statement.contains("ZQMARK"))
    }

    func testFreeTextBecomesAPlaceholderOfAboutItsLength() {
        XCTAssertEqual(Redaction.text(""), "")
        XCTAssertEqual(Redaction.text("short"), "(redacted)")
        let long = String(repeating: "confidential words ", count: 10)
        let placeholder = Redaction.text(long)
        XCTAssertTrue((long.count - 12...long.count).contains(placeholder.count), "\(placeholder.count) for \(long.count)")
        XCTAssertFalse(placeholder.contains("confidential"))
        XCTAssertEqual(Redaction.location("risks/R-1.yaml:12: likelihood 'secret' is not a number"),
                       "risks/R-1.yaml:12: cannot be read (details hidden in a redacted session)")
    }

    // MARK: Planting

    /// Every free-text field of every record gets a marker of its own (numbered, so a failure
    /// names the field that leaked).
    static func plantMarkers(in workspace: Workspace) -> Workspace {
        var counter = 0
        func mark(_ field: String) -> String {
            counter += 1
            return "ZQMARK\(counter)-\(field) with some words so that it is long"
        }
        var planted = workspace
        planted.config.organisation = mark("organisation")
        planted.config.scope = mark("scope")
        planted.config.people = workspace.config.people.map {
            Person(id: $0.id, name: $0.name, role: mark("person.role"), email: "\($0.id)@example.com")
        }
        planted.soa = StatementOfApplicability(entries: workspace.soa.entries.map {
            var entry = $0
            entry.justification = mark("justification")
            entry.notes = mark("notes")
            return entry
        })
        // Another framework's status file holds the same kind of text and names owners too.
        let owner = workspace.config.people.first?.id ?? ""
        planted.upsert(SoAEntry(control: "ac-2", justification: mark("status.justification"), status: .partial, owner: owner,
                                notes: mark("status.notes"), framework: "nist-800-53"))
        planted.risks = workspace.risks.map {
            var risk = $0
            risk.title = mark("risk.title")
            risk.description = mark("risk.description")
            risk.assets = [mark("risk.asset")]
            risk.threat = mark("risk.threat")
            risk.vulnerability = mark("risk.vulnerability")
            risk.plan = mark("risk.plan")
            risk.acceptance = RiskAcceptance(by: $0.owner, on: Day("2026-01-01")!, rationale: mark("acceptance.rationale"))
            return risk
        }
        planted.evidence = workspace.evidence.map {
            var record = $0
            record.title = mark("evidence.title")
            record.location = mark("evidence.location")
            record.sha256 = "ZQMARK-hash-" + String(repeating: "a", count: 52)
            return record
        }
        planted.audits = workspace.audits.map {
            var audit = $0
            audit.title = mark("audit.title")
            audit.scope = mark("audit.scope")
            audit.criteria = [mark("audit.criteria")]
            audit.auditees = $0.auditees + [mark("audit.auditee")]
            audit.conclusion = mark("audit.conclusion")
            return audit
        }
        planted.auditLogs = workspace.auditLogs.mapValues { log in
            AuditLog(events: log.events.map { event in
                switch event {
                case .logged(var finding), .edited(var finding):
                    finding.statement = mark("finding.statement")
                    finding.evidence = mark("finding.evidence")
                    finding.interviewee = mark("finding.interviewee")
                    finding.role = mark("finding.role")
                    finding.sample = AuditSample(population: mark("sample.population"), populationSize: 10, size: 1,
                                                 method: mark("sample.method"), items: [mark("sample.item")])
                    if case .edited = event { return .edited(finding) }
                    return .logged(finding)
                case .withdrawn(let id, _, let by, let at):
                    return .withdrawn(findingID: id, reason: mark("withdrawn.reason"), by: by, at: at)
                default:
                    return event
                }
            })
        }
        planted.actions = workspace.actions.map {
            var action = $0
            action.rootCause = mark("action.rootCause")
            action.action = mark("action.action")
            action.reviews = [EffectivenessReview(by: $0.owner, on: Day("2026-10-01")!, effective: false, note: mark("review.note"))]
            return action
        }
        return planted
    }

    /// Every value the workspace holds, as text: what any screen or export could draw from.
    static func dump(_ workspace: Workspace) -> String {
        var text = ""
        Swift.dump(workspace, to: &text)
        return text
    }

    static func context(of word: String, in text: String) -> String {
        guard let range = text.range(of: word) else { return "" }
        let start = text.index(range.lowerBound, offsetBy: -60, limitedBy: text.startIndex) ?? text.startIndex
        return String(text[start..<range.upperBound])
    }
}
