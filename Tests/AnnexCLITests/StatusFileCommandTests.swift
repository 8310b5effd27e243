import Foundation
import XCTest

/// `annex check` on `status/<framework>.yaml` files, run as a user would: each problem as
/// path:line, and no command rewrites a status file it only reads.
final class StatusFileCommandTests: XCTestCase {
    private static func catalog(_ controls: [String]) -> String {
        let items = controls.map { #"{"id": "\#($0)", "title": "Control \#($0)"}"# }.joined(separator: ", ")
        return #"{"catalog": {"uuid": "5d0c1c8a-2f8e-4a57-9a39-0d6a9d1f0c11", "metadata": {"title": "Tiny"}, "groups": [{"id": "g", "title": "Group", "controls": [\#(items)]}]}}"#
    }

    /// A workspace with the tiny catalog imported as `tiny`, and an empty `status` folder.
    private func workspace(in folder: TemporaryFolder) throws -> String {
        let ws = folder.path + "/ws"
        let created = try AnnexBinary.run(["init", ws])
        XCTAssertEqual(created.status, 0, created.stderr)
        folder.write("tiny.json", Self.catalog(["tc-1", "tc-2", "tc-3"]))
        let imported = try AnnexBinary.run(["import", "oscal", folder.path + "/tiny.json", "--id", "tiny", "--workspace", ws])
        XCTAssertEqual(imported.status, 0, imported.stderr)
        try FileManager.default.createDirectory(atPath: ws + "/status", withIntermediateDirectories: true)
        return ws
    }

    /// The bytes and the inode: a file written again with the same text is a new inode.
    private func fingerprint(_ path: String) throws -> (Data?, Int?) {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return (FileManager.default.contents(atPath: path), (attributes[.systemFileNumber] as? NSNumber)?.intValue)
    }

    private func assertUntouched(_ path: String, _ before: (Data?, Int?), _ after: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let now = try fingerprint(path)
        XCTAssertEqual(now.0, before.0, "\(path) changed after \(after)", file: file, line: line)
        XCTAssertEqual(now.1, before.1, "\(path) was rewritten by \(after)", file: file, line: line)
    }

    func testAnEntryIsCheckedLikeTheSoAsAtItsLine() throws {
        let folder = TemporaryFolder()
        let ws = try workspace(in: folder)
        folder.write("ws/status/tiny.yaml", """
            controls:
            - control: tc-1
              status: implemented
              owner: jwiess
            - control: tc-2
              applicable: false
            - control: tc-3
              status: partial
              evidence:
              - EV-404

            """)
        let check = try AnnexBinary.run(["check", "--workspace", ws])
        XCTAssertEqual(check.status, 1, check.stdout + check.stderr)
        XCTAssertTrue(check.stdout.contains("status/tiny.yaml:4: warning: owner 'jwiess' is not among the people in annex.yaml"), check.stdout)
        XCTAssertTrue(check.stdout.contains("status/tiny.yaml:5: error: tc-2 of tiny is excluded without a justification"), check.stdout)
        XCTAssertTrue(check.stdout.contains("status/tiny.yaml:10: error: evidence 'EV-404' is not in the evidence register"), check.stdout)
        XCTAssertFalse(check.stdout.split(separator: "\n").contains { $0.hasPrefix("status/") && $0.contains("no owner is named") },
                       "an entry without an owner is not a problem here: \(check.stdout)")
    }

    func testAValidStatusFileChecksClean() throws {
        let folder = TemporaryFolder()
        let ws = try workspace(in: folder)
        folder.write("ws/status/tiny.yaml", "controls:\n- control: tc-1\n  status: implemented\n  justification: Contract\n")
        let check = try AnnexBinary.run(["check", "--workspace", ws])
        XCTAssertFalse(check.stdout.contains("status/"), check.stdout)
    }

    func testCheckReportsAnUnknownControlAndAnUnknownFrameworkAtTheirLinesAndRewritesNothing() throws {
        let folder = TemporaryFolder()
        let ws = try workspace(in: folder)
        folder.write("ws/status/tiny.yaml", """
            # decided at the kick-off
            controls:
            - control: tc-1
              status: implemented
            - control: tc-7
              status: planned

            """)
        folder.write("ws/status/nope.yaml", "controls:\n- control: x-1\n  status: planned\n")
        let tiny = try fingerprint(ws + "/status/tiny.yaml"), nope = try fingerprint(ws + "/status/nope.yaml")

        let check = try AnnexBinary.run(["check", "--workspace", ws])
        XCTAssertEqual(check.status, 1, check.stdout)
        XCTAssertTrue(check.stdout.contains("status/tiny.yaml:5: error: tc-7 is not a control of Tiny (tiny)\n"), check.stdout)
        XCTAssertTrue(check.stdout.contains(
            "status/nope.yaml:1: error: no framework 'nope' in this workspace (catalogs/nope.json): import it or rename the file\n"), check.stdout)
        try assertUntouched(ws + "/status/tiny.yaml", tiny, "annex check")
        try assertUntouched(ws + "/status/nope.yaml", nope, "annex check")

        // Nothing else that reads the workspace writes them either.
        XCTAssertEqual(try AnnexBinary.run(["check", "--workspace", ws]).status, 1)
        XCTAssertEqual(try AnnexBinary.run(["soa", "draft", "--version", "1.1", "--workspace", ws]).status, 0)
        XCTAssertEqual(try AnnexBinary.run(["import", "oscal", folder.path + "/tiny.json", "--id", "tiny", "--workspace", ws]).status, 0)
        try assertUntouched(ws + "/status/tiny.yaml", tiny, "check, soa draft and a re-import")
        try assertUntouched(ws + "/status/nope.yaml", nope, "check, soa draft and a re-import")
    }

    func testAControlDroppedByAReimportIsReportedWhereTheStatusFileNamesIt() throws {
        let folder = TemporaryFolder()
        let ws = try workspace(in: folder)
        folder.write("ws/status/tiny.yaml", "controls:\n- control: tc-1\n  status: implemented\n- control: tc-3\n  status: planned\n")
        XCTAssertEqual(try AnnexBinary.run(["check", "--workspace", ws]).stdout.contains("status/"), false)
        let before = try fingerprint(ws + "/status/tiny.yaml")

        folder.write("tiny.json", Self.catalog(["tc-1", "tc-2"]))
        let refused = try AnnexBinary.run(["import", "oscal", folder.path + "/tiny.json", "--id", "tiny", "--workspace", ws])
        XCTAssertEqual(refused.status, 1, "tc-3 is cited: \(refused.stderr)")
        let reimported = try AnnexBinary.run(["import", "oscal", folder.path + "/tiny.json", "--id", "tiny", "--force", "--workspace", ws])
        XCTAssertEqual(reimported.status, 0, reimported.stderr)
        let check = try AnnexBinary.run(["check", "--workspace", ws])
        XCTAssertEqual(check.status, 1)
        XCTAssertTrue(check.stdout.contains("status/tiny.yaml:4: error: tc-3 is not a control of Tiny (tiny)\n"), check.stdout)
        try assertUntouched(ws + "/status/tiny.yaml", before, "the re-import and check")
    }
}
