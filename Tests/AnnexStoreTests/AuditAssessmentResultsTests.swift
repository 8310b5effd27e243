import AnnexDomain
@testable import AnnexStore
import XCTest

/// The audit as OSCAL assessment results: checked against the required fields, value sets and
/// patterns of the OSCAL 1.1 assessment-results model, and for what an OSCAL reader would get.
final class AuditAssessmentResultsTests: XCTestCase {
    private let generated = Date(timeIntervalSince1970: 1_796_000_000)

    private func at(_ minutes: Int) -> Date { Date(timeIntervalSince1970: 1_795_600_000 + TimeInterval(minutes * 60)) }

    private var workspace: Workspace {
        var workspace = Workspace.new(organisation: "Acme Ltd")
        workspace.config.people = [Person(id: "aud", name: "Ana Auditor")]
        workspace.audits = [Audit(
            id: "A-2", title: "Second audit", status: .closed, scope: "Everything", criteria: ["ISO/IEC 27001:2022"],
            auditors: ["aud"], auditees: ["Ida"], start: Day("2026-11-25"), end: Day("2026-11-27"), checklist: ["4.1", "A.8.8", "A.5.15", "A.8.8"]
        )]
        func finding(_ id: String, _ item: String, _ classification: FindingClass, _ method: AuditMethod, _ minutes: Int) -> Finding {
            Finding(id: id, item: item, classification: classification, statement: "Statement \(id)\u{1B}[2J", evidence: "Seen \(id)",
                    interviewee: "Ida", role: "Head of IT", method: method, auditor: "aud", at: at(minutes))
        }
        workspace.auditLogs["A-2"] = AuditLog(events: [
            .logged(finding("F-1", "A.8.8", .minor, .examine, 1)),
            .logged(finding("F-2", "4.1", .conformity, .interview, 2)),
            .logged(finding("F-3", "A.5.15", .observation, .test, 3)),
            .logged(finding("F-4", "A.5.15", .major, .interview, 4)),
            .withdrawn(findingID: "F-4", reason: "logged on the wrong item", by: "aud", at: at(5)),
        ])
        workspace.risks = [
            Risk(id: "R-1", title: "Unpatched servers", threat: "Exploit", vulnerability: "Late patching", inherent: RiskRating(likelihood: 4, impact: 4),
                 controls: ["A.8.8"], status: .treating),
            Risk(id: "R-2", title: "Unrelated", inherent: RiskRating(likelihood: 1, impact: 1), controls: ["A.7.4"]),
        ]
        return workspace
    }

    private func document() throws -> (text: String, root: [String: Any]) {
        let text = try AuditAssessmentResults(workspace: workspace, audit: "A-2", generated: generated).json()
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        return (text, try XCTUnwrap(object?["assessment-results"] as? [String: Any]))
    }

    func testTheDocumentHasEveryFieldTheModelRequiresWithValuesItAllows() throws {
        let (_, root) = try document()
        var problems: [String] = []
        OSCALShape.check(root, as: "assessment-results", at: "$.assessment-results", problems: &problems)
        XCTAssertEqual(problems, [])
    }

    func testTheCheckerCatchesAMissingFieldABadValueAndADanglingReference() throws {
        let (text, _) = try document()
        let broken = text.replacingOccurrences(of: "\"collected\"", with: "\"gathered\"")
            .replacingOccurrences(of: "\"not-satisfied\"", with: "\"failed\"")
            .replacingOccurrences(of: "\"risk-uuid\": \"", with: "\"risk-uuid\": \"0")
        let root = try XCTUnwrap((try JSONSerialization.jsonObject(with: Data(broken.utf8)) as? [String: Any])?["assessment-results"] as? [String: Any])
        var problems: [String] = []
        OSCALShape.check(root, as: "assessment-results", at: "$.assessment-results", problems: &problems)
        XCTAssertTrue(problems.contains("$.assessment-results.results[0].observations[0]: collected is required"), "\(problems)")
        XCTAssertTrue(problems.contains("$.assessment-results.results[0].findings[0].target.status.state: 'failed' is not allowed"), "\(problems)")
        XCTAssertTrue(problems.contains { $0.contains("risk-uuid") }, "\(problems)")
    }

