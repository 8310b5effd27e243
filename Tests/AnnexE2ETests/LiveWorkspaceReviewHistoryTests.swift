import Foundation
import XCTest

/// An effectiveness review is never overwritten by the next one: a not effective review that
/// reopened an action stays on record when the action is later verified effective.
final class LiveWorkspaceReviewHistoryTests: TwoProcessTestCase {
    // 12.
    func testBothEffectivenessReviewsOfAnActionAreKept() throws {
        let path = "actions/CA-002.yaml"
        XCTAssertTrue(Self.lines(try XCTUnwrap(read(path))).contains("status: done"), "the demo's CA-002 is done, not yet verified")
        let session = try start()
        try selectAction(session, "CA-002")

        let first = "E2E review 1: still late patches"
        try review(session, effective: false, note: first)
        try waitForFile(path, "the not effective review, reopening CA-002") { text in
            text.map { $0.contains(first) && Self.lines($0).contains("status: open") } ?? false
        }
        try session.send("s")
        try waitForLine(path, "status: in_progress")
        try session.send("s")
        try waitForLine(path, "status: done")

        let second = "E2E review 2: all patched in time"
        try review(session, effective: true, note: second)
        let text = try waitForFile(path, "the effective review, closing CA-002") { text in
            text.map { $0.contains(second) && Self.lines($0).contains("status: verified") } ?? false
        } ?? ""
        XCTAssertTrue(text.contains(first), "the first (not effective) review is gone from \(path):\n\(text)")

        // Verified, CA-002 left the list of open actions: show all.
        try session.send("o")
        try session.waitFor("┌ CA-002 for ")
        try session.waitForScreen("both reviews in CA-002's detail", timeout: 2) { $0.contains(first) && $0.contains(second) }
    }

    /// `v`, the verdict, a note, who; Enter.
    func review(_ session: TmuxSession, effective: Bool, note: String, file: StaticString = #filePath, line: UInt = #line) throws {
        try session.send("v")
        try session.waitFor("Verify the effectiveness of CA-002", file: file, line: line)
        try session.send(effective ? "y" : "n")
        try session.send("Tab")
        try replaceText(session, with: note, label: "Note", file: file, line: line)
        try session.send("Tab")
        try replaceText(session, with: Self.lead, label: "Verified by", file: file, line: line)
        try session.send("Enter")
    }
}
