import AnnexDomain
import Foundation
import XCTest

/// `annex export audit ID` on the demo organisation, checked against `annex export findings|actions --format json`
/// and against the demo's own audit log.
final class AuditReportCommandTests: XCTestCase {
    private let closed = DemoOrganisation.closedAuditID

    /// The demo workspace (removed with `folder`), the closed audit's findings and actions as the JSON
    /// exports give them, and the demo as built in memory for the same pinned day.
    private struct Demo {
        let folder: TemporaryFolder
        let workspace: String
        let findings: [[String: Any]]
        let actions: [[String: Any]]
        let model: Workspace
    }

    private func demo() throws -> Demo {
        let folder = TemporaryFolder()
        let workspace = folder.path + "/demo"
        let created = try AnnexBinary.run(["init", "--demo", workspace])
        XCTAssertEqual(created.status, 0, created.stderr)
        func json(_ register: String) throws -> [[String: Any]] {
            let result = try AnnexBinary.run(["export", register, "--audit", closed, "--workspace", workspace, "--format", "json"])
            XCTAssertEqual(result.status, 0, result.stderr)
            return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        }
        // AnnexBinary pins ANNEX_TODAY to this day, so the demo on disk is the one built here.
        let model = DemoOrganisation.make(today: Day("2026-11-29")!)
        return Demo(folder: folder, workspace: workspace, findings: try json("findings"), actions: try json("actions"), model: model)
    }

    private func classification(_ finding: [String: Any]) throws -> FindingClass {
        try XCTUnwrap(FindingClass(rawValue: finding["classification"] as? String ?? ""))
    }

