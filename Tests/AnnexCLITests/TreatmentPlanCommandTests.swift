import Foundation
import XCTest

/// `annex export treatment-plan` on the demo organisation, checked against `annex export risks --format json`.
final class TreatmentPlanCommandTests: XCTestCase {
    private struct Cell: Hashable { let likelihood: Int, impact: Int }

    /// The demo workspace (removed with `folder`) and its register as `export risks --format json` gives it.
    private struct Demo {
        let folder: TemporaryFolder
        let workspace: String
        let risks: [[String: Any]]
    }

    private func demo() throws -> Demo {
        let folder = TemporaryFolder()
        let workspace = folder.path + "/demo"
        let created = try AnnexBinary.run(["init", "--demo", workspace])
        XCTAssertEqual(created.status, 0, created.stderr)
        let json = try AnnexBinary.run(["export", "risks", "--workspace", workspace, "--format", "json"])
        XCTAssertEqual(json.status, 0, json.stderr)
        let risks = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        return Demo(folder: folder, workspace: workspace, risks: risks)
    }

    func testTheMarkdownPlanHasASectionForEveryOpenRiskAndNoOther() throws {
        let demo = try demo()
        defer { withExtendedLifetime(demo.folder) {} }
        let (workspace, risks) = (demo.workspace, demo.risks)
        let open = risks.filter { $0["status"] as? String != "closed" }.compactMap { $0["id"] as? String }
        let closed = risks.filter { $0["status"] as? String == "closed" }.compactMap { $0["id"] as? String }
        XCTAssertGreaterThan(open.count, 20)
        XCTAssertFalse(closed.isEmpty, "the demo has a closed risk to leave out")

        let plan = try AnnexBinary.run(["export", "treatment-plan", "--workspace", workspace, "--format", "md"])

        XCTAssertEqual(plan.status, 0, plan.stderr)
        XCTAssertTrue(plan.stdout.hasPrefix("# Risk treatment plan: Korvenhall Freight Software GmbH\n"), plan.stdout)
        XCTAssertTrue(plan.stdout.contains("- **Date:** 2026-11-29"), "today is the pinned ANNEX_TODAY")
        let sections = plan.stdout.split(separator: "\n").filter { $0.hasPrefix("### R-") }
            .map { String($0.dropFirst(4).prefix { $0 != ":" }) }
        XCTAssertEqual(Set(sections), Set(open))
        XCTAssertEqual(sections.count, open.count, "one section per open risk")
        for id in closed { XCTAssertFalse(sections.contains(id), "closed \(id) is not in the plan") }

        let byDefault = try AnnexBinary.run(["export", "treatment-plan", "--workspace", workspace])
        XCTAssertEqual(byDefault.stdout, plan.stdout, "Markdown is the default")
    }

    func testHeatMapCountsEqualTheRegisterGroupedByLikelihoodAndImpact() throws {
        let demo = try demo()
        defer { withExtendedLifetime(demo.folder) {} }
        let (workspace, risks) = (demo.workspace, demo.risks)
        let open = risks.filter { $0["status"] as? String != "closed" }
        var inherent: [Cell: Int] = [:], residual: [Cell: Int] = [:]
        for risk in open {
            let likelihood = try XCTUnwrap(risk["likelihood"] as? Int), impact = try XCTUnwrap(risk["impact"] as? Int)
            inherent[Cell(likelihood: likelihood, impact: impact), default: 0] += 1
            // Not yet reassessed counts at the inherent rating.
            let residualCell = Cell(likelihood: risk["residual_likelihood"] as? Int ?? likelihood, impact: risk["residual_impact"] as? Int ?? impact)
            residual[residualCell, default: 0] += 1
        }

        let plan = try AnnexBinary.run(["export", "treatment-plan", "--workspace", workspace, "--format", "md"]).stdout
        XCTAssertEqual(try heatMap(after: "### Inherent risk\n\n", in: plan), inherent)
        XCTAssertEqual(try heatMap(after: "### Residual risk\n\n", in: plan), residual)
        XCTAssertNotEqual(inherent, residual, "treatment moved the demo's risks")

        // The risk register in Markdown carries the same heat maps above its table.
        let register = try AnnexBinary.run(["export", "risks", "--workspace", workspace, "--format", "md"])
        XCTAssertEqual(register.status, 0, register.stderr)
        XCTAssertEqual(try heatMap(after: "## Heat map: inherent risk\n\n", in: register.stdout), inherent)
        XCTAssertEqual(try heatMap(after: "## Heat map: residual risk\n\n", in: register.stdout), residual)
        let table = try XCTUnwrap(register.stdout.range(of: "## Register\n\n"))
        let tableLines = register.stdout[table.upperBound...].split(separator: "\n")
        XCTAssertTrue(tableLines.first?.hasPrefix("| id | title | description | owner |") ?? false, register.stdout)
        XCTAssertEqual(tableLines.count, risks.count + 2, "the register table follows: header, rule, one row per risk")
    }

