import Foundation
import XCTest

/// Two real annex processes on one workspace, both opened before either edits: each changes a
/// different field of the same record, and the file must keep both changes (DESIGN §3: a save
/// re-reads the file under the lock and merges field by field against the version it loaded).
final class LiveWorkspaceTests: TwoProcessTestCase {
    // 1.
    func testNotesFromOneProcessAndJustificationFromAnotherAreBothKept() throws {
        let original = try XCTUnwrap(read("soa.yaml"))
        let (a, b) = try startTwo()
        try selectControl(a, "A.5.20")
        try selectControl(b, "A.5.20")

        let notes = "E2E notes typed in process A"
        try editSoAText(a, key: "n", text: notes)
        try a.waitForScreen("A's status line to confirm the save") { Screen.statusLine($0).contains("saved") }
        try waitForFile("soa.yaml", "A's notes") { SoAFile.value("notes", of: "A.5.20", in: $0) == notes }

        let justification = "E2E justification typed in process B"
        try editSoAText(b, key: "J", text: justification)
        let text = try waitForFile("soa.yaml", "B's justification") { SoAFile.value("justification", of: "A.5.20", in: $0) == justification }
        XCTAssertEqual(SoAFile.value("notes", of: "A.5.20", in: text), notes,
                       "B's save of the justification dropped A's notes (saved before):\n\(SoAFile.entry("A.5.20", in: text ?? "").joined(separator: "\n"))")
        XCTAssertEqual(SoAFile.value("justification", of: "A.5.20", in: text), justification)
        // Nothing else of the file moved: only those two lines differ from the demo.
        let diff = lineDiff(before: original, after: text ?? "")
        XCTAssertEqual(diff.added, ["  justification: \(justification)", "  notes: \(notes)"], diff.description)
    }

    // 2.
    func testNotesFromOneProcessAndStatusFromAnotherAreBothKept() throws {
        let original = try XCTUnwrap(read("soa.yaml"))
        XCTAssertEqual(SoAFile.status(of: "A.5.20", in: original), "implemented", "the demo's starting point")
        let (a, b) = try startTwo()
        try selectControl(a, "A.5.20")
        try selectControl(b, "A.5.20")

        let notes = "E2E notes typed in process A"
        try editSoAText(a, key: "n", text: notes)
        try a.waitForScreen("A's status line to confirm the save") { Screen.statusLine($0).contains("saved") }
        try waitForFile("soa.yaml", "A's notes") { SoAFile.value("notes", of: "A.5.20", in: $0) == notes }

        try b.send("s")
        let text = try waitForFile("soa.yaml", "B's status change") { $0.map { SoAFile.status(of: "A.5.20", in: $0) != "implemented" } ?? false }
        XCTAssertEqual(SoAFile.status(of: "A.5.20", in: text ?? ""), "not_started", "s cycles Implemented to Not started")
        XCTAssertEqual(SoAFile.value("notes", of: "A.5.20", in: text), notes,
                       "B's status change dropped A's notes (saved before):\n\(SoAFile.entry("A.5.20", in: text ?? "").joined(separator: "\n"))")
    }

    // 3.
    func testTitleFromOneProcessAndDescriptionFromAnotherAreBothKeptInTheRiskFile() throws {
        let path = "risks/R-020.yaml"
        let (a, b) = try startTwo()
        try selectRisk(a, "R-020")
        try selectRisk(b, "R-020")

        let title = "E2E title typed in process A"
        try editRisk(a, "R-020", field: "Title", text: title)
        try waitForLine(path, "title: \(title)")

        let description = "E2E description typed in process B"
        try editRisk(b, "R-020", field: "Description", text: description)
        let text = try waitForLine(path, "description: \(description)")
        XCTAssertTrue(Self.lines(text).contains("title: \(title)"), "B's save of the description dropped A's title:\n\(text)")
    }

    // 4.
    func testRootCauseFromOneProcessAndActionTextFromAnotherAreBothKept() throws {
        let path = "actions/CA-003.yaml"
        let (a, b) = try startTwo()
        try selectAction(a, "CA-003")
        try selectAction(b, "CA-003")

        let rootCause = "E2E root cause typed in process A"
        try editForm(a, title: "Edit CA-003", tabs: 0, label: "Root cause", text: rootCause)
        try waitForLine(path, "root_cause: \(rootCause)")

        let action = "E2E action typed in process B"
        try editForm(b, title: "Edit CA-003", tabs: 1, label: "Action", text: action)
        let text = try waitForLine(path, "action: \(action)")
        XCTAssertTrue(Self.lines(text).contains("root_cause: \(rootCause)"), "B's save of the action dropped A's root cause:\n\(text)")
    }

    // 5.
    func testChecklistItemAddedInOneProcessSurvivesAPlanEditInAnother() throws {
        let path = "audits/\(Self.audit)/audit.yaml"
        XCTAssertFalse(Self.lines(try XCTUnwrap(read(path))).contains("- A.5.23"), "the demo's checklist has no A.5.23")
        let (a, b) = try startTwo()
        try showAudits(a)  // A has the plan on screen (loaded) before B changes it
        try showAudits(b)

        try b.send("Tab")
        try b.waitForScreen("the checklist to have the focus") { Screen.statusLine($0).contains("Add") }
        try b.send("a")
        try b.waitFor("Add to the checklist of \(Self.audit)")
        try b.type("A.5.23")
        try b.waitFor("A.5.23  Information security for use of cloud services")
        try b.send("Enter")
        try waitForLine(path, "- A.5.23")

        let conclusion = "E2E conclusion typed in process A"
        try a.send("e")
        try a.waitFor("Edit \(Self.audit)")
        try a.send("Up")  // from the first field (title) back round to the last, the conclusion
        try replaceText(a, with: conclusion, label: "Conclusion")
        try a.send("Enter")
        let text = try waitForLine(path, "conclusion: \(conclusion)")
        XCTAssertTrue(Self.lines(text).contains("- A.5.23"), "A's plan edit dropped A.5.23, added to the checklist by B:\n\(text)")
    }
}
