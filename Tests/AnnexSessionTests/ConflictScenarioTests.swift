import AnnexApp
import AnnexDomain
import AnnexSession
import AnnexStore
import Foundation
import XCTest

/// Both the user and someone else changed one field: nothing is saved until the user chooses,
/// the typed text is never lost, and undo does not write over a later change unannounced.
final class ConflictScenarioTests: XCTestCase {
    private func selectBackup(in session: inout AppSession) {
        session.press("2", "/")
        session.type("backup")
        session.press("enter")
        XCTAssertEqual(session.state.controls.selected, "A.8.13")
    }

    private func notesOnDisk(_ workspace: DemoWorkspace, _ control: String) throws -> String {
        try workspace.entryOnDisk(control).notes
    }

    private func writeNotesBehindTheAppsBack(_ workspace: DemoWorkspace, _ control: String, _ notes: String) throws {
        var entry = try workspace.entryOnDisk(control)
        entry.notes = notes
        try WorkspaceStore(root: workspace.store.root).save(entry)
    }

    func testASameFieldConflictShowsBothValuesAndKeepingMineWritesIt() throws {
        let workspace = try DemoWorkspace()
        var session = try workspace.session()
        selectBackup(in: &session)
        session.press("n", "ctrl+u")
        session.type("Mine: restore tested monthly")
        try writeNotesBehindTheAppsBack(workspace, "A.8.13", "Theirs: restore tested weekly")
        session.press("enter")

        XCTAssertEqual(try notesOnDisk(workspace, "A.8.13"), "Theirs: restore tested weekly", "nothing was written")
        guard case .conflict(let prompt) = session.state.popup else { return XCTFail("a conflict popup: \(String(describing: session.state.popup))") }
        XCTAssertEqual(prompt.save.conflict.fields.map(\.field), ["notes"])
        let screen = session.rows.joined(separator: "\n")
        XCTAssertTrue(screen.contains("yours:   Mine: restore tested monthly"), screen)
        XCTAssertTrue(screen.contains("on disk: Theirs: restore tested weekly"), screen)
        XCTAssertTrue(session.statusLine.contains("Not saved: A.8.13 changed on disk meanwhile (notes)"), session.statusLine)

        session.press("escape")
        guard let form = session.state.popup?.layer(FieldForm.self) else { return XCTFail("Esc goes back to the editor") }
        XCTAssertEqual(form.editor.text, "Mine: restore tested monthly", "the typed text is kept")
        session.press("enter")
        XCTAssertEqual(try notesOnDisk(workspace, "A.8.13"), "Mine: restore tested monthly", "saved again from the text, deliberately")
    }

    func testKeepMineAndTakeTheirsFromThePopup() throws {
        let workspace = try DemoWorkspace()
        var session = try workspace.session()
        selectBackup(in: &session)
        session.press("n", "ctrl+u")
        session.type("Mine")
        try writeNotesBehindTheAppsBack(workspace, "A.8.13", "Theirs")
        session.press("enter", "t")
        XCTAssertNil(session.state.popup)
        XCTAssertEqual(try notesOnDisk(workspace, "A.8.13"), "Theirs")
        XCTAssertEqual(session.state.workspace.soa["A.8.13"]?.notes, "Theirs", "the screen shows the value on disk")

        session.press("n", "ctrl+u")
        session.type("Mine again")
        try writeNotesBehindTheAppsBack(workspace, "A.8.13", "Theirs again")
        session.press("enter", "m")
        XCTAssertEqual(try notesOnDisk(workspace, "A.8.13"), "Mine again")
    }

    func testUndoDoesNotWriteOverALaterChangeWithoutSayingSo() throws {
        let workspace = try DemoWorkspace()
        var session = try workspace.session()
        selectBackup(in: &session)
        let original = try notesOnDisk(workspace, "A.8.13")
        session.press("n", "ctrl+u")
        session.type("Mine")
        session.press("enter")
        XCTAssertEqual(try notesOnDisk(workspace, "A.8.13"), "Mine")
        try writeNotesBehindTheAppsBack(workspace, "A.8.13", "Changed after mine")
        session.press("u")
        XCTAssertEqual(try notesOnDisk(workspace, "A.8.13"), "Changed after mine", "undo did not overwrite it")
        guard case .conflict(let prompt) = session.state.popup else { return XCTFail("the undo is a conflict") }
        XCTAssertTrue(prompt.fromUndo)
        XCTAssertEqual(prompt.save.conflict.fields.first?.mine, original)
    }

    func testUndoOfOneFieldKeepsAnotherFieldChangedSince() throws {
        let workspace = try DemoWorkspace()
        var session = try workspace.session()
        selectBackup(in: &session)
        session.press("s")
        let status = try workspace.entryOnDisk("A.8.13").status
        try writeNotesBehindTheAppsBack(workspace, "A.8.13", "Written by someone else")
        session.press("u")
        XCTAssertNotEqual(try workspace.entryOnDisk("A.8.13").status, status, "the status change is undone")
        XCTAssertEqual(try notesOnDisk(workspace, "A.8.13"), "Written by someone else", "their notes stay")
    }
}
