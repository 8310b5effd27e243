@testable import AnnexApp
import AnnexDomain
import AnnexViews
import XCTest

/// Screen 6, the evidence register, driven through the real effect runner on a real workspace:
/// a record registered, edited and undone is on disk as the screen says.
final class EvidenceScreenTests: XCTestCase {
    private func state() -> AppState {
        var state = sampleState(height: 24)
        state.workspace.evidence = [
            EvidenceRecord(id: "EV-1", title: "Backup test report", location: "https://docs.example/backup", owner: "anna",
                           effective: Day("2026-01-10"), expires: Day("2026-12-10")),
            EvidenceRecord(id: "EV-2", title: "Old pentest", location: "evidence/files/pentest.pdf", expires: Day("2026-01-01")),
        ]
        var entry = state.workspace.soa["A.8.13"]!
        entry.evidence = ["EV-1"]
        state.workspace.soa.upsert(entry)
        return state
    }

    private func screen(_ state: AppState) -> [String] {
        AppView.render(state, context: RenderContext(theme: ThemeCatalog().themes[0])).lines(trimmingTrailingSpaces: true)
    }

    func testTheRegisterSaysWhatHasExpiredWhatSoonWillAndWhatCitesEachRecord() {
        var driver = Driver(state())
        driver.press("6")
        XCTAssertEqual(driver.state.screen, .evidence)
        XCTAssertEqual(driver.state.evidence.selected, "EV-1")
        let rows = screen(driver.state)
        XCTAssertTrue(rows[0].contains("6 Evidence"), "its tab comes from the registration")
        let first = rows.first { $0.contains("EV-1 ") } ?? ""
        XCTAssertTrue(first.contains("expiring 11 d"), first)
        XCTAssertTrue(rows.first { $0.contains("EV-2 ") }?.contains("expired") ?? false)
        XCTAssertTrue(rows.contains { $0.contains("Cited by") && $0.contains("A.8.13") }, rows.joined(separator: "\n"))
        driver.press("j")
        XCTAssertTrue(screen(driver.state).contains { $0.contains("Cited by") && $0.contains("no control of the SoA cites it") })
    }

    func testARecordRegisteredEditedAndUndoneIsOnDiskAsTheScreenSays() throws {
        var driver = Driver(state(), reducer: AppReducer(ids: sequentialIDs()))
        driver.press("6", "a")
        let form = try XCTUnwrap(driver.state.popup?.layer(EvidenceForm.self))
        let id = form.original.id
        driver.type("Supplier register")
        driver.press("tab")
        driver.type("https://docs.example/suppliers")
        driver.press("tab")
        driver.type("an")
        driver.press("tab")
        XCTAssertEqual(driver.state.popup?.layer(EvidenceForm.self)?.text(.owner), "anna", "Tab completes a person")
        driver.press("tab", "tab")
        driver.type("2027-13-01")
        driver.press("enter")
        XCTAssertEqual(driver.state.popup?.layer(EvidenceForm.self)?.error?.description, "Expires must be a date like 2026-11-29, not '2027-13-01'")
        driver.send(.named("ctrl+u"))
        driver.type("2027-06-30")
        driver.press("enter")
        XCTAssertNil(driver.state.popup)
        XCTAssertEqual(driver.state.status?.text, "\(id) registered (u undoes it)")
        let saved = try driver.folder.store.load().workspace.evidence.first { $0.id == id }
        XCTAssertEqual(saved?.title, "Supplier register")
        XCTAssertEqual(saved?.location, "https://docs.example/suppliers")
        XCTAssertEqual(saved?.expires, Day("2027-06-30"))

        driver.press("e", "tab")
        driver.send(.named("ctrl+u"))
        driver.type("https://docs.example/suppliers-v2")
        driver.press("enter")
        XCTAssertEqual(try driver.folder.store.load().workspace.evidence.first { $0.id == id }?.location, "https://docs.example/suppliers-v2")

        driver.press("u")
        XCTAssertEqual(try driver.folder.store.load().workspace.evidence.first { $0.id == id }?.location, "https://docs.example/suppliers")
        driver.press("u")
        XCTAssertNil(try driver.folder.store.load().workspace.evidence.first { $0.id == id }, "undoing the registration removes the file")
        XCTAssertEqual(driver.state.evidence.selected, "EV-1", "the selection moves to a record that exists")
    }

    func testDeletingARecordAsksFirstSaysWhoCitesItAndUndoPutsTheFileBack() throws {
        var driver = Driver(state(), reducer: AppReducer(ids: sequentialIDs()))
        driver.press("6", "d")
        let question = try XCTUnwrap(driver.state.popup.flatMap { popup -> Confirmation? in
            if case .confirm(let confirmation) = popup { return confirmation }
            return nil
        })
        XCTAssertEqual(question.message.description, "Delete the record EV-1 Backup test report? A.8.13 still cite it, and annex check will say so (u undoes it)")
        driver.press("n")
        XCTAssertEqual(driver.state.status?.text, "Nothing deleted")
        XCTAssertNotNil(try driver.folder.store.load().workspace.evidence.first { $0.id == "EV-1" })

        driver.press("d", "y")
        XCTAssertEqual(driver.state.status?.text, "Evidence record EV-1 deleted (u undoes it)")
        XCTAssertNil(try driver.folder.store.load().workspace.evidence.first { $0.id == "EV-1" }, "the record's file is gone")
        XCTAssertEqual(driver.state.evidence.selected, "EV-2", "the selection moves to the record that is left")
        XCTAssertFalse(screen(driver.state).contains { $0.contains("Backup test report") }, "the register no longer lists it")

        driver.press("u")
        let back = try driver.folder.store.load().workspace.evidence.first { $0.id == "EV-1" }
        XCTAssertEqual(back?.title, "Backup test report", "undo writes the record back as it was")
        XCTAssertEqual(back?.expires, Day("2026-12-10"))
    }
}
