import AnnexApp
import AnnexDomain
import AnnexSession
import AnnexStore
import AnnexViews
import Foundation
import XCTest

/// A clock the test moves by hand.
private final class TestClock: @unchecked Sendable {
    /// Nine in the morning of the tests' today, after every demo event.
    var now = Date(timeIntervalSince1970: TimeInterval(today.daysSinceEpoch) * 86_400 + 9 * 3_600)
    func advance(_ seconds: TimeInterval) { now = now.addingTimeInterval(seconds) }
}

extension DemoWorkspace {
    fileprivate func auditSession(user: String? = nil, clock: TestClock, width: Int = 100, height: Int = 30) throws -> AppSession {
        let loaded = try store.load()
        var state = AppState(workspace: loaded.workspace, today: today, user: user, themeNames: themes.names)
        state.width = width
        state.height = height
        return AppSession(state: state, store: store, clock: { clock.now })
    }

    fileprivate func journal(_ audit: String, _ auditor: String) -> [String] {
        let text = FileManager.default.contents(atPath: "\(store.root)/audits/\(audit)/findings-\(auditor).jsonl").map { String(decoding: $0, as: UTF8.self) } ?? ""
        return text.split(separator: "\n").map(String.init)
    }

    fileprivate func fresh() throws -> Workspace { try WorkspaceStore(root: store.root).load().workspace }
}

final class AuditScenarioTests: XCTestCase {
    func testTheDemosAuditInProgressOpensOnItsFirstItemToGoWithItsProgress() throws {
        let demo = try DemoWorkspace()
        let clock = TestClock()
        var session = try demo.auditSession(clock: clock)
        session.press("4", "enter")
        XCTAssertTrue(session.rows[1].contains("IA-2026-2 00:00 · praghunathan"), session.rows[1])
        XCTAssertTrue(session.rows[2].contains("14/25 ✓11 !1 –2 ·11"), session.rows[2])
        XCTAssertTrue(session.rows[1].contains("A.8.8 · 00:00 on this item") || session.rows[1].contains("A.8.8 · "), session.rows[1])
        XCTAssertTrue(session.rows.contains { $0.contains("Verify IA-2026-1 F-IA1-04") }, "the follow-up shows the NC to verify on this item")
        clock.advance(75)
        session.tick()
        XCTAssertTrue(session.rows[1].contains("01:15"), "the session clock runs: \(session.rows[1])")
    }

    /// The session's panes are where the frame drew them: a click on a checklist row selects that
    /// item, a click in the findings pane focuses it, wherever the item pane's text made it start.
    func testClicksInTheSessionGoByTheFrameOnScreen() throws {
        let demo = try DemoWorkspace()
        var session = try demo.auditSession(clock: TestClock(), width: 80, height: 24)
        session.press("4", "enter")
        let rows = session.rows
        let row = try XCTUnwrap(rows.firstIndex { $0.hasPrefix("│– 7.2 ") }, rows.joined(separator: "\n"))
        session.click(x: 3, y: row)
        XCTAssertEqual(session.state.audits.session?.cursor, 3, "7.2 is the fourth item")
        XCTAssertTrue(session.rows[1].contains("7.2 · "), session.rows[1])
        session.press("g")
        session.type("A.8.8")
        session.press("enter")
        let findingsTitle = try XCTUnwrap(session.rows.firstIndex { $0.contains("┌ Findings on A.8.8") }, session.rows.joined(separator: "\n"))
        session.click(x: 60, y: findingsTitle + 1)
        XCTAssertEqual(session.state.audits.session?.focus, .findings)
        session.click(x: 60, y: findingsTitle - 2)
        XCTAssertEqual(session.state.audits.session?.focus, .item, "a click on the item pane focuses it (j scrolls its text)")
        session.click(x: 3, y: row)
        XCTAssertEqual(session.state.audits.session?.focus, .checklist)
    }

