import AnnexDomain
@testable import AnnexStore
import XCTest

final class AuditReportTests: XCTestCase {
    private let today = Day("2026-11-29")!

    /// 09:00:45 UTC on the first audit day, plus whole minutes: the seconds never show.
    private func at(_ minutes: Int) -> Date {
        Date(timeIntervalSince1970: TimeInterval(Day("2026-11-25")!.daysSinceEpoch * 86_400 + 9 * 3600 + 45 + minutes * 60))
    }

    private func finding(_ id: String, _ item: String, _ classification: FindingClass, _ statement: String, at minutes: Int) -> Finding {
        Finding(id: id, item: item, classification: classification, statement: statement, evidence: "Seen \(id)", interviewee: "Ida Interviewee",
                role: "Head of IT", method: .examine, auditor: "aud", at: at(minutes))
    }

    /// A-2 follows up the closed A-1. Its journal logs findings out of checklist order, edits one,
    /// withdraws two, marks items, records time and carries hostile text.
    private var workspace: Workspace {
        var workspace = Workspace.new(organisation: "Acme <b>&</b> | Ltd")
        workspace.config.people = [Person(id: "aud", name: "Ana Auditor"), Person(id: "own", name: "Otto Owner")]
        let previous = Audit(id: "A-1", title: "First audit", status: .closed, checklist: ["A.5.15", "A.8.8"])
        let current = Audit(
            id: "A-2", title: "Second audit", status: .inProgress, scope: "Everything\nand more", criteria: ["ISO/IEC 27001:2022", "Policy v2"],
            auditors: ["aud", "ghost"], auditees: ["Ida Interviewee (Head of IT)"], start: Day("2026-11-25"), end: Day("2026-11-27"),
            checklist: ["4.1", "A.5.15", "A.8.8", "A.8.13", "6.1.2", "7.2", "A.5.1"], followUpOf: "A-1"
        )
        workspace.audits = [previous, current]
        var revised = finding("F-1", "A.8.8", .minor, "Patching is late (revised after the closing meeting)", at: 30)
        revised.evidence = "Scanner report, second look"
        var hostile = finding("F-3", "A.5.15", .observation, "Para one\nline two\n\nPara two", at: 3)
        hostile.evidence = "<script>alert(1)</script> | pipe \u{1B}[31mred"
        hostile.interviewee = "Eve *bold* `code` [link](http://x)"
        hostile.role = "Boss\n# not a heading"
        hostile.sample = AuditSample(population: "Tickets | 2026", populationSize: 40, size: 3, method: "seeded-random", seed: 42, items: ["T-1", "T-9", "T-30"])
        workspace.auditLogs = [
            "A-1": AuditLog(events: [
                .logged(finding("P-1", "A.8.8", .minor, "Old patching gap", at: -9000)),
                .logged(finding("P-2", "A.5.15", .major, "Old access gap", at: -8990)),
            ]),
            "A-2": AuditLog(events: [
                .logged(finding("F-1", "A.8.8", .minor, "Patching is late", at: 0)),
                .logged(finding("F-2", "4.1", .major, "No context analysis", at: 2)),
                .logged(hostile),
                .logged(finding("F-4", "A.8.13", .minor, "Withdrawn backup finding", at: 4)),
                .withdrawn(findingID: "F-4", reason: "misread", by: "aud", at: at(5)),
                .logged(finding("F-5", "A.5.15", .conformity, "Withdrawn conformity", at: 6)),
                .withdrawn(findingID: "F-5", reason: "duplicate", by: "aud", at: at(7)),
                .logged(finding("F-6", "4.1", .minor, "Issues list out of date", at: 8)),
                .logged(finding("F-7", "A.8.9", .improvement, "Configuration baselines could be automated", at: 9)),
                .logged(finding("F-8", "A.8.13", .conformity, "Restore tests run", at: 10)),
                .edited(revised),
                .itemMarked(item: "7.2", state: .notAudited, by: "aud", at: at(11)),
                .itemMarked(item: "6.1.2", state: .done, by: "aud", at: at(12)),
                .timed(item: "4.1", seconds: 3000, by: "aud", at: at(13)),
                .timed(item: "A.8.8", seconds: 900, by: "aud", at: at(14)),
            ]),
        ]
        workspace.actions = [
            CorrectiveAction(id: "CA-P1", audit: "A-1", finding: "P-1", rootCause: "x", owner: "own", due: today.adding(days: -30), status: .verified,
                             verification: EffectivenessReview(by: "aud", on: today.adding(days: -10), effective: true)),
            CorrectiveAction(id: "CA-1", audit: "A-2", finding: "F-2", owner: "own", due: today.adding(days: -3), status: .open),
            CorrectiveAction(id: "CA-2", audit: "A-2", finding: "F-1", owner: "nobody-known", due: today.adding(days: 20), status: .inProgress),
            // Same finding id in another audit: not this audit's action.
            CorrectiveAction(id: "CA-X", audit: "A-1", finding: "F-6", owner: "own", status: .open),
        ]
        return workspace
    }