    func testTheMarkdownReportCountsWhatTheLogHoldsAndNumbersEveryNonconformity() throws {
        let demo = try demo()
        defer { withExtendedLifetime(demo.folder) {} }

        let report = try AnnexBinary.run(["export", "audit", closed, "--workspace", demo.workspace, "--format", "md"])

        XCTAssertEqual(report.status, 0, report.stderr)
        let markdown = report.stdout
        XCTAssertTrue(markdown.hasPrefix("# Audit report: \(closed)\n\n**Korvenhall Freight Software GmbH**\n"), markdown)
        XCTAssertTrue(markdown.contains("- **Report date:** 2026-11-29"), "today is the pinned ANNEX_TODAY")

        // The counts table equals the findings in force, counted by classification.
        var counts: [FindingClass: Int] = [:]
        for finding in demo.findings { counts[try classification(finding), default: 0] += 1 }
        for kind in FindingClass.allCases {
            XCTAssertTrue(markdown.contains("\n| \(kind.title) | \(counts[kind, default: 0]) |\n"), "\(kind.title): \(counts[kind, default: 0])")
        }
        XCTAssertTrue(markdown.contains("\n| Total | \(demo.findings.count) |\n"))
        XCTAssertGreaterThan(counts[.major, default: 0], 0, "the demo has a major nonconformity")

        // Coverage, withdrawn findings and time spent as the audit log has them.
        let audit = try XCTUnwrap(demo.model.audits.first { $0.id == closed })
        let log = demo.model.log(of: closed)
        let progress = AuditProgress(audit: audit, log: log)
        XCTAssertTrue(markdown.contains("\n| Checklist items | \(progress.items) |\n| Audited | \(progress.count(.audited)) |\n| Nonconformity | \(progress.count(.nonconformity)) |\n| Not audited | \(progress.count(.notAudited)) |\n| To go | \(progress.count(.toGo)) |\n"))
        XCTAssertEqual(log.withdrawn.count, 1)
        XCTAssertTrue(markdown.contains("\n1 finding was withdrawn and is left out of this report.\n"))
        for withdrawn in log.withdrawn.keys { XCTAssertFalse(markdown.contains(withdrawn), "\(withdrawn) was withdrawn") }
        let minutes = (log.totalTimeSpent + 30) / 60
        XCTAssertGreaterThan(minutes, 60)
        XCTAssertTrue(markdown.contains("**Time spent:** \(minutes / 60) h \(String(format: "%02d", minutes % 60)) min"))

        // Every nonconformity is numbered NC-1, NC-2 … in checklist order, in the findings and in their own section.
        let position = Dictionary(audit.checklist.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let ncs = try demo.findings.filter { try classification($0).isNonconformity }
            .enumerated()
            .sorted { (position[$0.element["item"] as? String ?? ""] ?? .max, $0.offset) < (position[$1.element["item"] as? String ?? ""] ?? .max, $1.offset) }
            .map(\.element)
        XCTAssertEqual(ncs.count, counts[.major, default: 0] + counts[.minor, default: 0])
        let ncSection = try XCTUnwrap(markdown.range(of: "## 3. Nonconformities\n")).upperBound
        for (index, nc) in ncs.enumerated() {
            let id = try XCTUnwrap(nc["id"] as? String), item = try XCTUnwrap(nc["item"] as? String)
            let title = try classification(nc).title
            XCTAssertTrue(markdown.contains("\n#### NC-\(index + 1) · \(title) · \(id)\n"), "NC-\(index + 1) is \(id)")
            let heading = try XCTUnwrap(markdown.range(of: "\n### NC-\(index + 1): \(title) on \(item) "), "NC-\(index + 1) in its section")
            XCTAssertGreaterThanOrEqual(heading.lowerBound, ncSection)
            let entry = markdown[heading.upperBound...].prefix { $0 != "#" }
            XCTAssertTrue(entry.contains("(\(id))"), String(entry))
            let actions = demo.actions.filter { $0["finding"] as? String == id }.compactMap { $0["id"] as? String }
            if actions.isEmpty {
                XCTAssertTrue(entry.contains("No corrective action yet."), String(entry))
            }
            for action in actions { XCTAssertTrue(entry.contains("\n| \(action) | "), "\(action) listed against NC-\(index + 1)") }
        }
        XCTAssertFalse(markdown.contains("NC-\(ncs.count + 1)"), "no more numbers than nonconformities")

        let byDefault = try AnnexBinary.run(["export", "audit", closed, "--workspace", demo.workspace])
        XCTAssertEqual(byDefault.stdout, markdown, "Markdown is the default")
    }

    func testTheHTMLReportIsOneSafePageWithEveryFindingAndNonconformity() throws {
        let demo = try demo()
        defer { withExtendedLifetime(demo.folder) {} }

        let report = try AnnexBinary.run(["export", "audit", closed, "--workspace", demo.workspace, "--format", "html"])

        XCTAssertEqual(report.status, 0, report.stderr)
        let html = report.stdout
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        XCTAssertTrue(html.hasSuffix("</html>\n"))
        XCTAssertFalse(html.lowercased().contains("<script"))
        XCTAssertFalse(html.contains("src="))
        XCTAssertFalse(html.contains("href=\"http"))
        XCTAssertTrue(html.contains("<h1>Audit report: \(closed)</h1>\n<p class=\"org\">Korvenhall Freight Software GmbH</p>"))
        XCTAssertEqual(html.components(separatedBy: "<article class=\"finding ").count - 1, demo.findings.count)
        var counts: [FindingClass: Int] = [:]
        for finding in demo.findings { counts[try classification(finding), default: 0] += 1 }
        for kind in FindingClass.allCases {
            XCTAssertTrue(html.contains("<tr><td><span class=\"badge \(kind.rawValue)\">\(kind.title)</span></td><td>\(counts[kind, default: 0])</td></tr>"), kind.title)
        }
        let ncCount = counts[.major, default: 0] + counts[.minor, default: 0]
        for number in 1...ncCount {
            XCTAssertTrue(html.contains(" id=\"nc-\(number)\">\n<h4><span class=\"nc\">NC-\(number)</span> "), "NC-\(number)")
            XCTAssertTrue(html.contains("<a href=\"#nc-\(number)\">NC-\(number)</a>"))
        }
        XCTAssertFalse(html.contains("id=\"nc-\(ncCount + 1)\""))
        XCTAssertTrue(html.contains("break-inside: avoid"))
    }

    func testTheReportOfTheAuditUnderWayFollowsUpThePreviousOne() throws {
        let demo = try demo()
        defer { withExtendedLifetime(demo.folder) {} }

        let report = try AnnexBinary.run(["export", "audit", DemoOrganisation.currentAuditID, "--workspace", demo.workspace])

        XCTAssertEqual(report.status, 0, report.stderr)
        XCTAssertTrue(report.stdout.contains("- **Status:** In progress\n"))
        XCTAssertTrue(report.stdout.contains("## 4. Items not audited\n\n- 7.2 Competence\n- A.5.30 "), report.stdout)
        let followUp = try XCTUnwrap(report.stdout.range(of: "## 5. Follow-up of \(closed)\n"))
        let ncs = try demo.findings.filter { try classification($0).isNonconformity }
        XCTAssertEqual(ncs.count, 4)
        for finding in ncs {
            let id = try XCTUnwrap(finding["id"] as? String)
            XCTAssertTrue(report.stdout[followUp.upperBound...].contains("(\(id)), "), "\(id) is followed up")
        }
        XCTAssertTrue(report.stdout.contains("## 6. Conclusion\n\n*The auditors wrote no conclusion; this one is generated from the counts.*"))
        XCTAssertTrue(report.stdout.contains("not a certification decision"))
    }

    /// OSCAL tools read the closed audit: every finding in force of the JSON export is a finding
    /// of the assessment results on its item, a nonconformity unsatisfied.
    func testTheOSCALAssessmentResultsCarryEveryFindingOfTheAudit() throws {
        let demo = try demo()
        defer { withExtendedLifetime(demo.folder) {} }
        let result = try AnnexBinary.run(["export", "audit", closed, "--workspace", demo.workspace, "--format", "oscal"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let root = try XCTUnwrap((try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])?["assessment-results"] as? [String: Any])
        XCTAssertEqual((root["metadata"] as? [String: Any])?["oscal-version"] as? String, "1.1.2")
        let findings = try XCTUnwrap(((root["results"] as? [[String: Any]])?.first?["findings"]) as? [[String: Any]])
        XCTAssertEqual(findings.count, demo.findings.count)
        for (exported, oscal) in zip(demo.findings, findings) {
            let target = oscal["target"] as? [String: Any]
            let item = try XCTUnwrap(exported["item"] as? String)
            XCTAssertEqual(target?["target-id"] as? String, item.first?.isLetter == true ? item : "clause-" + item)
            let nonconformity = ["major_nc", "minor_nc"].contains(exported["classification"] as? String ?? "")
            XCTAssertEqual((target?["status"] as? [String: Any])?["state"] as? String, nonconformity ? "not-satisfied" : "satisfied", "\(exported)")
        }
        let refused = try AnnexBinary.run(["export", "risks", "--workspace", demo.workspace, "--format", "oscal"])
        XCTAssertNotEqual(refused.status, 0)
        XCTAssertTrue(refused.stderr.contains("--format oscal applies to an audit only"), refused.stderr)
    }

    func testUnknownAuditsAndFormatsThatDoNotFitAreRefusedClearly() throws {
        let demo = try demo()
        defer { withExtendedLifetime(demo.folder) {} }
        let workspace = demo.workspace

        let unknown = try AnnexBinary.run(["export", "audit", "IA-1999-9", "--workspace", workspace])
        XCTAssertNotEqual(unknown.status, 0)
        XCTAssertTrue(unknown.stderr.contains("unknown audit 'IA-1999-9'; audits: IA-2026-1, IA-2026-2"), unknown.stderr)
        XCTAssertTrue(unknown.stdout.isEmpty)

        let missing = try AnnexBinary.run(["export", "audit", "--workspace", workspace])
        XCTAssertNotEqual(missing.status, 0)
        XCTAssertTrue(missing.stderr.contains("annex export audit ID; audits: IA-2026-1, IA-2026-2"), missing.stderr)

        for format in ["csv", "json"] {
            let refused = try AnnexBinary.run(["export", "audit", closed, "--workspace", workspace, "--format", format])
            XCTAssertNotEqual(refused.status, 0)
            XCTAssertTrue(refused.stderr.contains("use --format md, html or oscal"), refused.stderr)
            XCTAssertTrue(refused.stderr.contains("'annex export findings --audit \(closed) --format \(format)'"), refused.stderr)
            XCTAssertTrue(refused.stdout.isEmpty)
        }

        let stray = try AnnexBinary.run(["export", "soa", closed, "--workspace", workspace])
        XCTAssertNotEqual(stray.status, 0)
        XCTAssertTrue(stray.stderr.contains("only 'export audit' takes an id"), stray.stderr)

        let option = try AnnexBinary.run(["export", "audit", "--audit", closed, "--workspace", workspace])
        XCTAssertNotEqual(option.status, 0)
        XCTAssertTrue(option.stderr.contains("annex export audit \(closed)"), option.stderr)
    }
}
