import AnnexApp
import AnnexDomain
import AnnexSession
import AnnexStore
import Foundation
import TerminalCore
import XCTest

/// Editing the Statement of Applicability from the keyboard: every change is on disk when the
/// status line says it is saved, and a fresh load of the workspace reads it back.
final class EditScenarioTests: XCTestCase {
    /// Filters the catalog down to the backup control, A.8.13, and leaves it selected.
    private func selectBackup(in session: inout AppSession) {
        session.press("2", "/")
        session.type("backup")
        session.press("enter")
        XCTAssertEqual(session.state.controls.selected, "A.8.13")
    }

    func testSCyclesTheStatusAndSoaYamlHasIt() throws {
        let workspace = try DemoWorkspace()
        var session = try workspace.session()
        selectBackup(in: &session)
        XCTAssertEqual(try workspace.entryOnDisk("A.8.13").status, .implemented)
        XCTAssertEqual(session.mark(of: "A.8.13"), "✓")

        session.press("s")
        XCTAssertEqual(try workspace.entryOnDisk("A.8.13").status, .notStarted, "implemented wraps round to not started")
        XCTAssertEqual(session.statusLine, " A.8.13 status: Not started   /  Filter  s  Status  a  In/out  J  Justify")
        XCTAssertEqual(session.screen.style(at: Point(x: 1, y: 23)), themes.theme(named: "default")!.style("status.saved"))
        XCTAssertEqual(session.mark(of: "A.8.13"), "·")
        XCTAssertTrue(session.rows[6].contains("│ Status         · Not started "), session.rows[6])
        XCTAssertEqual(session.rows[2].prefix(34), "│▾ A.8 Technological contr… 18/33│", "the group count drops by one")

        session.press("s")
        XCTAssertEqual(try workspace.entryOnDisk("A.8.13").status, .planned)
        XCTAssertEqual(session.mark(of: "A.8.13"), "○")
    }

    func testAStatusChangeLeavesEveryOtherControlOnDiskAsItWas() throws {
        let workspace = try DemoWorkspace()
        let before = try WorkspaceStore(root: workspace.store.root).load().workspace.soa
        var session = try workspace.session()
        selectBackup(in: &session)
        session.press("s")
        let after = try WorkspaceStore(root: workspace.store.root).load().workspace.soa
        XCTAssertEqual(after.entries.filter { $0.control != "A.8.13" }, before.entries.filter { $0.control != "A.8.13" })
    }

    func testTheJustificationFormSavesUTF8TextToDisk() throws {
        let workspace = try DemoWorkspace()
        var session = try workspace.session()
        selectBackup(in: &session)
        session.press("J")
        XCTAssertTrue(session.rows.contains { $0.contains("Justification of A.8.13") }, "the form names the control")
        XCTAssertTrue(session.rows.contains { $0.contains("Recovery from ransomware") }, "and starts with the current text")

        session.press("ctrl+u")
        session.type("Prüfung ✓ der Wiederherstellung")
        XCTAssertTrue(session.rows.contains { $0.contains("Prüfung ✓ der Wiederherstellung") }, "the field shows what is typed")
        session.press("enter")

        XCTAssertEqual(try workspace.entryOnDisk("A.8.13").justification, "Prüfung ✓ der Wiederherstellung")
        XCTAssertTrue(String(decoding: workspace.soaBytes(), as: UTF8.self).contains("Prüfung ✓ der Wiederherstellung"),
                      "soa.yaml holds the text as UTF-8, not escaped")
        XCTAssertTrue(session.statusLine.hasPrefix(" A.8.13 justification saved "), session.statusLine)
        XCTAssertNil(session.state.popup)
        XCTAssertTrue(session.rows[9].hasSuffix("│ Justification  Prüfung ✓ der               │"), session.rows[9])
        XCTAssertTrue(session.rows[10].hasSuffix("│                Wiederherstellung           │"), session.rows[10])
    }

    func testEscInTheFormChangesNothing() throws {
        let workspace = try DemoWorkspace()
        let before = workspace.soaBytes()
        var session = try workspace.session()
        selectBackup(in: &session)
        session.press("J", "ctrl+u")
        session.type("something else")
        session.press("escape")
        XCTAssertEqual(workspace.soaBytes(), before)
        XCTAssertTrue(session.statusLine.hasPrefix(" Edit cancelled; nothing changed "), session.statusLine)
    }

    func testExcludingNeedsAJustificationAndThenSavesApplicableFalse() throws {
        let workspace = try DemoWorkspace()
        let before = workspace.soaBytes()
        var session = try workspace.session()
        selectBackup(in: &session)

        session.press("a", "ctrl+u", "enter")
        XCTAssertTrue(session.rows.contains { $0.contains("│ A justification is required to exclude a control ") },
                      "the form says why it was refused")
        guard session.state.popup?.layer(FieldForm.self) != nil else { return XCTFail("the form stays open") }
        XCTAssertEqual(workspace.soaBytes(), before, "nothing was written")

        session.type("Backups are run by the hosting provider")
        session.press("enter")
        let entry = try workspace.entryOnDisk("A.8.13")
        XCTAssertFalse(entry.applicable)
        XCTAssertEqual(entry.justification, "Backups are run by the hosting provider")
        XCTAssertTrue(String(decoding: workspace.soaBytes(), as: UTF8.self).contains("- control: A.8.13\n  applicable: false\n"))
        XCTAssertTrue(session.statusLine.hasPrefix(" A.8.13 excluded "), session.statusLine)
        XCTAssertEqual(session.mark(of: "A.8.13"), "✗")
        XCTAssertTrue(session.rows[7].contains("│ Applicable     no (excluded)"), session.rows[7])
    }