    private func report(_ workspace: Workspace? = nil) throws -> AuditReport {
        try AuditReport(workspace: workspace ?? self.workspace, audit: "A-2", today: today)
    }

    func testSummaryCountsEqualTheLogAndWithdrawnFindingsAreCountedNotShown() throws {
        let workspace = self.workspace
        let log = workspace.log(of: "A-2")
        let markdown = try report(workspace).markdown()

        var expected: [String: Int] = [:]
        for finding in log.activeFindings { expected[finding.classification.title, default: 0] += 1 }
        let table = try rows(after: "### Findings in force by classification", in: markdown)
        XCTAssertEqual(table.count, FindingClass.allCases.count + 1, "every classification, then the total")
        for classification in FindingClass.allCases {
            XCTAssertEqual(table[classification.title], String(expected[classification.title, default: 0]), classification.title)
        }
        XCTAssertEqual(table["Total"], String(log.activeFindings.count))
        XCTAssertEqual(table["Major nonconformity"], "1")
        XCTAssertEqual(table["Minor nonconformity"], "2")

        XCTAssertEqual(log.withdrawn.count, 2)
        XCTAssertTrue(markdown.contains("\n2 findings were withdrawn and are left out of this report.\n"))
        for gone in ["F-4", "F-5", "Withdrawn backup finding", "Withdrawn conformity"] {
            XCTAssertFalse(markdown.contains(gone), "\(gone) was withdrawn")
        }

        let coverage = try rows(after: "### Checklist coverage", in: markdown)
        XCTAssertEqual(coverage["Checklist items"], "7")
        XCTAssertEqual(coverage["Audited"], "3", "A.5.15 and A.8.13 with findings other than nonconformities; 6.1.2 marked")
        XCTAssertEqual(coverage["Nonconformity"], "2", "4.1 and A.8.8")
        XCTAssertEqual(coverage["Not audited"], "1")
        XCTAssertEqual(coverage["To go"], "1")
        XCTAssertTrue(markdown.contains(AuditReport.coverageRule), "the report says how items are counted")
        XCTAssertTrue(markdown.contains("**Time spent:** 1 h 05 min"), "3000 s + 900 s")
        XCTAssertTrue(markdown.contains("*Time spent: 50 min.*"), "per item too")
    }

    func testNonconformitiesAreNumberedInChecklistOrderWithTheirActions() throws {
        let markdown = try report().markdown()

        let headings = markdown.split(separator: "\n").filter { $0.hasPrefix("#### ") }.map { String($0.dropFirst(5)) }
        XCTAssertEqual(headings, [
            "NC-1 · Major nonconformity · F-2", "NC-2 · Minor nonconformity · F-6", "Observation · F-3",
            "NC-3 · Minor nonconformity · F-1", "Conformity · F-8", "Opportunity for improvement · F-7",
        ], "checklist order (4.1, A.5.15, A.8.8, A.8.13), first logged within an item, off-checklist A.8.9 last")
        XCTAssertTrue(markdown.contains("### A.8.9 Configuration management\n\n*Not on the audit's checklist.*"))

        let ncSection = try section("## 3. Nonconformities", in: markdown)
        let ncHeadings = ncSection.split(separator: "\n").filter { $0.hasPrefix("### ") }.map { String($0.dropFirst(4)) }
        XCTAssertEqual(ncHeadings, [
            "NC-1: Major nonconformity on 4.1 Understanding the organization and its context (F-2)",
            "NC-2: Minor nonconformity on 4.1 Understanding the organization and its context (F-6)",
            "NC-3: Minor nonconformity on A.8.8 Management of technical vulnerabilities (F-1)",
        ])
        XCTAssertTrue(ncSection.contains("| CA-1 | Otto Owner (own) | 2026-11-26 | open **⚠ overdue** |"), ncSection)
        XCTAssertTrue(ncSection.contains("| CA-2 | nobody-known | 2026-12-19 | in progress |"), ncSection)
        XCTAssertFalse(ncSection.contains("CA-X"), "an action of another audit with the same finding id")
        let nc2 = try XCTUnwrap(ncSection.range(of: "(F-6)"))
        XCTAssertTrue(ncSection[nc2.upperBound...].hasPrefix("\n\nIssues list out of date\n\n**⚠ No corrective action yet.**\n"))
    }

