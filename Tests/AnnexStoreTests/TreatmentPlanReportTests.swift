import AnnexDomain
@testable import AnnexStore
import XCTest

final class TreatmentPlanReportTests: XCTestCase {
    private let today = Day("2026-11-29")!

    /// Five risks on the standard 5x5 matrix (Low ≤ 4, Medium ≤ 9, High ≤ 16, Critical ≤ 25; acceptance from High).
    private var workspace: Workspace {
        var workspace = Workspace.new(organisation: "Acme \"Quote\" & <Sons> | Ltd")
        workspace.config.people = [Person(id: "ceo", name: "Cleo Eo", role: "CEO"), Person(id: "ops", name: "Otto Ops")]
        var excluded = workspace.soa["A.7.4"]!
        excluded.applicable = false
        excluded.justification = "No premises of our own"
        workspace.soa.upsert(excluded)
        var implemented = workspace.soa["A.8.13"]!
        implemented.status = .implemented
        workspace.soa.upsert(implemented)
        workspace.risks = [
            // Critical → Medium, treatment overdue, one linked control excluded in the SoA; text full of markup.
            Risk(
                id: "R-A", title: "Backups | restore\nfails", assets: ["File server | NAS"], threat: "Ransomware",
                vulnerability: "Flat network", owner: "ops", inherent: RiskRating(likelihood: 4, impact: 5), treatment: .modify,
                controls: ["A.7.4", "A.8.13"], plan: "Step 1: <script>alert('x')</script>\n# not a heading", due: today.adding(days: -5),
                residual: RiskRating(likelihood: 2, impact: 4), nextReview: today.adding(days: 30), status: .treating
            ),
            // High residual, retained without anybody accepting it.
            Risk(
                id: "R-B", title: "Key person leaves", threat: "AT&T &amp; *co*", owner: "ceo", inherent: RiskRating(likelihood: 3, impact: 4), treatment: .retain,
                residual: RiskRating(likelihood: 3, impact: 4), nextReview: today.adding(days: -1), status: .identified
            ),
            // Low, not yet reassessed (counts at inherent), acceptance run out.
            Risk(
                id: "R-C", title: "Printer jams", owner: "ops", inherent: RiskRating(likelihood: 2, impact: 2), treatment: .retain,
                acceptance: RiskAcceptance(by: "ceo", on: today.adding(days: -400), rationale: "Cheap", validUntil: today.adding(days: -35)),
                status: .accepted
            ),
            // Closed: in neither the heat maps nor the sections.
            Risk(id: "R-D", title: "Old mainframe", inherent: RiskRating(likelihood: 5, impact: 5), status: .closed),
            // Critical → High (16), accepted and still valid.
            Risk(
                id: "R-E", title: "Cloud region outage", owner: "ops", inherent: RiskRating(likelihood: 4, impact: 5), treatment: .modify,
                controls: ["A.8.13"], plan: "Second region", residual: RiskRating(likelihood: 4, impact: 4),
                acceptance: RiskAcceptance(by: "ceo", on: today.adding(days: -10), rationale: "Costs", validUntil: today.adding(days: 355)),
                nextReview: today.adding(days: 60), status: .treating
            ),
        ]
        return workspace
    }

    func testHeatMapsCountOpenRisksPerCellWithTheLevelMark() throws {
        let markdown = TreatmentPlanReport(workspace: workspace, today: today).markdown()

        let inherent = try heatMap(after: "### Inherent risk", in: markdown)
        let residual = try heatMap(after: "### Residual risk", in: markdown)

        XCTAssertEqual(inherent.count, 25, "every cell of the 5x5 matrix is shown")
        XCTAssertEqual(nonZero(inherent), [Cell(4, 5): 2, Cell(3, 4): 1, Cell(2, 2): 1], "closed R-D (5x5) is left out")
        XCTAssertEqual(nonZero(residual), [Cell(2, 4): 1, Cell(3, 4): 1, Cell(2, 2): 1, Cell(4, 4): 1], "R-C counts at its inherent rating")
        XCTAssertEqual(inherent[Cell(4, 5)]?.mark, "C")
        XCTAssertEqual(inherent[Cell(3, 4)]?.mark, "H")
        XCTAssertEqual(inherent[Cell(2, 4)]?.mark, "M")
        XCTAssertEqual(inherent[Cell(1, 1)]?.mark, "L")
        XCTAssertTrue(markdown.contains("| **5 Almost certain** | 0 M | 0 H | 0 H | 0 C | 0 C |"), "highest likelihood on top")
        XCTAssertTrue(markdown.contains("| **Impact →** | **1 Negligible** | **2 Minor** | **3 Moderate** | **4 Major** | **5 Severe** |"))
    }

