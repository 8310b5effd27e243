import AnnexApp
import AnnexDomain
import AnnexSession
import AnnexStore
import Foundation
import XCTest

/// The action files of a demo workspace as a fresh load or `git diff` would see them.
private struct ActionFilesOnDisk {
    let workspace: DemoWorkspace

    func path(_ id: String) -> String { workspace.store.root + "/" + WorkspaceLayout.actions + "/" + id + ".yaml" }

    func exists(_ id: String) -> Bool { FileManager.default.fileExists(atPath: path(id)) }

    func bytes(_ id: String) -> Data? { FileManager.default.contents(atPath: path(id)) }

    func text(_ id: String) -> String { bytes(id).map { String(decoding: $0, as: UTF8.self) } ?? "" }

    /// The action as a fresh load of the workspace reads it; fails the test if any file does not read back.
    func action(_ id: String, file: StaticString = #filePath, line: UInt = #line) throws -> CorrectiveAction? {
        let loaded = try WorkspaceStore(root: workspace.store.root).load()
        XCTAssertEqual(loaded.issues.filter { $0.severity == .error }, [], "the workspace reads back cleanly", file: file, line: line)
        return loaded.workspace.actions.first { $0.id == id }
    }
}

/// Corrective actions on a real demo workspace: raised from a nonconformity with `ActionForm` as
/// the live audit session does, moved to verified with the keys, and on disk in
/// `actions/<id>.yaml` whenever the status line says saved; `u` puts every file back.
final class ActionsScenarioTests: XCTestCase {
    /// The demo's nonconformity without an action: F-IA2-06, minor, in the audit under way.
    private let audit = DemoOrganisation.currentAuditID
    private let findingID = "F-IA2-06"

    /// A session with the action form open for F-IA2-06, as the live audit session opens it.
    private func sessionRaisingAnAction(on workspace: DemoWorkspace) throws -> (AppSession, String) {
        let loaded = try workspace.store.load().workspace
        let finding = try XCTUnwrap(loaded.log(of: audit).finding(findingID))
        XCTAssertTrue(finding.classification.isNonconformity)
        let id = ActionForm.newID(using: IDGenerator(), in: loaded)
        var state = AppState(workspace: loaded, today: today, themeNames: themes.names)
        state.popup = .of(ActionForm.new(for: finding, audit: audit, id: id, today: today))
        return (AppSession(state: state, store: workspace.store), id)
    }

    func testRaisingAnActionAndTakingItToVerifiedWritesEveryStepAndUndoPutsEachBack() throws {
        let workspace = try DemoWorkspace()
        let disk = ActionFilesOnDisk(workspace: workspace)
        var (session, id) = try sessionRaisingAnAction(on: workspace)
        XCTAssertTrue(id.hasPrefix("CA-") && id.count == 9, "CA- and a random part, not a counter: \(id)")
        XCTAssertTrue(session.rows.contains { $0.contains("┌ New corrective action \(id) ") })
        XCTAssertTrue(session.rows.contains { $0.contains("│ IA-2026-2 F-IA2-06 Minor nonconformity on A.5.8 ") })

        session.type("Onboarding projects have no security checkpoint")
        session.press("tab")
        session.type("Security review gate in the onboarding project template")
        session.press("tab")
        session.type("mn")
        session.press("tab", "enter")

        XCTAssertTrue(session.statusLine.hasPrefix(" \(id) raised for \(findingID) "), session.statusLine)
        XCTAssertEqual(session.state.status?.kind, .saved)
        let raised = CorrectiveAction(
            id: id, audit: audit, finding: findingID, rootCause: "Onboarding projects have no security checkpoint",
            action: "Security review gate in the onboarding project template", owner: "mnowak", due: today.adding(days: 30)
        )
        XCTAssertEqual(try disk.action(id), raised)
        XCTAssertTrue(disk.text(id).contains("finding: F-IA2-06\n"), disk.text(id))
        XCTAssertTrue(disk.text(id).contains("status: open\n"), disk.text(id))
        let opened = try XCTUnwrap(disk.bytes(id))

        session.press("5", "G")
        XCTAssertEqual(session.state.actions.selected, id, "due last of the open ones")
        XCTAssertTrue(session.rows.contains { $0.hasPrefix("│  \(id) m  open        2026-12-29 mnowak      Security review gate") },
                      session.rows.joined(separator: "\n"))

        session.press("s")
        XCTAssertTrue(session.statusLine.hasPrefix(" \(id) in progress "), session.statusLine)
        XCTAssertTrue(disk.text(id).contains("status: in_progress\n"), disk.text(id))
        let started = try XCTUnwrap(disk.bytes(id))

        session.press("s")
        XCTAssertTrue(session.statusLine.hasPrefix(" \(id) done; v verifies it "), session.statusLine)
        XCTAssertEqual(try disk.action(id)?.status, .done)
        let done = try XCTUnwrap(disk.bytes(id))

        session.press("v", "y", "tab")
        session.type("Gate used in the three projects since")
        session.press("tab")
        session.type("prag")
        session.press("tab", "enter")
        XCTAssertTrue(session.statusLine.hasPrefix(" \(id) verified effective: closed "), session.statusLine)
        var verified = raised
        verified.status = .verified
        verified.verification = EffectivenessReview(by: "praghunathan", on: today, effective: true, note: "Gate used in the three projects since")
        XCTAssertEqual(try disk.action(id), verified)
        XCTAssertFalse(session.rows.contains { $0.contains(id) && $0.contains(" open ") }, "it leaves the open list")

        let undos = [(done, "restored"), (started, "restored"), (opened, "restored")]
        for (bytes, what) in undos {
            session.press("u")
            XCTAssertTrue(session.statusLine.hasPrefix(" Undone: \(id) \(what) "), session.statusLine)
            XCTAssertEqual(disk.bytes(id), bytes, "the file is back byte for byte")
        }
        session.press("u")
        XCTAssertTrue(session.statusLine.hasPrefix(" Undone: \(id) removed again "), session.statusLine)
        XCTAssertFalse(disk.exists(id), "undoing the new action deletes its file")
        XCTAssertNil(try disk.action(id))
    }