    func testAnEditedFindingShowsItsLatestVersionAndWhenItWasFirstLogged() throws {
        let markdown = try report().markdown()

        XCTAssertTrue(markdown.contains("Patching is late (revised after the closing meeting)"))
        XCTAssertFalse(markdown.contains("Patching is late\n"), "the first wording is gone")
        XCTAssertTrue(markdown.contains("- **Evidence seen:** Scanner report, second look"))
        XCTAssertTrue(markdown.contains("- **Logged:** 2026-11-25 09:00 UTC; last edited 2026-11-25 09:30 UTC"))
        XCTAssertTrue(markdown.contains("- **Logged:** 2026-11-25 09:02 UTC\n"), "F-2, never edited")
        XCTAssertTrue(markdown.contains("- **Auditor:** Ana Auditor (aud)"))
    }

    func testHeaderNotAuditedItemsAndStatementParagraphs() throws {
        let markdown = try report().markdown()

        XCTAssertTrue(markdown.hasPrefix("# Audit report: A-2\n\n**Acme &lt;b&gt;&&lt;/b&gt; \\| Ltd**\n\n- **Audit:** A-2\n- **Title:** Second audit\n"), markdown)
        XCTAssertTrue(markdown.contains("- **Type:** Internal audit\n- **Status:** In progress\n- **Dates:** 2026-11-25 to 2026-11-27\n"))
        XCTAssertTrue(markdown.contains("- **Scope:** Everything<br>and more\n"))
        XCTAssertTrue(markdown.contains("- **Criteria:**\n  - ISO/IEC 27001:2022\n  - Policy v2\n"))
        XCTAssertTrue(markdown.contains("- **Auditors:**\n  - Ana Auditor (aud)\n  - ghost\n"), "names where config.people knows them")
        XCTAssertTrue(markdown.contains("- **Follows up:** A-1\n- **Report date:** 2026-11-29\n"))
        XCTAssertEqual(try section("## 4. Items not audited", in: markdown), "## 4. Items not audited\n\n- 7.2 Competence\n")
        XCTAssertTrue(markdown.contains("#### Observation · F-3\n\nPara one<br>line two\n\nPara two\n\n- **Evidence seen:**"))
    }

    func testFollowUpListsThePreviousAuditsNonconformitiesAndTheirActions() throws {
        let markdown = try report().markdown()
        let followUp = try section("## 5. Follow-up of A-1", in: markdown)

        XCTAssertTrue(followUp.contains("A-1 raised 2 nonconformities, numbered as in its own report; 1 is still open."), followUp)
        XCTAssertTrue(followUp.contains("| NC-1 (P-2), major nonconformity | A.5.15 Access control | none | open |"), followUp)
        XCTAssertTrue(followUp.contains(
            "| NC-2 (P-1), minor nonconformity | A.8.8 Management of technical vulnerabilities | CA-P1, Otto Owner (own), due 2026-10-30: verified effective on 2026-11-19 | closed: every action verified effective |"
        ), followUp)

        var withoutPrevious = workspace
        withoutPrevious.audits.removeAll { $0.id == "A-1" }
        let orphan = try report(withoutPrevious).markdown()
        XCTAssertTrue(orphan.contains("## 5. Follow-up of A-1\n\nThe workspace holds no audit A-1.\n"), orphan)

        var noFollowUp = workspace
        noFollowUp.audits[1].followUpOf = nil
        let plain = try report(noFollowUp).markdown()
        XCTAssertFalse(plain.contains("Follow-up"))
        XCTAssertTrue(plain.contains("## 5. Conclusion"), "sections renumber")
    }

