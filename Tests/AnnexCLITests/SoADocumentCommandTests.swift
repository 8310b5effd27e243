import Foundation
import XCTest

/// `annex export soa --format md|html` as a Statement of Applicability, and `annex soa draft|approve`.
final class SoADocumentCommandTests: XCTestCase {
    private func demo(_ folder: TemporaryFolder) throws -> String {
        let path = folder.path + "/demo"
        XCTAssertEqual(try AnnexBinary.run(["init", "--demo", path]).status, 0)
        return path
    }

    private func json(_ arguments: [String]) throws -> [[String: Any]] {
        let result = try AnnexBinary.run(arguments)
        XCTAssertEqual(result.status, 0, result.stderr)
        return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    }

    func testTheDocumentHasItsHeaderApprovalAndOneRowPerControlWithTheRisksThatLinkIt() throws {
        let folder = TemporaryFolder()
        let workspace = try demo(folder)
        let result = try AnnexBinary.run(["export", "soa", "--workspace", workspace, "--format", "md"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let md = result.stdout
        XCTAssertTrue(md.hasPrefix("# Statement of Applicability: Korvenhall Freight Software GmbH\n"), md)
        for line in [
            "- **Framework:** ISO/IEC 27001:2022, Annex A (93 controls)", "- **Document version:** 2.0",
            "- **Date:** 2026-10-20", "- **Status:** Approved",
            "| Approved by | Role | Date |\n| --- | --- | --- |\n| Henrike Kraus | Chief Executive Officer | 2026-10-22 |",
            "| All controls | 87 | 6 | 54 |",
        ] {
            XCTAssertTrue(md.contains(line), "\(line) in\n\(md.prefix(2000))")
        }
        XCTAssertTrue(md.contains("- **ISMS scope:** The development, operation and support of the Korvenhall Dispatch SaaS platform"))

        let rows = md.split(separator: "\n").filter { $0.hasPrefix("| A.") }
        XCTAssertEqual(rows.count, 93, "one row per Annex A control")
        // Every open risk's link shows on its control's row, and no other risk does.
        let risks = try json(["export", "risks", "--workspace", workspace, "--format", "json"]).filter { $0["status"] as? String != "closed" }
        for row in rows {
            let control = String(row.dropFirst(2).prefix { $0 != " " })
            let linking = risks.filter { ($0["controls"] as? [String] ?? []).contains(control) }.compactMap { $0["id"] as? String }
            let cell = row.split(separator: "|")[7].trimmingCharacters(in: .whitespaces)
            let shown = cell == "—" ? [] : cell.components(separatedBy: "<br>").map { String($0.prefix { $0 != " " }) }
            XCTAssertEqual(Set(shown), Set(linking), control)
        }
        let excluded = try XCTUnwrap(rows.first { $0.contains("| Excluded |") })
        XCTAssertTrue(excluded.contains("| Excluded | — |"), "an excluded control gives no reasons for inclusion: \(excluded)")
        XCTAssertTrue(excluded.contains("| Not applicable |"), "and has no implementation status: \(excluded)")
        let a52 = try XCTUnwrap(rows.first { $0.hasPrefix("| A.5.2 |") })
        XCTAssertTrue(a52.contains("| Risk treatment |") && a52.contains("| Implemented | Jürgen Weiß |"), "status in words, the owner's name: \(a52)")
        XCTAssertTrue(a52.contains("EV-003 ISMS roles, responsibilities and RACI matrix, expires "), "evidence with title and expiry: \(a52)")
    }

    func testADraftThenADeliberateApprovalRecordWhoAndWhen() throws {
        let folder = TemporaryFolder()
        let workspace = try demo(folder)
        let draft = try AnnexBinary.run(["soa", "draft", "--version", "2.1", "--workspace", workspace])
        XCTAssertEqual(draft.status, 0, draft.stderr)
        XCTAssertEqual(draft.stdout, "SoA version 2.1 of 2026-11-29 is a draft\n")
        let drafted = try AnnexBinary.run(["export", "soa", "--workspace", workspace, "--format", "md"]).stdout
        XCTAssertTrue(drafted.contains("- **Document version:** 2.1\n- **Date:** 2026-11-29\n- **Status:** Draft\n"), drafted)
        XCTAssertTrue(drafted.contains("Not yet approved: this version is a draft."))

        let stranger = try AnnexBinary.run(["soa", "approve", "--by", "nobody", "--role", "CEO", "--workspace", workspace])
        XCTAssertEqual(stranger.status, 1)
        XCTAssertTrue(stranger.stderr.contains("'nobody' is not a person in annex.yaml; people: hkraus, jweiss"), stranger.stderr)

        let approved = try AnnexBinary.run(["soa", "approve", "--by", "hkraus", "--role", "Chief Executive Officer", "--workspace", workspace])
        XCTAssertEqual(approved.status, 0, approved.stderr)
        let config = try XCTUnwrap(folder.read("demo/annex.yaml"))
        XCTAssertTrue(config.contains("soa_document:\n  version: \"2.1\"\n  date: 2026-11-29\n  approval:\n    by: hkraus\n    role: Chief Executive Officer\n    on: 2026-11-29\n"), config)
        let html = try AnnexBinary.run(["export", "soa", "--workspace", workspace, "--format", "html"]).stdout
        XCTAssertTrue(html.contains("<tr><td>Henrike Kraus</td><td>Chief Executive Officer</td><td>2026-11-29</td></tr>"), "the approval block")
        XCTAssertTrue(html.contains("<span class=\"status approved\">Approved</span>"))

        let check = try AnnexBinary.run(["check", "--workspace", workspace])
        XCTAssertTrue(check.stdout.contains("0 errors"), check.stdout)
    }

    func testTheHTMLIsOneSelfContainedPageForA4LandscapeWithARepeatedHeader() throws {
        let folder = TemporaryFolder()
        let workspace = try demo(folder)
        let html = try AnnexBinary.run(["export", "soa", "--workspace", workspace, "--format", "html"]).stdout
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>"))
        XCTAssertFalse(html.contains("<script"), "no scripts")
        XCTAssertFalse(html.contains("src=") || html.contains("<link"), "nothing fetched")
        XCTAssertTrue(html.contains("@page { size: A4 landscape;"))
        XCTAssertTrue(html.contains("thead { display: table-header-group; }"), "the header row repeats on every printed page")
        let controls = try XCTUnwrap(html.range(of: "<table class=\"controls\">"))
        XCTAssertEqual(html[controls.upperBound...].components(separatedBy: "<tr").count - 2, 93, "the header row and 93 controls")
        XCTAssertEqual(html.components(separatedBy: "<tr class=\"excluded\">").count - 1, 6, "the demo excludes six controls")
    }

    /// A real browser prints it: headless Chromium (Debian's chromium package) to PDF, A4 landscape, several pages.
    func testChromiumPrintsItOnA4Landscape() throws {
        let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }
        try XCTSkipIf(chromium == nil, "headless Chromium is not installed")
        let folder = TemporaryFolder()
        let workspace = try demo(folder)
        XCTAssertEqual(try AnnexBinary.run(["export", "soa", "--workspace", workspace, "--format", "html", "--output", folder.path + "/soa.html"]).status, 0)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium!)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--user-data-dir=" + folder.path + "/profile",
                             "--print-to-pdf=" + folder.path + "/soa.pdf", "file://" + folder.path + "/soa.html"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let pdf = try XCTUnwrap(FileManager.default.contents(atPath: folder.path + "/soa.pdf"), "chromium wrote no PDF")
        let text = String(decoding: pdf, as: UTF8.self)
        XCTAssertTrue(text.contains("/MediaBox [0 0 841.91998 594.95996]"), "A4 landscape pages")
        let pages = text.components(separatedBy: "/Type /Page").count - text.components(separatedBy: "/Type /Pages").count
        XCTAssertGreaterThan(pages, 5, "93 controls take several pages")
    }
}