    func testSectionsFollowResidualLevelAndLeaveClosedRisksOut() {
        let markdown = TreatmentPlanReport(workspace: workspace, today: today).markdown()

        let headings = markdown.split(separator: "\n").filter { $0.hasPrefix("### R-") }.map { String($0.prefix(7)) }
        XCTAssertEqual(headings, ["### R-E", "### R-B", "### R-A", "### R-C"], "High 16, High 12, Medium, Low; closed R-D left out")
        XCTAssertTrue(markdown.contains("- **Date:** 2026-11-29"))
        XCTAssertTrue(markdown.contains("4 open risks; 1 closed risk is left out"))
        XCTAssertTrue(markdown.contains("| **Critical** | 2 | 0 |"), "summary by level, inherent against residual")
        XCTAssertTrue(markdown.contains("| **High** | 1 | 2 |"))
        XCTAssertTrue(markdown.contains("| **Low** | 1 | 1 |"))
    }

    func testFlagsExcludedControlsMissingAndExpiredAcceptanceAndOverdueDates() throws {
        let markdown = TreatmentPlanReport(workspace: workspace, today: today).markdown()
        let a = try section("R-A", in: markdown), b = try section("R-B", in: markdown)
        let c = try section("R-C", in: markdown), e = try section("R-E", in: markdown)

        XCTAssertTrue(a.contains("| A.7.4 | Physical security monitoring | Excluded | Not started | **⚠ excluded in the SoA** No premises of our own |"), a)
        XCTAssertTrue(a.contains("| A.8.13 | Information backup | Included | Implemented |  |"), a)
        XCTAssertTrue(a.contains("| Due | 2026-11-24 **⚠ overdue by 5 days** |"), a)
        XCTAssertTrue(a.contains("| Inherent risk | Likelihood 4 (Likely) × impact 5 (Severe) = 20: **Critical** |"), a)
        XCTAssertTrue(a.contains("| Acceptance | none; not required for a Medium residual risk |"), a)

        XCTAssertTrue(b.contains("| Acceptance | **⚠ missing: a High residual risk needs a named acceptance** |"), b)
        XCTAssertTrue(b.contains("| Next review | 2026-11-28 **⚠ overdue by 1 day** |"), b)
        XCTAssertFalse(e.contains("missing"), e)
        XCTAssertTrue(e.contains("| Acceptance | Accepted by Cleo Eo (ceo) on 2026-11-19, valid until 2027-11-19 |"), e)
        XCTAssertTrue(c.contains("valid until 2026-10-25 **⚠ expired 35 days ago**"), c)
        XCTAssertTrue(c.contains("| Residual risk | not yet assessed; counted at its inherent level, **Low** |"), c)

        XCTAssertTrue(markdown.contains("| **⚠ Required acceptances missing** | 1 | R-B |"))
        XCTAssertTrue(markdown.contains("| **⚠ Linked controls excluded in the SoA** | 1 | R-A |"))
        XCTAssertTrue(markdown.contains("| **⚠ Treatments overdue** | 1 | R-A |"))
        XCTAssertTrue(markdown.contains("| **⚠ Acceptances expired** | 1 | R-C |"))
    }