    func testConclusionIsTheAuditorsOwnOrGeneratedWithoutClaimingCertification() throws {
        let generated = try section("## 6. Conclusion", in: try report().markdown())
        XCTAssertTrue(generated.contains("*The auditors wrote no conclusion; this one is generated from the counts.*"))
        XCTAssertTrue(generated.contains(
            "1 major and 2 minor nonconformities were raised; 1 observation and 1 opportunity for improvement were noted; 1 finding confirmed conformity. Of the 7 checklist items, 3 were audited, 2 had a nonconformity, 1 was not audited and 1 is to go. The audit is still in progress"
        ), generated)
        XCTAssertTrue(generated.contains("is not a certification decision"))
        XCTAssertFalse(generated.lowercased().contains("certified"))

        var written = workspace
        written.audits[1].conclusion = "First paragraph.\n\n- not a list\n\nSecond paragraph."
        let own = try section("## 6. Conclusion", in: try report(written).markdown())
        XCTAssertEqual(own, "## 6. Conclusion\n\nFirst paragraph.\n\n\\- not a list\n\nSecond paragraph.\n")

        var clean = workspace
        clean.auditLogs["A-2"] = AuditLog(events: [.logged(finding("C-1", "4.1", .conformity, "Fine", at: 0))])
        clean.audits[1].status = .closed
        let none = try section("## 6. Conclusion", in: try report(clean).markdown())
        XCTAssertTrue(none.contains("No nonconformities were raised; 1 finding confirmed conformity. Of the 7 checklist items, 1 was audited and 6 are to go. This summary"), none)
        XCTAssertTrue(try section("## 3. Nonconformities", in: try report(clean).markdown()).contains("No nonconformities were raised."))
    }

