import Foundation
import XCTest

/// `annex evidence add|list|verify` on real files, and `annex check` on missing ones.
final class EvidenceCommandTests: XCTestCase {
    private func demo(_ folder: TemporaryFolder) throws -> String {
        let path = folder.path + "/demo"
        XCTAssertEqual(try AnnexBinary.run(["init", "--demo", path]).status, 0)
        return path
    }

    func testTheDemoRegisterIsURLsThatCheckFindsNoFileMissingFor() throws {
        let folder = TemporaryFolder()
        let workspace = try demo(folder)
        let check = try AnnexBinary.run(["check", "--workspace", workspace])
        XCTAssertEqual(check.status, 0, check.stdout)
        XCTAssertFalse(check.stdout.contains("is missing"), check.stdout)
        let verify = try AnnexBinary.run(["evidence", "verify", "--workspace", workspace])
        XCTAssertEqual(verify.status, 1, "the demo has expired evidence on purpose")
        XCTAssertEqual(verify.stdout.split(separator: "\n").last, "4 of 30 evidence records need attention")
        XCTAssertTrue(verify.stdout.contains("EV-024: expired on 2026-10-25: External penetration test report"), verify.stdout)
        XCTAssertTrue(verify.stdout.contains("EV-020: expires on 2026-12-20: "), "within 30 days of 2026-11-29: \(verify.stdout)")
    }

    func testAddingAFileRecordsItsHashLinksControlsAndVerifyFindsItChangedOrMissing() throws {
        let folder = TemporaryFolder()
        let workspace = try demo(folder)
        folder.write("restore-test.txt", "Restore of the production database on 2026-11-20: 38 minutes.\n")
        let outside = try AnnexBinary.run(["evidence", "add", folder.path + "/restore-test.txt", "--title", "Restore test", "--workspace", workspace])
        XCTAssertEqual(outside.status, 1)
        XCTAssertTrue(outside.stderr.contains("is outside the workspace: --copy keeps a copy under evidence/files/"), outside.stderr)

        let added = try AnnexBinary.run(["evidence", "add", folder.path + "/restore-test.txt", "--title", "Restore test", "--copy", "--id", "EV-100",
                                         "--owner", "adonnelly", "--expires", "2027-06-01", "--controls", "8.13,A.5.30", "--workspace", workspace])
        XCTAssertEqual(added.status, 0, added.stderr)
        XCTAssertTrue(added.stdout.hasPrefix("EV-100 registered: Restore test at evidence/files/restore-test.txt, SHA-256 "), added.stdout)
        XCTAssertEqual(folder.read("demo/evidence/files/restore-test.txt"), folder.read("restore-test.txt"), "the copy is the file")
        let record = try XCTUnwrap(folder.read("demo/evidence/EV-100.yaml"))
        // sha256sum of the text above, computed independently.
        XCTAssertTrue(record.contains("sha256: " + (try sha256sum(folder.path + "/restore-test.txt"))), record)
        let soa = try XCTUnwrap(folder.read("demo/soa.yaml"))
        XCTAssertEqual(soa.components(separatedBy: "  - EV-100\n").count - 1, 2, "linked to A.8.13 and A.5.30")

        let list = try AnnexBinary.run(["evidence", "list", "--workspace", workspace, "--format", "json"])
        let rows = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        let row = try XCTUnwrap(rows.first { $0["id"] as? String == "EV-100" })
        XCTAssertEqual(row["state"] as? String, "current")
        XCTAssertEqual(row["controls"] as? [String], ["A.5.30", "A.8.13"])

        folder.write("demo/evidence/files/restore-test.txt", "Restore took 3 hours.\n")
        let changed = try AnnexBinary.run(["evidence", "verify", "--workspace", workspace])
        XCTAssertEqual(changed.status, 1)
        XCTAssertTrue(changed.stdout.contains("EV-100: changed since registered (evidence/files/restore-test.txt has another SHA-256): Restore test"), changed.stdout)

        try FileManager.default.removeItem(atPath: workspace + "/evidence/files/restore-test.txt")
        let missing = try AnnexBinary.run(["evidence", "verify", "--workspace", workspace])
        XCTAssertTrue(missing.stdout.contains("EV-100: missing (evidence/files/restore-test.txt is not there)"), missing.stdout)
    }

    func testAFileInsideTheWorkspaceIsReferencedAndCheckFlagsItMissingEvenWithoutAHash() throws {
        let folder = TemporaryFolder()
        let workspace = try demo(folder)
        try FileManager.default.createDirectory(atPath: workspace + "/docs", withIntermediateDirectories: true)
        folder.write("demo/docs/policy.md", "# Policy\n")
        let added = try AnnexBinary.run(["evidence", "add", "docs/policy.md", "--title", "Policy", "--id", "EV-101", "--owner", "jweiss"], in: workspace)
        XCTAssertEqual(added.status, 0, added.stderr)
        XCTAssertTrue(added.stdout.contains("at docs/policy.md"), added.stdout)

        // A record written by hand, without a hash, naming a file that is not there.
        folder.write("demo/evidence/EV-102.yaml", "id: EV-102\ntitle: Board minutes\nlocation: docs/minutes.pdf\nowner: hkraus\n")
        let check = try AnnexBinary.run(["check", "--workspace", workspace])
        XCTAssertEqual(check.status, 1)
        XCTAssertTrue(check.stdout.contains("evidence/EV-102.yaml:3: error: the evidence file 'docs/minutes.pdf' is missing"), check.stdout)
        XCTAssertFalse(check.stdout.contains("EV-101"), check.stdout)
    }

    func testBadArgumentsAreClearErrors() throws {
        let folder = TemporaryFolder()
        let workspace = try demo(folder)
        let cases: [([String], String)] = [
            (["https://x.example/a", "--title", "A", "--copy"], "is a URL: there is no file to copy"),
            (["https://x.example/a", "--title", "A", "--owner", "nobody"], "'nobody' is not a person in annex.yaml"),
            (["https://x.example/a", "--title", "A", "--controls", "A.9.9"], "--controls: 'A.9.9' is not an Annex A control"),
            (["https://x.example/a", "--title", "A", "--id", "EV-001"], "EV-001 is already in the evidence register"),
            (["none.pdf", "--title", "A"], "none.pdf: does not exist"),
        ]
        for (arguments, message) in cases {
            let result = try AnnexBinary.run(["evidence", "add"] + arguments + ["--workspace", workspace])
            XCTAssertEqual(result.status, 1, arguments.joined(separator: " "))
            XCTAssertTrue(result.stderr.contains(message), "\(arguments): \(result.stderr)")
        }
        let badDate = try AnnexBinary.run(["evidence", "add", "https://x.example/a", "--title", "A", "--expires", "31.12.2027", "--workspace", workspace])
        XCTAssertEqual(badDate.status, 64)
        XCTAssertTrue(badDate.stderr.contains("--expires takes a date as YYYY-MM-DD, not '31.12.2027'"), badDate.stderr)
        XCTAssertNil(folder.read("demo/evidence/EV-001.yaml").flatMap { $0.contains("x.example") ? $0 : nil }, "nothing was written over")
    }

    private func sha256sum(_ path: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        process.arguments = [path]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return String(text.prefix(64))
    }
}