    func testFindingsInForceBecomeObservationsAndFindingsOnTheirItems() throws {
        let (_, root) = try document()
        let result = try XCTUnwrap((root["results"] as? [[String: Any]])?.first)
        let findings = try XCTUnwrap(result["findings"] as? [[String: Any]])
        XCTAssertEqual(findings.count, 3, "the withdrawn F-4 is not a finding")
        let targets = findings.map { ($0["target"] as? [String: Any]) ?? [:] }
        XCTAssertEqual(targets.map { $0["target-id"] as? String }, ["A.8.8", "clause-4.1", "A.5.15"])
        XCTAssertEqual(targets.map { ($0["status"] as? [String: Any])?["state"] as? String }, ["not-satisfied", "satisfied", "satisfied"],
                       "only a nonconformity leaves its objective unsatisfied")
        let observations = try XCTUnwrap(result["observations"] as? [[String: Any]])
        XCTAssertEqual(observations.map { $0["methods"] as? [String] }, [["EXAMINE"], ["INTERVIEW"], ["TEST"]])
        XCTAssertEqual(observations.first?["description"] as? String, "Statement F-1\u{1B}[2J", "the statement, whole")
        let reviewed = ((result["reviewed-controls"] as? [String: Any])?["control-selections"] as? [[String: Any]])?.first?["include-controls"] as? [[String: Any]]
        XCTAssertEqual(reviewed?.map { $0["control-id"] as? String }, ["clause-4.1", "A.8.8", "A.5.15"], "the checklist, each item once")
        let risks = try XCTUnwrap(result["risks"] as? [[String: Any]])
        XCTAssertEqual(risks.map { $0["title"] as? String }, ["R-1 Unpatched servers"], "the risk relying on the control with a nonconformity")
        XCTAssertEqual(risks.first?["status"] as? String, "remediating")
        let related = (findings.first?["related-risks"] as? [[String: Any]])?.first?["risk-uuid"] as? String
        XCTAssertEqual(related, risks.first?["uuid"] as? String)
    }

    func testTheSameAuditGivesTheSameBytesAndNoRawControlCharacter() throws {
        let (first, _) = try document()
        let (second, _) = try document()
        XCTAssertEqual(first, second, "uuids come from the ids, not from chance")
        XCTAssertFalse(first.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "the ESC of the statement is escaped")
        XCTAssertTrue(first.contains("\\u001b[2J"))
    }

    func testAnUnknownAuditIsRefusedWithTheKnownOnes() {
        XCTAssertThrowsError(try AuditAssessmentResults(workspace: workspace, audit: "A-9", generated: generated)) { error in
            XCTAssertTrue("\(error)".contains("A-2"), "\(error)")
        }
    }
}