    func testMarkdownEscapesHostileText() throws {
        let markdown = try report().markdown()

        XCTAssertFalse(markdown.contains("<script"), "raw HTML from the data never reaches a Markdown viewer")
        XCTAssertFalse(markdown.contains("\u{1B}"), "control characters never pass through")
        XCTAssertTrue(markdown.contains("- **Evidence seen:** &lt;script&gt;alert(1)&lt;/script&gt; \\| pipe \\[31mred\n"), markdown)
        XCTAssertTrue(markdown.contains("- **Interviewee:** Eve \\*bold\\* \\`code\\` \\[link\\](http://x), Boss<br>\\# not a heading"))
        XCTAssertTrue(markdown.contains("- **Population:** Tickets \\| 2026"))
        XCTAssertTrue(markdown.contains("- **Sample:** 3 of 40, seeded-random, seed 42\n"))
        XCTAssertTrue(markdown.contains("- **Items drawn:** T-1, T-9, T-30\n"))
        XCTAssertFalse(markdown.split(separator: "\n").contains { $0.hasPrefix("# not") })
        var expected: Int?
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("|") else { expected = nil; continue }
            let pipes = unescapedPipes(line)
            if let expected { XCTAssertEqual(pipes, expected, String(line)) } else { expected = pipes }
        }
    }

    func testHTMLIsOneSafeSelfContainedPrintablePage() throws {
        let workspace = self.workspace
        let html = try report(workspace).html()

        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        XCTAssertTrue(html.hasSuffix("</html>\n"))
        XCTAssertFalse(html.lowercased().contains("<script"), "no scripts, and none smuggled in through the data")
        XCTAssertFalse(html.contains("\u{1B}"))
        for external in ["href=\"http", "src=", "<link", "@import", "url("] {
            XCTAssertFalse(html.lowercased().contains(external), "no external resource: \(external)")
        }
        XCTAssertTrue(html.contains("<title>Audit report: A-2 (Acme &lt;b&gt;&amp;&lt;/b&gt; | Ltd)</title>"))
        XCTAssertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; | pipe [31mred"))
        XCTAssertTrue(html.contains("<td class=\"text\">Eve *bold* `code` [link](http://x), Boss\n# not a heading</td>"), "text, not markup")
        XCTAssertTrue(html.contains("<p class=\"text\">Para one\nline two</p>\n<p class=\"text\">Para two</p>"))
        XCTAssertTrue(html.contains("@media print"))
        XCTAssertTrue(html.contains("article.finding, article.nc-entry {") && html.contains("break-inside: avoid; page-break-inside: avoid; }"))

        XCTAssertEqual(html.components(separatedBy: "<article class=\"finding ").count - 1, workspace.log(of: "A-2").activeFindings.count)
        for number in 1...3 {
            XCTAssertTrue(html.contains("<article class=\"finding major_nc\" id=\"nc-\(number)\">") || html.contains("<article class=\"finding minor_nc\" id=\"nc-\(number)\">"))
            XCTAssertTrue(html.contains("<a href=\"#nc-\(number)\">NC-\(number)</a>"))
        }
        XCTAssertTrue(html.contains("<td>open <strong class=\"flag\">⚠ overdue</strong></td>"))
        XCTAssertTrue(html.contains("<p><strong class=\"flag\">⚠ No corrective action yet.</strong></p>"))
        XCTAssertTrue(html.contains("<p class=\"note\">2 findings were withdrawn and are left out of this report.</p>"))
        XCTAssertFalse(html.contains("F-4") || html.contains("F-5"))
    }

    func testAnUnknownAuditNamesTheKnownOnes() {
        XCTAssertThrowsError(try AuditReport(workspace: workspace, audit: "A-9", today: today)) { error in
            XCTAssertEqual(error as? UnknownAudit, UnknownAudit(id: "A-9", known: ["A-1", "A-2"]))
            XCTAssertEqual("\(error)", "unknown audit 'A-9'; audits: A-1, A-2")
        }
    }

    func testDurationsAndParagraphs() {
        XCTAssertEqual(AuditReport.duration(3900), "1 h 05 min")
        XCTAssertEqual(AuditReport.duration(7200), "2 h 00 min")
        XCTAssertEqual(AuditReport.duration(59 * 60 + 29), "59 min")
        XCTAssertEqual(AuditReport.duration(59 * 60 + 30), "1 h 00 min")
        XCTAssertEqual(AuditReport.duration(20), "less than 1 min")
        XCTAssertEqual(AuditReport.paragraphs("a\r\nb\n \n\n\nc\n"), ["a\nb", "c"])
        XCTAssertEqual(MarkdownText.paragraph("1. one"), "1\\. one")
        XCTAssertEqual(MarkdownText.paragraph("7.2 Competence"), "7.2 Competence")
        XCTAssertEqual(MarkdownText.paragraph("---"), "\\---")
        XCTAssertEqual(MarkdownText.paragraph("+ plus"), "\\+ plus")
        XCTAssertEqual(MarkdownText.paragraph("-1 degrees"), "-1 degrees")
        XCTAssertEqual(MarkdownText.paragraph("    indented"), "indented")
    }

    // MARK: - Reading the Markdown as a user would

    /// The first table after a heading, as first cell -> second cell.
    private func rows(after heading: String, in markdown: String) throws -> [String: String] {
        let start = try XCTUnwrap(markdown.range(of: heading + "\n\n"), heading)
        let lines = markdown[start.upperBound...].split(separator: "\n", omittingEmptySubsequences: false).prefix { !$0.isEmpty }
        var rows: [String: String] = [:]
        for line in lines.dropFirst(2) {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            rows[cells[0]] = cells[1]
        }
        return rows
    }

    /// From a `## ` heading to the next one.
    private func section(_ heading: String, in markdown: String) throws -> String {
        let start = try XCTUnwrap(markdown.range(of: heading + "\n"), heading)
        let rest = markdown[start.upperBound...]
        let end = rest.range(of: "\n## ")?.lowerBound ?? rest.endIndex
        return String(markdown[start.lowerBound..<end])
    }

    private func unescapedPipes(_ line: Substring) -> Int {
        var count = 0, escaped = false
        for character in line {
            if escaped { escaped = false; continue }
            if character == "\\" { escaped = true } else if character == "|" { count += 1 }
        }
        return count
    }
}
