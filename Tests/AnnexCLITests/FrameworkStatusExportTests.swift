import Foundation
import XCTest

/// `annex export soa --framework ID`: another framework's applicability and status as a
/// register, every control listed, redacted like the SoA.
final class FrameworkStatusExportTests: XCTestCase {
    private static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/oscal").path

    private func workspace(in folder: TemporaryFolder) throws -> String {
        let ws = folder.path + "/ws"
        XCTAssertEqual(try AnnexBinary.run(["init", "--demo", ws]).status, 0)
        XCTAssertEqual(try AnnexBinary.run(["import", "oscal", Self.fixtures + "/shapes.json", "--id", "shapes", "--workspace", ws]).status, 0)
        try FileManager.default.createDirectory(atPath: ws + "/status", withIntermediateDirectories: true)
        folder.write("ws/status/shapes.yaml", """
            controls:
            - control: fam-2
              applicable: true
              justification: Accounts of the SaaS platform
              status: partial
              owner: praghunathan
              notes: Quarterly review not yet run ZQSECRET

            """)
        return ws
    }

    func testEveryControlIsListedWithItsDecisionsOrAsNotDecided() throws {
        let folder = TemporaryFolder()
        let ws = try workspace(in: folder)
        let exported = try AnnexBinary.run(["export", "soa", "--framework", "shapes", "--format", "json", "--workspace", ws])
        XCTAssertEqual(exported.status, 0, exported.stderr)
        let rows = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(exported.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(rows.map { $0["control"] as? String }, ["top-1", "fam-1", "fam-2", "fam-2.1", "fam-2.1.1", "deep-1"],
                       "catalog order (by sort id), withdrawn fam-2.2 and fam-3 left out")
        let fam2 = try XCTUnwrap(rows.first { $0["control"] as? String == "fam-2" })
        XCTAssertEqual(fam2["label"] as? String, "FAM-2")
        XCTAssertEqual(fam2["group"] as? String, "Family")
        XCTAssertEqual(fam2["status"] as? String, "partial")
        XCTAssertEqual(fam2["owner_name"] as? String, "Priya Raghunathan")
        XCTAssertEqual(rows.first { $0["control"] as? String == "deep-1" }?["status_title"] as? String, "not decided")
    }

    func testRedactedTheOwnerAndTheNotesAreMasked() throws {
        let folder = TemporaryFolder()
        let ws = try workspace(in: folder)
        let exported = try AnnexBinary.run(["export", "soa", "--framework", "shapes", "--redact", "--workspace", ws])
        XCTAssertEqual(exported.status, 0, exported.stderr)
        XCTAssertFalse(exported.stdout.contains("ZQSECRET"), exported.stdout)
        XCTAssertFalse(exported.stdout.contains("praghunathan") || exported.stdout.contains("Raghunathan"), exported.stdout)
        XCTAssertTrue(exported.stdout.contains("fam-2,FAM-2,Account management,Family,yes"), exported.stdout)
    }

    func testAnUnknownFrameworkOrTheDocumentFormatIsRefused() throws {
        let folder = TemporaryFolder()
        let ws = try workspace(in: folder)
        let unknown = try AnnexBinary.run(["export", "soa", "--framework", "nist", "--workspace", ws])
        XCTAssertEqual(unknown.status, 1)
        XCTAssertEqual(unknown.stderr, "annex: no framework 'nist' in this workspace; frameworks: iso27001-2022, shapes\n")
        let html = try AnnexBinary.run(["export", "soa", "--framework", "shapes", "--format", "html", "--workspace", ws])
        XCTAssertNotEqual(html.status, 0)
        XCTAssertTrue(html.stderr.contains("the SoA document is ISO/IEC 27001's"), html.stderr)
        let risks = try AnnexBinary.run(["export", "risks", "--framework", "shapes", "--workspace", ws])
        XCTAssertTrue(risks.stderr.contains("--framework applies to soa only"), risks.stderr)
    }
}
