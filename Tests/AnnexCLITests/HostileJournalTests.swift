import Foundation
import XCTest

/// Journals come from co-auditors and shared repositories: a damaged or planted line is an error
/// naming its place, never a crash of the commands that read it.
final class HostileJournalTests: XCTestCase {
    func testHugeTimedEventsAreErrorsNotACrash() throws {
        let folder = TemporaryFolder()
        let demo = folder.path + "/demo"
        XCTAssertEqual(try AnnexBinary.run(["init", "--demo", demo]).status, 0)
        let journal = demo + "/audits/IA-2026-2/findings-kbenali.jsonl"
        let before = try String(contentsOfFile: journal, encoding: .utf8)
        let lineCount = before.split(separator: "\n").count
        let huge = #"{"at":"2026-11-18T11:06:40.000Z","by":"kbenali","event":"timed","item":"A.8.8","seconds":5000000000000000000,"v":1}"#
        try (before + huge + "\n" + huge + "\n").write(toFile: journal, atomically: true, encoding: .utf8)

        let check = try AnnexBinary.run(["check", "--workspace", demo])
        XCTAssertEqual(check.status, 1, "an error, not a crash (a trap exits by signal): \(check.stderr)")
        XCTAssertTrue(check.stdout.contains("audits/IA-2026-2/findings-kbenali.jsonl:\(lineCount + 1):"), check.stdout)
        XCTAssertTrue(check.stdout.contains("seconds must be between 0 and"), check.stdout)

        for arguments in [["export", "findings", "--audit", "IA-2026-2", "--format", "csv"], ["export", "audit", "IA-2026-2", "--format", "md"]] {
            let export = try AnnexBinary.run(arguments + ["--workspace", demo])
            XCTAssertTrue([0, 1].contains(export.status), "\(arguments): exits normally: \(export.status) \(export.stderr)")
        }
        XCTAssertEqual(try String(contentsOfFile: journal, encoding: .utf8), before + huge + "\n" + huge + "\n", "the journal is left as it is")
    }
}
