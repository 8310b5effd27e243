import Foundation
import XCTest

/// Live audit sessions of IA-2026-2 in two processes: a co-auditor's finding shows in the other
/// session and in the report written on closing; a closed audit accepts no events; one process
/// at a time writes an auditor's journal.
final class LiveWorkspaceAuditTests: TwoProcessTestCase {
    // 9.
    func testTheCoAuditorsFindingShowsInTheOtherSessionAndInTheClosingReport() throws {
        let (a, b) = try startTwo(a: ["--as", Self.lead], b: ["--as", Self.second])
        try openSession(a, auditor: Self.lead)
        try openSession(b, auditor: Self.second)
        try jump(a, to: "A.8.32")
        try jump(b, to: "A.8.32")

        // Short enough for one row of the findings pane.
        let statement = "E2E co-auditor NC: 2 changes unapproved"
        let id = try logFinding(b, key: "m", statement)
        XCTAssertTrue(loggedEvents(Self.second).contains { $0.id == id && $0.statement == statement },
                      "B's finding \(id) is in findings-\(Self.second).jsonl once the screen says saved")

        expectScreen(a, within: 1, "B's finding \(id) in A's session on A.8.32") { screen in
            let rows = Screen.rows(screen)
            return rows.count > 1 && rows[1].contains("┌ A.8.32 · ") && screen.contains(statement)
        }
        let screen = try a.capture()
        XCTAssertTrue(Screen.rows(screen)[1].contains("\(Self.audit) ") && Screen.rows(screen)[1].contains(Self.lead),
                      "A is still in its session:\n\(screen)")

        try closeAudit(a)
        let reportPath = "audits/\(Self.audit)/report.md"
        let report = try waitForFile(reportPath, "the report written on closing") { $0 != nil } ?? ""
        XCTAssertTrue(report.contains(statement), "the report A wrote on closing leaves out B's finding \(id)")
        let export = try runAnnex(["export", "audit", Self.audit, "--format", "md"])
        XCTAssertEqual(export.status, 0, "annex export audit failed: \(export.stderr)")
        XCTAssertTrue(export.stdout.contains(statement), "the export lists B's finding")
        XCTAssertTrue(report == export.stdout,
                      "\(reportPath) differs from `annex export audit \(Self.audit) --format md` run afterwards:\n\(lineDiff(before: report, after: export.stdout))")
    }

    // 10.
    func testAClosedAuditRefusesAFindingAndKeepsTheNote() throws {
        let (a, b) = try startTwo(a: ["--as", Self.lead], b: ["--as", Self.second])
        try openSession(b, auditor: Self.second)
        try openSession(a, auditor: Self.lead)
        try closeAudit(a)
        let loggedBefore = loggedEvents(Self.second).count

        let statement = "E2E observation after the close"
        try b.send("o")
        // Either the note editor opens (and the save is refused), or B is told at once: a key is
        // handled within a frame, so an editor that has not opened within a second will not.
        var typed = false
        if expectScreen(b, within: 1, "B's note editor", record: false, { $0.contains("Enter saves") }) {
            try b.type(statement)
            try b.waitFor(statement)
            typed = true
            try b.send("Enter")
            try b.waitForScreen("B's status line to answer Enter (saved or refused)") { screen in
                let status = Screen.statusLine(screen)
                return status.lowercased().contains("closed") || !Self.savedIDs(in: status).isEmpty
            }
        }
        let screen = try b.capture()
        let after = loggedEvents(Self.second)
        XCTAssertEqual(after.count, loggedBefore,
                       "B logged into the closed audit: \(after.dropFirst(loggedBefore).map { "\($0.id) \($0.statement)" })")
        XCTAssertTrue(Screen.statusLine(screen).lowercased().contains("closed"), "B's status line: \(Screen.statusLine(screen))")
        if typed {
            let draft = read("audits/\(Self.audit)/.draft-\(Self.second).json") ?? ""
            let editorOpen = screen.contains("Enter saves") && screen.contains(statement)
            XCTAssertTrue(draft.contains(statement) || editorOpen, "B's note is lost: no draft with it and no editor showing it:\n\(screen)")
        }
    }

    // 11.
    func testASecondProcessOfTheSameAuditorIsReadOnlyAndDoesNotTakeTheNote() throws {
        let (a, b) = try startTwo(a: ["--as", Self.second], b: ["--as", Self.second])
        try openSession(a, auditor: Self.second)
        let note = "E2E note typed in the first process"
        try a.send("o")
        try a.waitFor("Enter saves")
        try a.type(note)
        try a.waitFor(note)
        let draftPath = "audits/\(Self.audit)/.draft-\(Self.second).json"
        try waitForFile(draftPath, "A's note kept as a draft") { $0?.contains(note) ?? false }
        let pid = try annexPID(a)

        try showAudits(b)
        try b.send("Enter")
        let pidPattern = #"\b\#(pid)\b"#
        // Wait for the read-only notice with the pid; stop early only on what cannot turn into it
        // (A's note restored in B).
        var screen = ""
        expectScreen(b, within: TmuxSession.defaultTimeout, "B's session read-only, naming process \(pid)", record: false) { shown in
            screen = shown
            return (shown.lowercased().contains("read-only") && shown.range(of: pidPattern, options: .regularExpression) != nil)
                || Screen.statusLine(shown).contains("Restored") || shown.contains(note)
        }
        XCTAssertTrue(screen.lowercased().contains("read-only"), "B does not say it is read-only:\n\(screen)")
        XCTAssertNotNil(screen.range(of: pidPattern, options: .regularExpression), "B does not name the process \(pid) that writes the journal:\n\(screen)")
        XCTAssertFalse(screen.contains(note), "B shows A's note, still being typed in A:\n\(screen)")
        XCTAssertFalse(Screen.statusLine(screen).contains("Restored"), "B restored A's note: \(Screen.statusLine(screen))")
        if screen.contains("Enter saves") {
            // B opened A's note as its own: a user would save it. Its status line answers.
            try b.send("Enter")
            try b.waitForScreen("B's status line after Enter") { !Self.savedIDs(in: Screen.statusLine($0)).isEmpty || !$0.contains("Enter saves") }
        }

        let id = try saveNote(a)
        let logged = loggedEvents(Self.second).filter { $0.id == id }
        XCTAssertEqual(logged.count, 1, "findings-\(Self.second).jsonl has \(logged.count) logged events of \(id): \(logged.map(\.statement))")
        XCTAssertEqual(logged.first?.statement, note)
    }
}
