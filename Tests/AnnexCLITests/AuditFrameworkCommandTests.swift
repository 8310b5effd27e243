import Foundation
import XCTest

/// An audit of an imported catalog on disk: `framework:` in audit.yaml, checked, and carried
/// into the report and the OSCAL assessment results.
final class AuditFrameworkCommandTests: XCTestCase {
    private static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/oscal").path

    private func workspace(in folder: TemporaryFolder, framework: String = "shapes") throws -> String {
        let ws = folder.path + "/ws"
        XCTAssertEqual(try AnnexBinary.run(["init", ws]).status, 0)
        let imported = try AnnexBinary.run(["import", "oscal", Self.fixtures + "/shapes.json", "--id", "shapes", "--workspace", ws])
        XCTAssertEqual(imported.status, 0, imported.stderr)
        try FileManager.default.createDirectory(atPath: ws + "/audits/IA-9", withIntermediateDirectories: true)
        folder.write("ws/audits/IA-9/audit.yaml", """
            # audit of the shapes catalog
            id: IA-9
            title: Shapes review
            type: internal
            status: in_progress
            criteria:
            - Shapes Catalog
            auditors: []
            start: 2026-11-30
            framework: \(framework)
            checklist:
            - fam-2
            - deep-1
            - "4.1"

            """)
        folder.write("ws/audits/IA-9/findings-anna.jsonl", #"{"at":"2026-11-30T10:00:00.000Z","by":"anna","event":"logged","finding":{"classification":"minor_nc","evidence":"Access list","id":"F-1","interviewee":"Ben","item":"fam-2","method":"examine","role":"IT","statement":"Two leavers still had accounts."},"v":1}"# + "\n")
        return ws
    }

    func testTheReportNamesTheFrameworkAndTheControlsByTheirLabels() throws {
        let folder = TemporaryFolder()
        let ws = try workspace(in: folder)
        let report = try AnnexBinary.run(["export", "audit", "IA-9", "--workspace", ws])
        XCTAssertEqual(report.status, 0, report.stderr)
        XCTAssertTrue(report.stdout.contains("- **Checklist from:** Shapes Catalog"), report.stdout)
        XCTAssertTrue(report.stdout.contains("FAM-2") && report.stdout.contains("Account management"), report.stdout)
        XCTAssertTrue(report.stdout.contains("Two leavers still had accounts."), report.stdout)
        XCTAssertFalse(report.stdout.contains("not in the catalog"), report.stdout)
    }

    func testTheAssessmentResultsUseTheCatalogsControlIdsAndNameTheFramework() throws {
        let folder = TemporaryFolder()
        let ws = try workspace(in: folder)
        let exported = try AnnexBinary.run(["export", "audit", "IA-9", "--format", "oscal", "--workspace", ws])
        XCTAssertEqual(exported.status, 0, exported.stderr)
        let document = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(exported.stdout.utf8)) as? [String: Any])
        let result = try XCTUnwrap(((document["assessment-results"] as? [String: Any])?["results"] as? [[String: Any]])?.first)
        let selections = (result["reviewed-controls"] as? [String: Any])?["control-selections"] as? [[String: Any]]
        let ids = (selections?.first?["include-controls"] as? [[String: Any]])?.compactMap { $0["control-id"] as? String }
        XCTAssertEqual(ids, ["fam-2", "deep-1", "clause-4.1"], "the catalog's own ids, which OSCAL tools resolve against it")
        let props = result["props"] as? [[String: String]]
        XCTAssertEqual(props, [["name": "framework", "ns": "urn:annex:ns:oscal", "value": "shapes"]])
        XCTAssertTrue((result["description"] as? String)?.contains("Checklist drawn from: Shapes Catalog") == true)
    }

    func testCheckReportsAnAuditOfAnUnknownFrameworkAtItsLineAndLeavesTheFile() throws {
        let folder = TemporaryFolder()
        let ws = try workspace(in: folder, framework: "nist-800-53")
        let before = try String(contentsOfFile: ws + "/audits/IA-9/audit.yaml", encoding: .utf8)
        let check = try AnnexBinary.run(["check", "--workspace", ws])
        XCTAssertEqual(check.status, 1)
        XCTAssertTrue(check.stdout.contains("audits/IA-9/audit.yaml:10: error: the checklist is drawn from 'nist-800-53', which is not a framework of this workspace"), check.stdout + check.stderr)
        XCTAssertEqual(try String(contentsOfFile: ws + "/audits/IA-9/audit.yaml", encoding: .utf8), before)
    }

    func testAnotherCatalogWithTheSameIdsNeverStandsInForTheAuditsFramework() throws {
        let folder = TemporaryFolder()
        let ws = try workspace(in: folder)
        // A second catalog sharing the ids (as FedRAMP baselines share SP 800-53's), imported first
        // in name order, with its own title for fam-2 and a control shapes lacks.
        let text = try String(contentsOfFile: Self.fixtures + "/shapes.json", encoding: .utf8)
            .replacingOccurrences(of: "\"Account management\"", with: "\"Other catalog's account control\"")
            .replacingOccurrences(of: "\"Deep control\"", with: "\"Other deep control\"")
        folder.write("other.json", text)
        XCTAssertEqual(try AnnexBinary.run(["import", "oscal", folder.path + "/other.json", "--id", "a-other", "--workspace", ws]).status, 0)
        let findings = try AnnexBinary.run(["export", "findings", "--audit", "IA-9", "--workspace", ws])
        XCTAssertTrue(findings.stdout.contains("fam-2,Account management,minor_nc"), findings.stdout)
        XCTAssertFalse(findings.stdout.contains("Other catalog's"), findings.stdout)
        let show = try AnnexBinary.run(["catalog", "show", "fam-2", "--workspace", ws])
        XCTAssertEqual(show.status, 0, show.stderr)
        XCTAssertEqual(show.stderr, "note: fam-2 is also in shapes: --framework ID shows one of them\n", "which catalog answered is no guess")
        // Gone from the audit's own catalog, a checklist item is missing even if another catalog has it.
        let own = try String(contentsOfFile: ws + "/catalogs/shapes.json", encoding: .utf8)
        try own.replacingOccurrences(of: "\"id\": \"deep-1\"", with: "\"id\": \"deep-9\"").write(toFile: ws + "/catalogs/shapes.json", atomically: true, encoding: .utf8)
        let check = try AnnexBinary.run(["check", "--workspace", ws])
        XCTAssertTrue(check.stdout.contains("audits/IA-9/audit.yaml:13: error: checklist item 'deep-1' is not in shapes"), check.stdout)
    }

    func testAKnownFrameworkChecksClean() throws {
        let folder = TemporaryFolder()
        let ws = try workspace(in: folder)
        let check = try AnnexBinary.run(["check", "--workspace", ws])
        XCTAssertFalse(check.stdout.contains("audits/IA-9/audit.yaml:10"), check.stdout)
        XCTAssertFalse(check.stdout.contains("not in the catalog"), check.stdout)
    }
}
