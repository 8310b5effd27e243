import AnnexApp
import AnnexDomain
import AnnexSession
import AnnexStore
import Foundation
import XCTest

/// A redacted session follows the workspace like any other, and what it reads from disk is
/// masked before the state sees it: a note a colleague saves meanwhile, and a finding another
/// auditor logs, never reach the screen as written.
final class RedactedFollowScenarioTests: XCTestCase {
    func testChangesReadFromDiskAreMaskedBeforeTheyShow() throws {
        let demo = try DemoWorkspace()
        let loaded = try demo.store.load()
        var state = AppState(workspace: loaded.workspace, today: today, themeNames: themes.names)
        state.width = 120
        state.height = 40
        var session = AppSession(state: state, store: demo.store, following: loaded, redaction: Redaction())
        XCTAssertTrue(session.state.readOnly && session.state.redacted, "redacted means read-only")
        let owner = try XCTUnwrap(loaded.workspace.soa["A.5.15"]?.owner)
        XCTAssertFalse(session.rows.joined().contains(loaded.workspace.config.organisation), "masked from the first frame")

        // A colleague's process saves a note and another auditor logs a finding.
        let colleague = WorkspaceStore(root: demo.store.root)
        var entry = try XCTUnwrap(loaded.workspace.soa["A.5.15"])
        entry.notes = "ZQFOLLOW note that names the vault password holder"
        try colleague.save(entry)
        let audit = try XCTUnwrap(loaded.workspace.audits.first { $0.status == .inProgress })
        try colleague.append(.logged(Finding(id: "F-FOLLOW", item: "A.5.15", classification: .minor,
                                             statement: "ZQFOLLOW finding statement", interviewee: "ZQFOLLOW interviewee",
                                             auditor: "kbenali", at: Date())), audit: audit.id)
        let deadline = Date().addingTimeInterval(3)
        var seen = false
        while Date() < deadline, !(seen && session.state.workspace.log(of: audit.id).finding("F-FOLLOW") != nil) {
            seen = session.follow(now: Date().addingTimeInterval(1)) || seen
            Thread.sleep(forTimeInterval: 0.02)
        }
        XCTAssertTrue(seen, "the changes were followed")
        let note = try XCTUnwrap(session.state.workspace.soa["A.5.15"]?.notes)
        XCTAssertFalse(note.isEmpty)
        XCTAssertFalse(note.contains("ZQFOLLOW"), note)
        let finding = try XCTUnwrap(session.state.workspace.log(of: audit.id).finding("F-FOLLOW"), "the finding arrived")
        XCTAssertFalse(finding.statement.contains("ZQFOLLOW") || finding.interviewee.contains("ZQFOLLOW"))
        XCTAssertTrue(finding.auditor.hasPrefix("Person-"), finding.auditor)
        XCTAssertEqual(session.state.workspace.soa["A.5.15"]?.owner.hasPrefix("Person-"), true, "not \(owner)")

        // And on screen: the control's detail with the note, the session's findings on the item.
        session.press("2", "/")
        session.type("A.5.15")
        session.press("enter")
        XCTAssertTrue(session.rows.joined(separator: "\n").contains("A.5.15"), session.rows.joined(separator: "\n"))
        XCTAssertFalse(session.rows.joined().contains("ZQFOLLOW"))
        XCTAssertFalse(session.rows.joined().contains(owner))
    }
}