    /// At 80x24 what the item pane says is wrapped, not cut: the follow-up line to verify reads
    /// to its end, and the auditor's name is whole in the header.
    func testTheSessionItemIsReadableToItsEndAt80x24() throws {
        let demo = try DemoWorkspace()
        var session = try demo.auditSession(clock: TestClock(), width: 80, height: 24)
        session.press("4", "enter")
        let screen = session.rows.joined(separator: "\n")
        XCTAssertTrue(session.rows[1].contains("IA-2026-2 00:00 praghunathan"), session.rows[1])
        let itemPane = session.rows.map { String($0.dropFirst(Layout.sessionChecklistWidth(width: 80))) }
        let text = itemPane.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "│ ")) }.joined(separator: " ")
        XCTAssertFalse(itemPane.contains { $0.contains("…│") }, "no line of the item pane is cut:\n" + screen)
        XCTAssertTrue(text.contains("Verify IA-2026-1 F-IA1-04 minor NC"), screen)
        XCTAssertTrue(text.contains("Ask"), "the questions still show:\n" + screen)
    }

    /// What the item pane cannot show at 80x24 is read by giving it the focus: j scrolls its
    /// text to the last question, the title says how much is left, and the next item starts at
    /// its top again.
    func testTheItemPaneScrollsToItsLastLine() throws {
        let demo = try DemoWorkspace()
        var session = try demo.auditSession(clock: TestClock(), width: 80, height: 24)
        session.press("4", "enter")
        XCTAssertTrue(session.rows.contains { $0.contains("more lines, shift+tab, j") }, session.rows.joined(separator: "\n"))
        let last = try XCTUnwrap(Catalog.builtIn.item("A.8.8")?.auditQuestions.last)
        let tail = String(last.suffix(12))
        XCTAssertFalse(session.rows.joined(separator: " ").contains(tail), "the last question is below the pane at first")
        session.press("shift+tab")
        XCTAssertEqual(session.state.audits.session?.focus, .item)
        for _ in 0..<20 { session.press("j") }
        XCTAssertTrue(session.rows.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ").contains(tail), "j reaches the last question:\n" + session.rows.joined(separator: "\n"))
        XCTAssertFalse(session.rows.contains { $0.contains("more line") }, "nothing left below")
        XCTAssertGreaterThan(session.state.audits.session?.itemScroll ?? 0, 0)
        session.press("n")
        XCTAssertEqual(session.state.audits.session?.itemScroll, 0, "the next item opens at its top")
        session.press("escape")
        XCTAssertEqual(session.state.audits.session?.focus, .checklist)
    }

    /// A finding longer than its pane reads to its end with j: the lines scroll under its header
    /// line before the next finding is selected, and k scrolls back.
    func testALongFindingScrollsLineByLineInItsPane() throws {
        let demo = try DemoWorkspace()
        var session = try demo.auditSession(clock: TestClock(), width: 80, height: 24)
        session.press("4", "enter", "c")
        let words = (1...60).map { "word\($0)" }.joined(separator: " ")
        session.type(words + " THE-END")
        session.press("enter")
        XCTAssertTrue(session.statusLine.contains("saved"), session.statusLine)
        session.press("tab")
        XCTAssertEqual(session.state.audits.session?.focus, .findings)
        XCTAssertFalse(session.rows.joined().contains("THE-END"), "the end is below the pane at first")
        var presses = 0
        while !session.rows.joined().contains("THE-END"), presses < 40 {
            session.press("j")
            presses += 1
        }
        XCTAssertTrue(session.rows.joined().contains("THE-END"), "j reaches the end of the finding")
        XCTAssertGreaterThan(presses, 0)
        XCTAssertTrue(session.rows.contains { $0.contains(" c  Conformity ") }, "its header line stays on top:\n" + session.rows.joined(separator: "\n"))
        XCTAssertEqual(session.state.audits.session?.findingCursor, 0, "still the same finding")
        for _ in 0..<presses { session.press("k") }
        XCTAssertEqual(session.state.audits.session?.findingLineOffset, 0)
        XCTAssertTrue(session.rows.joined().contains("word1 word2"), "k scrolls back to its start")
    }

    /// One count of progress, named the same way, wherever it shows: the dashboard, the audits
    /// list, the plan, the session header, the closing summary and the report.
    func testProgressReadsTheSameOnEveryScreenAndInTheReport() throws {
        let demo = try DemoWorkspace()
        let clock = TestClock()
        var session = try demo.auditSession(clock: clock, width: 120, height: 40)
        let named = "11 audited, 1 nonconformity, 2 not audited, 11 to go"
        let marks = "14/25 ✓11 !1 –2 ·11"
        XCTAssertTrue(session.rows.contains { $0.contains(marks) }, "dashboard:\n" + session.rows.joined(separator: "\n"))
        session.press("4")
        XCTAssertTrue(session.rows.contains { $0.contains("IA-2026-2") && $0.contains(" 14/25 ") }, "audits list")
        // The plan pane's text, its wrapped lines joined.
        let plan = session.rows.compactMap { $0.components(separatedBy: "││").first }.joined(separator: " ")
            .replacingOccurrences(of: "│", with: " ").split(separator: " ").joined(separator: " ")
        XCTAssertTrue(plan.contains("Progress " + named), "plan:\n" + session.rows.joined(separator: "\n"))
        session.press("enter")
        XCTAssertTrue(session.rows[2].contains(marks), session.rows[2])
        session.press("C")
        XCTAssertTrue(session.rows.contains { $0.contains("Items    " + named) }, "closing summary:\n" + session.rows.joined(separator: "\n"))
        let report = try demo.store.auditReport("IA-2026-2", today: today).markdown()
        for row in ["| Audited | 11 |", "| Nonconformity | 1 |", "| Not audited | 2 |", "| To go | 11 |"] {
            XCTAssertTrue(report.contains(row), row)
        }
    }

    /// Create an audit from the SoA, walk five items logging one finding of each class, edit and
    /// withdraw one, close it: every step is on disk when the screen says so.
    func testAWholeAuditOnRealFiles() throws {
        let demo = try DemoWorkspace()
        let clock = TestClock()
        var session = try demo.auditSession(user: "kbenali", clock: clock)
        session.press("4", "a", "ctrl+u")
        session.type("Surveillance readiness check")
        session.press("enter")
        let auditID = try XCTUnwrap(session.state.audits.selected)
        var onDisk = try XCTUnwrap(try demo.fresh().audits.first { $0.id == auditID })
        XCTAssertEqual(onDisk.checklist, Audit.defaultChecklist(framework: ISO27001.framework, statement: try demo.fresh().soa))
        XCTAssertEqual(onDisk.auditors, ["kbenali"])

        session.press("enter")
        let classes: [(String, FindingClass)] = [("c", .conformity), ("M", .major), ("m", .minor), ("o", .observation), ("i", .improvement)]
        for (key, classification) in classes {
            clock.advance(90)
            session.press(key)
            session.type("\(classification.title) noted during the interview")
            session.press("enter")
            XCTAssertTrue(session.statusLine.contains("saved on"), session.statusLine)
            let last = try XCTUnwrap(demo.journal(auditID, "kbenali").last)
            XCTAssertTrue(last.contains("\"event\":\"logged\"") && last.contains("\"classification\":\"\(classification.rawValue)\""), last)
            if classification.isNonconformity {
                XCTAssertTrue(session.statusLine.contains("A raises its corrective action"), session.statusLine)
            }
            if classification == .major {
                // Raising the major NC's corrective action straight away, from the offer.
                session.press("A")
                session.type("Nobody owns the exceptions list")
                session.press("tab")
                session.type("Name an owner; review exceptions every week")
                session.press("tab")
                session.type("jweiss")
                session.press("enter")
                XCTAssertTrue(session.statusLine.contains("saved") || session.statusLine.contains("added") || session.statusLine.contains("raised"), session.statusLine)
            }
            session.press("n")
        }
        var log = try demo.fresh().log(of: auditID)
        XCTAssertEqual(log.activeFindings.map(\.classification), classes.map(\.1))
        let major = try XCTUnwrap(log.activeFindings.first { $0.classification == .major })
        let action = try XCTUnwrap(try demo.fresh().actions.first { $0.finding == major.id }, "the action is in actions/")
        XCTAssertEqual(action.audit, auditID)
        XCTAssertEqual(action.owner, "jweiss")
        XCTAssertEqual(action.status, .open)
        XCTAssertEqual(log.timeSpent.count, 5, "each item left recorded its time")

        // Edit the minor NC, withdraw the observation.
        session.press("p", "p", "p", "tab", "e", "end")
        session.type(" (two of eight sampled leavers)")
        session.press("enter", "escape", "n", "tab", "w")
        session.type("Raised twice")
        session.press("enter")
        log = try demo.fresh().log(of: auditID)
        let minor = try XCTUnwrap(log.activeFindings.first { $0.classification == .minor })
        XCTAssertTrue(minor.statement.hasSuffix("(two of eight sampled leavers)"))
        XCTAssertEqual(log.history[minor.id]?.count, 2)
        XCTAssertEqual(log.activeFindings.count, 4)
        XCTAssertEqual(log.withdrawn.values.first, "Raised twice")

        session.press("escape", "C", "y")
        onDisk = try XCTUnwrap(try demo.fresh().audits.first { $0.id == auditID })
        XCTAssertEqual(onDisk.status, .closed)
        XCTAssertEqual(onDisk.end, today)

        // Closing wrote the report next to the plan, with what was logged and edited, not what was withdrawn.
        XCTAssertTrue(session.statusLine.contains("Report written"), session.statusLine)
        let report = try XCTUnwrap(FileManager.default.contents(atPath: "\(demo.store.root)/audits/\(auditID)/report.md").map { String(decoding: $0, as: UTF8.self) })
        XCTAssertTrue(report.contains("(two of eight sampled leavers)"), "the edited statement")
        XCTAssertTrue(report.contains("NC-1") && report.contains("NC-2"), "the two nonconformities are numbered")
        XCTAssertFalse(report.contains("Observation noted during the interview"), "the withdrawn observation is left out")
        XCTAssertTrue(report.contains("Surveillance readiness check"))
        let html = try XCTUnwrap(FileManager.default.contents(atPath: "\(demo.store.root)/audits/\(auditID)/report.html").map { String(decoding: $0, as: UTF8.self) })
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>") && html.contains("@media print"))
        XCTAssertEqual(try demo.store.load().issues, [], "reports beside the plan do not disturb loading")
    }

    func testRWritesTheSelectedAuditsReportFromTheList() throws {
        let demo = try DemoWorkspace()
        var session = try demo.auditSession(clock: TestClock())
        session.press("4", "j", "R")
        XCTAssertTrue(session.statusLine.contains("Report written: audits/IA-2026-1/report.md and audits/IA-2026-1/report.html"), session.statusLine)
        let report = try XCTUnwrap(FileManager.default.contents(atPath: "\(demo.store.root)/audits/IA-2026-1/report.md").map { String(decoding: $0, as: UTF8.self) })
        let expected = try AuditReport(workspace: demo.fresh(), audit: "IA-2026-1", today: today).markdown()
        XCTAssertEqual(report, expected, "the UI writes what annex export audit prints")
    }

    func testANoteBeingTypedSurvivesTheSessionDyingAndComesBackOnReopening() throws {
        let demo = try DemoWorkspace()
        let clock = TestClock()
        do {
            var session = try demo.auditSession(clock: clock)
            session.press("4", "enter", "m")
            session.type("Leavers kept VPN access for ")
            // The process dies here: nothing runs after this point.
        }
        let draft = try XCTUnwrap(try demo.store.loadDraft(audit: "IA-2026-2", auditor: "praghunathan"))
        XCTAssertEqual(draft.statement, "Leavers kept VPN access for ")

        var reopened = try demo.auditSession(clock: clock)
        reopened.press("4", "enter")
        XCTAssertTrue(reopened.rows.contains { $0.contains("┌ Restored: Minor nonconformity on A.8.8") }, reopened.rows.joined(separator: "\n"))
        XCTAssertTrue(reopened.rows.contains { $0.contains("Leavers kept VPN access for") })
        reopened.type("three weeks.")
        reopened.press("enter")
        let saved = try demo.fresh().log(of: "IA-2026-2").activeFindings.last
        XCTAssertEqual(saved?.statement, "Leavers kept VPN access for three weeks.")
        XCTAssertNil(try demo.store.loadDraft(audit: "IA-2026-2", auditor: "praghunathan"), "the draft is gone once the finding is saved")
    }

    func testTwoAuditorsJournalsBothShow() throws {
        let demo = try DemoWorkspace()
        let clock = TestClock()
        var lead = try demo.auditSession(user: "praghunathan", clock: clock)
        lead.press("4", "enter", "c")
        lead.type("Scans run weekly")
        lead.press("enter")
        var coAuditor = try demo.auditSession(user: "kbenali", clock: clock)
        coAuditor.press("4", "enter", "o")
        coAuditor.type("Scan exceptions lack an owner")
        coAuditor.press("enter")

        let log = try demo.fresh().log(of: "IA-2026-2")
        let new = log.activeFindings.filter { ["Scans run weekly", "Scan exceptions lack an owner"].contains($0.statement) }
        XCTAssertEqual(Set(new.map(\.auditor)), ["praghunathan", "kbenali"])
        XCTAssertEqual(Set(new.map(\.id)).count, 2)
        XCTAssertTrue(demo.journal("IA-2026-2", "kbenali").last?.contains("Scan exceptions lack an owner") ?? false)
    }
}