/// The parts of the OSCAL 1.1 assessment-results model this export writes: each object's required
/// fields, the allowed values of its enumerations, and the patterns of uuids, tokens and times.
/// References are checked too: every uuid an object points at is defined in the document.
enum OSCALShape {
    private static let required: [String: [String]] = [
        "assessment-results": ["uuid", "metadata", "import-ap", "results"],
        "metadata": ["title", "last-modified", "version", "oscal-version"],
        "party": ["uuid", "type"],
        "import-ap": ["href"],
        "result": ["uuid", "title", "description", "start", "reviewed-controls"],
        "reviewed-controls": ["control-selections"],
        "control-selection": [],
        "select-control": ["control-id"],
        "observation": ["uuid", "description", "methods", "collected"],
        "subject": ["subject-uuid", "type"],
        "origin": ["actors"],
        "actor": ["type", "actor-uuid"],
        "relevant-evidence": ["description"],
        "finding": ["uuid", "title", "description", "target"],
        "target": ["type", "target-id", "status"],
        "status": ["state"],
        "related-observation": ["observation-uuid"],
        "related-risk": ["risk-uuid"],
        "risk": ["uuid", "title", "description", "statement", "status"],
        "property": ["name", "value"],
        "resource": ["uuid"],
    ]
    private static let allowed: [String: Set<String>] = [
        "observation.methods": ["EXAMINE", "INTERVIEW", "TEST", "UNKNOWN"],
        "observation.types": ["ssp-statement-issue", "control-objective", "mitigation", "finding", "historic"],
        "party.type": ["person", "organization"],
        "subject.type": ["component", "inventory-item", "location", "party", "user"],
        "actor.type": ["tool", "assessment-platform", "party"],
        "target.type": ["statement-id", "objective-id"],
        "status.state": ["satisfied", "not-satisfied"],
        "risk.status": ["open", "investigating", "remediating", "deviation-requested", "deviation-approved", "closed"],
    ]
    private static let children: [String: [String: String]] = [
        "assessment-results": ["metadata": "metadata", "import-ap": "import-ap", "results": "result", "back-matter": "back-matter"],
        "metadata": ["parties": "party"],
        "back-matter": ["resources": "resource"],
        "result": ["reviewed-controls": "reviewed-controls", "observations": "observation", "findings": "finding", "risks": "risk"],
        "reviewed-controls": ["control-selections": "control-selection"],
        "control-selection": ["include-controls": "select-control"],
        "observation": ["subjects": "subject", "origins": "origin", "relevant-evidence": "relevant-evidence", "props": "property"],
        "origin": ["actors": "actor"],
        "finding": ["target": "target", "related-observations": "related-observation", "related-risks": "related-risk", "props": "property"],
        "target": ["status": "status"],
    ]
    private static let uuidPattern = try! NSRegularExpression(pattern: "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[45][0-9A-Fa-f]{3}-[89ABab][0-9A-Fa-f]{3}-[0-9A-Fa-f]{12}$")
    private static let tokenPattern = try! NSRegularExpression(pattern: "^(\\p{L}|_)(\\p{L}|\\p{N}|[.\\-_])*$")
    private static let timePattern = try! NSRegularExpression(pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$")

    static func check(_ root: [String: Any], as kind: String, at path: String, problems: inout [String]) {
        var defined: Set<String> = []
        var referenced: [(String, String)] = []
        walk(root, kind, path, &problems, &defined, &referenced)
        for (path, uuid) in referenced where !defined.contains(uuid) { problems.append("\(path): \(uuid) is defined nowhere") }
        if let href = (root["import-ap"] as? [String: Any])?["href"] as? String, href.hasPrefix("#"), !defined.contains(String(href.dropFirst())) {
            problems.append("\(path).import-ap.href: \(href) names no back-matter resource")
        }
    }

    private static func walk(_ object: [String: Any], _ kind: String, _ path: String, _ problems: inout [String],
                             _ defined: inout Set<String>, _ referenced: inout [(String, String)]) {
        for key in required[kind] ?? [] where object[key] == nil { problems.append("\(path): \(key) is required") }
        for (key, value) in object {
            let here = "\(path).\(key)"
            if let values = allowed["\(kind).\(key)"] {
                for text in (value as? [String]) ?? [(value as? String) ?? ""] where !values.contains(text) { problems.append("\(here): '\(text)' is not allowed") }
            }
            if let text = value as? String {
                if key == "uuid" { matches(uuidPattern, text) ? (_ = defined.insert(text)) : problems.append("\(here): '\(text)' is not a uuid") }
                if key.hasSuffix("-uuid") {
                    if !matches(uuidPattern, text) { problems.append("\(here): '\(text)' is not a uuid") }
                    referenced.append((here, text))
                }
                if ["control-id", "target-id"].contains(key) || (kind == "property" && key == "name"), !matches(tokenPattern, text) { problems.append("\(here): '\(text)' is not a token") }
                if ["start", "end", "collected", "last-modified"].contains(key), !matches(timePattern, text) { problems.append("\(here): '\(text)' is not a date-time with a zone") }
                if text.isEmpty { problems.append("\(here): empty") }
            }
            guard let child = children[kind]?[key] else { continue }
            if let list = value as? [[String: Any]] {
                if list.isEmpty { problems.append("\(here): an empty list must be left out") }
                for (index, item) in list.enumerated() { walk(item, child, "\(here)[\(index)]", &problems, &defined, &referenced) }
            } else if let item = value as? [String: Any] {
                walk(item, child, here, &problems, &defined, &referenced)
            } else {
                problems.append("\(here): not an object or a list of objects")
            }
        }
    }

    private static func matches(_ pattern: NSRegularExpression, _ text: String) -> Bool {
        pattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }
}