    func testStatusCannotBeSetOnAnExcludedControl() throws {
        let workspace = try DemoWorkspace()
        var session = try workspace.session()
        session.press("2", "/")
        session.type("secure areas")
        session.press("enter")
        XCTAssertEqual(session.state.controls.selected, "A.7.6")
        let before = workspace.soaBytes()
        session.press("s")
        XCTAssertEqual(workspace.soaBytes(), before)
        XCTAssertTrue(session.statusLine.hasPrefix(" A.7.6 is excluded; include it (a) before setting its status "), session.statusLine)
    }

    func testUUndoesTheLastChangeOnDisk() throws {
        let workspace = try DemoWorkspace()
        var session = try workspace.session()
        selectBackup(in: &session)
        session.press("s", "s")
        XCTAssertEqual(try workspace.entryOnDisk("A.8.13").status, .planned)

        session.press("u")
        XCTAssertEqual(try workspace.entryOnDisk("A.8.13").status, .notStarted)
        XCTAssertTrue(session.statusLine.hasPrefix(" Undone: A.8.13 restored "), session.statusLine)
        XCTAssertEqual(session.mark(of: "A.8.13"), "·")

        session.press("u")
        XCTAssertEqual(try workspace.entryOnDisk("A.8.13").status, .implemented)
        XCTAssertEqual(session.mark(of: "A.8.13"), "✓")

        session.press("u")
        XCTAssertTrue(session.statusLine.hasPrefix(" Nothing to undo "), session.statusLine)
    }

    func testUndoBringsBackAnExcludedControlWithItsJustification() throws {
        let workspace = try DemoWorkspace()
        let original = try workspace.entryOnDisk("A.8.13")
        var session = try workspace.session()
        selectBackup(in: &session)
        session.press("a", "ctrl+u")
        session.type("Out of scope")
        session.press("enter", "u")
        XCTAssertEqual(try workspace.entryOnDisk("A.8.13"), original)
        XCTAssertEqual(session.mark(of: "A.8.13"), "✓")
    }

    func testASaveIntoABrokenFileIsRefusedAndTheChangeTakenBack() throws {
        let workspace = try DemoWorkspace()
        var session = try workspace.session()
        selectBackup(in: &session)
        // Someone edits soa.yaml by hand while the app is open and leaves it broken.
        var lines = String(decoding: workspace.soaBytes(), as: UTF8.self).components(separatedBy: "\n")
        let entryLine = try XCTUnwrap(lines.firstIndex(of: "- control: A.8.13"))
        lines[entryLine + 1] = "  applicable: true: false"
        workspace.writeSoA(lines.joined(separator: "\n"))
        let broken = workspace.soaBytes()

        session.press("s")

        let brokenLine = entryLine + 2
        XCTAssertEqual(session.state.status?.kind, .error)
        XCTAssertTrue(session.state.status?.text.hasPrefix("Not saved: soa.yaml:\(brokenLine): ") == true, session.state.status?.text ?? "")
        XCTAssertTrue(session.statusLine.hasPrefix(" Not saved: soa.yaml:\(brokenLine): this is not valid YAML"), session.statusLine)
        XCTAssertEqual(session.screen.style(at: Point(x: 1, y: 23)), themes.theme(named: "default")!.style("status.error"))
        XCTAssertEqual(session.state.workspace.soa["A.8.13"]?.status, .implemented, "the change is taken back in memory")
        XCTAssertEqual(session.mark(of: "A.8.13"), "✓", "and on screen")
        XCTAssertEqual(workspace.soaBytes(), broken, "the hand-edited file is untouched")

        session.press("u")
        XCTAssertTrue(session.statusLine.hasPrefix(" Nothing to undo "), "a change that never reached the disk is not undone: \(session.statusLine)")
        XCTAssertEqual(workspace.soaBytes(), broken)
    }

    func testAfterTheFileIsFixedTheSameKeySaves() throws {
        let workspace = try DemoWorkspace()
        var session = try workspace.session()
        selectBackup(in: &session)
        let good = workspace.soaBytes()
        workspace.writeSoA("controls:\n- control: A.8.13\n  applicable: true: false\n")
        session.press("s")
        XCTAssertEqual(session.state.status?.kind, .error)

        workspace.writeSoA(good)
        session.press("s")
        XCTAssertEqual(session.state.status?.kind, .saved)
        XCTAssertEqual(try workspace.entryOnDisk("A.8.13").status, .notStarted)
    }
}
