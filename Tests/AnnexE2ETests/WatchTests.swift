import Foundation
import XCTest

/// `annex watch AUDIT`: a finding logged by an auditor in another Annex process shows in the
/// watcher within a second of reaching the journal, with the auditor's current item; the
/// watcher writes nothing. With --redact the statement and the auditor are masked.
final class WatchTests: AnnexE2ETestCase {
    static let audit = "IA-2026-2"
    static let auditor = "kbenali"

    func testAFindingLoggedInAnotherProcessShowsWithinASecond() throws {
        let watcher = try start(subcommand: ["watch", Self.audit], waitForDashboard: false)
        let first = try watcher.waitFor("Annex watch", "Findings 10, newest first", "Auditors now")
        XCTAssertEqual(Self.whereabouts(of: Self.auditor, in: first), "A.6.7", "the auditor's latest item before the new finding:\n\(first)")
        let before = try FolderSnapshot(workspace)

        let statement = "Watch E2E: the vulnerability SLA dashboard is not reviewed"
        let (id, elapsed) = try logAndTime(statement, watcher: watcher)
        let shown = try watcher.waitFor(id, "Findings 11, newest first")
        XCTAssertLessThan(elapsed, 1.0, "the watcher showed \(id) \(elapsed) s after it reached the journal")
        XCTAssertTrue(shown.contains("Watch E2E: the vulnerability SLA"), "the statement, newest first:\n\(shown)")
        XCTAssertEqual(Self.whereabouts(of: Self.auditor, in: shown), "A.8.8", "the auditor is now on the item they logged on:\n\(shown)")
        try watcher.send("q")
        try watcher.waitFor("EXITED:0")
        // Only the writer's own files changed: its journal, its writer lock.
        let after = try FolderSnapshot(workspace)
        let changed = Set(after.entries.keys.filter { after.entries[$0] != before.entries[$0] })
        XCTAssertTrue(changed.isSubset(of: ["audits/\(Self.audit)/findings-\(Self.auditor).jsonl", "audits/\(Self.audit)/.writer-\(Self.auditor).lock",
                                            "audits/\(Self.audit)/.draft-\(Self.auditor).json"]), "\(changed)")
    }

    func testARedactedWatcherMasksTheNewFindingAndItsAuditor() throws {
        let watcher = try start(subcommand: ["watch", Self.audit], arguments: ["--redact"], waitForDashboard: false)
        let first = try watcher.waitFor("REDACTED", "Findings 10, newest first")
        XCTAssertFalse(first.contains(Self.auditor) || first.contains("praghunathan"), "auditors are pseudonyms:\n\(first)")
        let statement = "Watch E2E secret: Karim saw the root password on a sticky note"
        let (id, elapsed) = try logAndTime(statement, watcher: watcher)
        let shown = try watcher.waitFor(id, "Findings 11, newest first")
        XCTAssertLessThan(elapsed, 1.0)
        XCTAssertFalse(shown.contains("secret") || shown.contains("sticky") || shown.contains(Self.auditor), "masked:\n\(shown)")
        XCTAssertTrue(shown.contains("Person-"), "the auditor as a pseudonym:\n\(shown)")
    }

    /// The item the "Auditors now" pane puts `auditor` on.
    static func whereabouts(of auditor: String, in screen: String) -> String? {
        guard let row = Screen.rows(screen).first(where: { $0.contains("│\(auditor) ") && $0.contains(" since ") }),
              let range = row.range(of: "│\(auditor) ") else { return nil }
        return row[range.upperBound...].split(separator: " ").first.map(String.init)
    }

    /// Logs a conformity as `auditor` in a second Annex and returns its id and the seconds from
    /// the journal holding it to the watcher showing it.
    private func logAndTime(_ statement: String, watcher: TmuxSession) throws -> (String, TimeInterval) {
        let writer = try start(environment: [("ANNEX_USER", Self.auditor)])
        try writer.send("4")
        try writer.waitFor("Plan \(Self.audit)")
        try writer.send("Enter")
        try writer.waitForScreen("the writer's session") { Screen.statusLine($0).contains("Session started as \(Self.auditor)") }
        try writer.send("c")
        try writer.waitFor("Enter saves")
        try writer.type(statement)
        try writer.waitFor(String(statement.prefix(30)))
        let journal = "audits/\(Self.audit)/findings-\(Self.auditor).jsonl"
        let lines = (read(journal) ?? "").components(separatedBy: "\n").count
        try writer.send("Enter")
        let text = try waitForFile(journal, "the new finding in the journal") { ($0 ?? "").components(separatedBy: "\n").count > lines }
        let reached = Date()
        let line = (text ?? "").components(separatedBy: "\n").dropFirst(lines - 1).first { $0.contains(statement.prefix(20)) } ?? ""
        let id = try XCTUnwrap(line.range(of: #"F-[A-Z0-9-]+"#, options: .regularExpression).map { String(line[$0]) }, line)
        _ = try watcher.waitForScreen("the watcher to show \(id)", timeout: 3) { $0.contains(id) }
        return (id, Date().timeIntervalSince(reached))
    }
}