    func testNotEffectiveReopensTheActionOnDiskWithTheReviewAndUndoRestoresTheFile() throws {
        let workspace = try DemoWorkspace()
        let disk = ActionFilesOnDisk(workspace: workspace)
        var session = try workspace.session()
        let original = try XCTUnwrap(disk.bytes("CA-002"))
        session.press("5")
        XCTAssertEqual(session.state.actions.selected, "CA-002", "done, and due first")

        session.press("v", "n", "tab")
        session.type("Two critical findings again open for 20 days in October")
        session.press("tab")
        session.type("kbenali")
        session.press("enter")

        XCTAssertTrue(session.statusLine.hasPrefix(" CA-002 not effective: reopened, the review is kept "), session.statusLine)
        let reopened = try XCTUnwrap(try disk.action("CA-002"))
        XCTAssertEqual(reopened.status, .open)
        XCTAssertEqual(reopened.verification, EffectivenessReview(by: "kbenali", on: today, effective: false,
                                                                  note: "Two critical findings again open for 20 days in October"))
        XCTAssertTrue(disk.text("CA-002").contains("effective: false\n"), disk.text("CA-002"))
        let detail = session.rows.joined(separator: "\n")
        XCTAssertTrue(detail.contains("│ Verification   not effective, reopened, by Karim Benali (kbenali) on         │\n│                2026-11-29 "), detail)
        XCTAssertTrue(detail.contains("│ Status         open, due 2026-09-30: 60 days overdue "), "reopened past its due date, it is overdue: \(detail)")

        session.press("u")
        XCTAssertEqual(disk.bytes("CA-002"), original, "the file is back byte for byte")
    }

    func testDoneIsRefusedOnScreenUntilTheRootCauseIsWrittenAndNothingIsSaved() throws {
        let workspace = try DemoWorkspace()
        let disk = ActionFilesOnDisk(workspace: workspace)
        var (session, id) = try sessionRaisingAnAction(on: workspace)
        session.press("enter", "5", "G", "s")
        let started = try XCTUnwrap(disk.bytes(id))
        session.press("s")
        XCTAssertEqual(session.state.status, StatusMessage(.warning, "\(id) cannot be done without a root cause and an action: e edits it"))
        XCTAssertTrue(session.statusLine.hasPrefix(" \(id) cannot be done without a root cause and an action: e edits it"), session.statusLine)
        XCTAssertEqual(disk.bytes(id), started, "nothing written")
    }
}