    func testTheHTMLPlanIsOneSafePageWithEveryOpenRisk() throws {
        let demo = try demo()
        defer { withExtendedLifetime(demo.folder) {} }
        let (workspace, risks) = (demo.workspace, demo.risks)
        let open = risks.filter { $0["status"] as? String != "closed" }.compactMap { $0["id"] as? String }

        let html = try AnnexBinary.run(["export", "treatment-plan", "--workspace", workspace, "--format", "html"])

        XCTAssertEqual(html.status, 0, html.stderr)
        XCTAssertTrue(html.stdout.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        XCTAssertTrue(html.stdout.hasSuffix("</html>\n"))
        XCTAssertFalse(html.stdout.lowercased().contains("<script"))
        XCTAssertFalse(html.stdout.contains("src="))
        XCTAssertFalse(html.stdout.contains("href=\"http"))
        XCTAssertTrue(html.stdout.contains("<h1>Risk treatment plan</h1>\n<p class=\"org\">Korvenhall Freight Software GmbH</p>"))
        for id in open { XCTAssertTrue(html.stdout.contains("id=\"risk-\(id)\">"), id) }
        XCTAssertEqual(html.stdout.components(separatedBy: "<article ").count - 1, open.count)
    }

    func testAPlanWithUnreadableFilesSaysItIsIncomplete() throws {
        let demo = try demo()
        defer { withExtendedLifetime(demo.folder) {} }
        TemporaryFolderView(root: demo.workspace).write("risks/R-BROKEN.yaml", "id: R-BROKEN\ntitle: [unclosed\n")

        let plan = try AnnexBinary.run(["export", "treatment-plan", "--workspace", demo.workspace])

        XCTAssertEqual(plan.status, 1, "an incomplete export fails loudly: \(plan.stderr)")
        XCTAssertTrue(plan.stderr.contains("annex: the export is incomplete: left out unreadable files (run 'annex check'): risks/R-BROKEN.yaml"), plan.stderr)
        XCTAssertTrue(plan.stdout.contains("> **⚠ Incomplete:** these files could not be read and what they hold is left out: risks/R-BROKEN.yaml"), plan.stdout)

        // A register is written too, without the broken risk, and fails the same way.
        let register = try AnnexBinary.run(["export", "risks", "--workspace", demo.workspace, "--format", "csv"])
        XCTAssertEqual(register.status, 1)
        XCTAssertEqual(register.stdout.split(separator: "\r\n").count, 43, "the header and the 42 readable risks")
        XCTAssertTrue(register.stderr.contains("left out unreadable files"), register.stderr)
    }

    func testFormatsThatDoNotFitAreRefusedClearly() throws {
        let demo = try demo()
        defer { withExtendedLifetime(demo.folder) {} }
        let workspace = demo.workspace
        let csv = try AnnexBinary.run(["export", "treatment-plan", "--workspace", workspace, "--format", "csv"])
        XCTAssertNotEqual(csv.status, 0)
        XCTAssertTrue(csv.stderr.contains("use --format md or html"), csv.stderr)
        XCTAssertTrue(csv.stdout.isEmpty)

        let html = try AnnexBinary.run(["export", "risks", "--workspace", workspace, "--format", "html"])
        XCTAssertNotEqual(html.status, 0)
        XCTAssertTrue(html.stderr.contains("--format html applies to the SoA, the treatment plan and the audit report only"), html.stderr)

        let soa = try AnnexBinary.run(["export", "soa", "--workspace", workspace])
        XCTAssertTrue(soa.stdout.hasPrefix("control,title,theme,applicable,"), "registers still default to CSV")
    }

    /// Counts per (likelihood, impact) from a Markdown heat map: rows `| **5 Almost certain** | 0 M | … |`,
    /// highest likelihood first, impact steps left to right as the bottom row names them.
    private func heatMap(after heading: String, in markdown: String) throws -> [Cell: Int] {
        let start = try XCTUnwrap(markdown.range(of: heading), heading)
        let lines = markdown[start.upperBound...].split(separator: "\n", omittingEmptySubsequences: false).prefix { !$0.isEmpty }
        let bottom = try XCTUnwrap(lines.last { $0.hasPrefix("| **Impact") })
        let impacts = try bottom.split(separator: "|").dropFirst().map { cell in
            try XCTUnwrap(Int(cell.trimmingCharacters(in: .whitespaces).dropFirst(2).prefix { $0.isNumber }))
        }
        var cells: [Cell: Int] = [:]
        var likelihoods: [Int] = []
        for line in lines where line.hasPrefix("| **") && !line.hasPrefix("| **Impact") {
            let parts = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            let likelihood = try XCTUnwrap(Int(parts[0].dropFirst(2).prefix { $0.isNumber }))
            likelihoods.append(likelihood)
            for (impact, text) in zip(impacts, parts.dropFirst()) {
                let count = try XCTUnwrap(Int(text.prefix { $0.isNumber }), text)
                if count > 0 { cells[Cell(likelihood: likelihood, impact: impact)] = count }
            }
        }
        XCTAssertEqual(likelihoods, likelihoods.sorted(by: >), "highest likelihood on top")
        XCTAssertEqual(impacts, impacts.sorted(), "impact grows to the right")
        return cells
    }
}