    func testMarkdownEscapesPipesNewlinesAndMarkup() throws {
        let markdown = TreatmentPlanReport(workspace: workspace, today: today).markdown()

        XCTAssertFalse(markdown.contains("<script"), "raw HTML from the data never reaches a Markdown viewer")
        XCTAssertTrue(markdown.contains("Step 1: &lt;script&gt;alert('x')&lt;/script&gt;<br>\\# not a heading"))
        XCTAssertTrue(markdown.contains("### R-A: Backups \\| restore fails"), "a heading stays on one line")
        XCTAssertTrue(markdown.contains("| Threat | AT&T &amp;amp; \\*co\\* |"), "an entity in the data shows as typed")
        XCTAssertTrue(markdown.contains("| R-A | Backups \\| restore<br>fails | **Medium** |"))
        XCTAssertTrue(markdown.contains("# Risk treatment plan: Acme \"Quote\" & &lt;Sons&gt; \\| Ltd"))
        XCTAssertFalse(markdown.split(separator: "\n").contains { $0.hasPrefix("fails") || $0.hasPrefix("# not") })
        // Every table keeps its shape: each row has as many unescaped pipes as its header.
        var expected: Int?
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("|") else { expected = nil; continue }
            let pipes = unescapedPipes(line)
            if let expected { XCTAssertEqual(pipes, expected, String(line)) } else { expected = pipes }
        }
    }

    func testHTMLIsOneSafeSelfContainedPrintablePage() throws {
        let html = TreatmentPlanReport(workspace: workspace, today: today).html()

        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>"))
        XCTAssertFalse(html.lowercased().contains("<script"), "no scripts, and none smuggled in through the data")
        XCTAssertTrue(html.contains("Step 1: &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;\n# not a heading"))
        XCTAssertTrue(html.contains("AT&amp;T &amp;amp; *co*"))
        XCTAssertTrue(html.contains("<title>Risk treatment plan: Acme &quot;Quote&quot; &amp; &lt;Sons&gt; | Ltd (2026-11-29)</title>"))
        for external in ["http", "src=", "<link", "@import", "url("] {
            XCTAssertFalse(html.lowercased().contains(external), "no external resource: \(external)")
        }
        XCTAssertTrue(html.contains("print-color-adjust: exact"))
        XCTAssertTrue(html.contains("break-inside: avoid"))
        XCTAssertTrue(html.contains("@media print"))
        // Heat map cells: coloured by level class, the level's name in the title, the letter visible.
        XCTAssertTrue(html.contains("<td class=\"cell lv3\" title=\"Critical: 2 risks (likelihood 4 × impact 5)\">2 <span class=\"mark\">C</span></td>"), html)
        XCTAssertTrue(html.contains("<td class=\"cell lv0 zero\" title=\"Low: 0 risks (likelihood 1 × impact 1)\">0 <span class=\"mark\">L</span></td>"))
        XCTAssertTrue(html.contains("<strong class=\"flag\">⚠ excluded in the SoA</strong>"))
        XCTAssertTrue(html.contains("<strong class=\"flag\">⚠ missing: a High residual risk needs a named acceptance</strong>"))
        XCTAssertEqual(html.components(separatedBy: "<article class=\"risk").count - 1, 4)
        let order = ["risk-R-E", "risk-R-B", "risk-R-A", "risk-R-C"].map { html.range(of: "id=\"\($0)\"")?.lowerBound }
        XCTAssertFalse(order.contains(nil))
        XCTAssertEqual(order.compactMap { $0 }, order.compactMap { $0 }.sorted())
    }

    func testLevelMarksStayUniqueWhenNamesShareALetter() throws {
        var workspace = self.workspace
        workspace.config.riskMatrix.levels = [
            RiskLevel(id: "low", name: "Low", maxScore: 4), RiskLevel(id: "mod", name: "Moderate", maxScore: 9),
            RiskLevel(id: "med", name: "Medium", maxScore: 16), RiskLevel(id: "high", name: "High", maxScore: 25),
        ]
        workspace.config.riskMatrix.acceptanceFrom = "high"
        let markdown = TreatmentPlanReport(workspace: workspace, today: today).markdown()
        let inherent = try heatMap(after: "### Inherent risk", in: markdown)
        XCTAssertEqual(Set([Cell(1, 1), Cell(2, 3), Cell(3, 4), Cell(4, 5)].compactMap { inherent[$0]?.mark }), ["L", "Mo", "Me", "H"])
        XCTAssertTrue(markdown.contains("L = Low, Mo = Moderate, Me = Medium, H = High"))
    }

    // MARK: - Reading the Markdown as a user would

    private struct Cell: Hashable, CustomStringConvertible {
        let likelihood: Int, impact: Int
        init(_ likelihood: Int, _ impact: Int) { self.likelihood = likelihood; self.impact = impact }
        var description: String { "\(likelihood)x\(impact)" }
    }

    /// The heat map table after a heading: rows `| **5 Almost certain** | 0 M | … |`, impact steps 1… left to right.
    private func heatMap(after heading: String, in markdown: String) throws -> [Cell: (count: Int, mark: String)] {
        let start = try XCTUnwrap(markdown.range(of: heading + "\n\n"))
        let lines = markdown[start.upperBound...].split(separator: "\n", omittingEmptySubsequences: false).prefix { !$0.isEmpty }
        var cells: [Cell: (count: Int, mark: String)] = [:]
        for line in lines where line.hasPrefix("| **") && !line.hasPrefix("| **Impact") {
            let parts = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            let likelihood = try XCTUnwrap(Int(parts[0].dropFirst(2).prefix { $0.isNumber }))
            for (index, text) in parts.dropFirst().enumerated() {
                let pieces = text.split(separator: " ")
                cells[Cell(likelihood, index + 1)] = (try XCTUnwrap(Int(pieces[0])), String(pieces[1]))
            }
        }
        return cells
    }

    private func nonZero(_ cells: [Cell: (count: Int, mark: String)]) -> [Cell: Int] {
        cells.filter { $0.value.count > 0 }.mapValues(\.count)
    }

    /// From a risk's heading to the next heading.
    private func section(_ id: String, in markdown: String) throws -> String {
        let start = try XCTUnwrap(markdown.range(of: "### \(id): "))
        let rest = markdown[start.upperBound...]
        let end = rest.range(of: "\n### ")?.lowerBound ?? rest.endIndex
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
