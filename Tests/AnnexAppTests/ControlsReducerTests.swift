@testable import AnnexApp
import AnnexDomain
import XCTest

final class ControlsReducerTests: XCTestCase {
    func testStartsOnTheDashboardWithTheFirstItemSelected() {
        let state = sampleState()
        XCTAssertEqual(state.screen, .dashboard)
        XCTAssertEqual(state.controls.selected, "group:4")
        XCTAssertEqual(state.context, .dashboard)
    }

    func testNumberKeysSwitchScreens() {
        var driver = Driver(sampleState())
        driver.press("2") { $0.screen = .controls }
        XCTAssertEqual(driver.state.context, .catalog)
        driver.press("1") { $0.screen = .dashboard }
    }

    func testMovingDownWalksTheTreeAndKeepsTheSelectionInView() {
        var driver = Driver(sampleState(height: 24))
        driver.send(.character("2"), .character("j"))
        XCTAssertEqual(driver.state.controls.selected, "4.1")
        for _ in 0..<30 { driver.send(.down) }
        let rows = CatalogTree.rows(driver.state)
        let index = rows.firstIndex { $0.id == driver.state.controls.selected }!
        let visible = try! XCTUnwrap(driver.state.frame.rows(of: .rows(.catalog)), "the catalog was drawn")
        XCTAssertEqual(visible, 20, "a 24-row terminal shows 20 catalog rows")
        XCTAssertTrue((driver.state.controls.scroll..<(driver.state.controls.scroll + visible)).contains(index))
        driver.send(.character("g"))
        XCTAssertEqual(driver.state.controls.selected, "group:4")
        XCTAssertEqual(driver.state.controls.scroll, 0)
    }

    func testCollapsingAGroupHidesItsItemsAndLeftGoesToTheGroup() {
        var driver = Driver(sampleState())
        driver.press("2")
        driver.press("j") { $0.controls.selected = "4.1" }
        driver.press("left") { $0.controls.selected = "group:4" }
        driver.press("left") { $0.controls.collapsed = ["4"] }
        XCTAssertFalse(CatalogTree.rows(driver.state).contains { $0.id == "4.1" })
        driver.press("enter") { $0.controls.collapsed = [] }
        XCTAssertTrue(CatalogTree.rows(driver.state).contains { $0.id == "4.1" })
    }

    func testFilterAsYouTypeNarrowsTheTreeAndEscRestores() {
        var driver = Driver(sampleState())
        driver.send(.character("2"), .character("/"))
        driver.type("backup")
        XCTAssertEqual(driver.state.controls.filter.text, "backup")
        XCTAssertEqual(CatalogTree.rows(driver.state).compactMap(\.itemID), ["A.8.13"])
        XCTAssertEqual(driver.state.controls.selected, "A.8.13")
        driver.send(.escape)
        XCTAssertNil(driver.state.popup)
        XCTAssertEqual(driver.state.controls.filter.text, "")
    }

    func testStatusFilterCyclesAndShowsOnlyMatchingControls() {
        var driver = Driver(sampleState())
        driver.send(.character("2"), .character("F"))
        XCTAssertEqual(driver.state.controls.filter.status, .notStarted)
        driver.send(.character("F"), .character("F"), .character("F"))
        XCTAssertEqual(driver.state.controls.filter.status, .implemented)
        let shown = CatalogTree.rows(driver.state).compactMap(\.itemID)
        XCTAssertFalse(shown.isEmpty)
        XCTAssertTrue(shown.allSatisfy { driver.state.workspace.soa[$0]?.status == .implemented })
        driver.send(.character("x"))
        XCTAssertFalse(driver.state.controls.filter.isActive)
    }

    func testCyclingStatusSavesTheEntryAndUndoRestoresIt() {
        var driver = Driver(sampleState())
        driver.send(.character("2"), .character("/"))
        driver.type("A.5.15")
        driver.send(.enter)
        XCTAssertEqual(driver.state.controls.selected, "A.5.15")
        let before = driver.state.workspace.soa["A.5.15"]!
        driver.send(.character("s"))
        XCTAssertEqual(driver.state.workspace.soa["A.5.15"]?.status, before.status.next)
        XCTAssertEqual(driver.saved.last, driver.state.workspace.soa["A.5.15"])
        XCTAssertEqual(driver.state.status, StatusMessage(.saved, "A.5.15 status: \(before.status.next.title)"))

        driver.send(.character("u"))
        XCTAssertEqual(driver.state.workspace.soa["A.5.15"], before)
        XCTAssertEqual(driver.saved.last, before)
        XCTAssertEqual(driver.state.undoStack, [])
    }

    func testExcludingAControlAsksForAJustification() {
        var driver = Driver(sampleState())
        driver.send(.character("2"), .character("/"))
        driver.type("A.7.4")
        driver.send(.enter, .character("a"))
        guard let form = driver.state.popup?.layer(FieldForm.self) else { return XCTFail("no form") }
        XCTAssertTrue(form.togglesApplicability)
        driver.send(.named("ctrl+u"), .enter)
        guard let rejected = driver.state.popup?.layer(FieldForm.self) else { return XCTFail("form closed without justification") }
        XCTAssertEqual(rejected.error?.description, "A justification is required to exclude a control")
        XCTAssertTrue(driver.state.workspace.soa["A.7.4"]!.applicable)
        driver.type("No own premises; hosting in a certified data centre")
        driver.send(.enter)
        XCTAssertNil(driver.state.popup)
        XCTAssertFalse(driver.state.workspace.soa["A.7.4"]!.applicable)
        XCTAssertEqual(driver.state.workspace.soa["A.7.4"]!.justification, "No own premises; hosting in a certified data centre")
        XCTAssertEqual(driver.state.status?.text, "A.7.4 excluded")
        driver.send(.character("s"))
        XCTAssertEqual(driver.state.status?.kind, .warning, "an excluded control has no status to cycle")
    }

    func testEditingOwnerWithCompletionAndWordDelete() {
        var driver = Driver(sampleState())
        driver.send(.character("2"), .character("/"))
        driver.type("A.5.1 ")
        driver.send(.enter)
        driver.send(.character("o"), .named("ctrl+u"))
        driver.type("be")
        driver.send(.tab)
        guard let form = driver.state.popup?.layer(FieldForm.self) else { return XCTFail("no form") }
        XCTAssertEqual(form.editor.text, "ben")
        driver.send(.enter)
        XCTAssertEqual(driver.state.workspace.soa[driver.state.controls.selected!]?.owner, "ben")
    }

    func testTypingQInAFormTypesAndDoesNotQuit() {
        var driver = Driver(sampleState())
        driver.send(.character("2"), .character("j"), .character("j"), .character("j"), .character("j"), .character("j"))
        driver.state.controls.selected = "A.5.1"
        driver.send(.character("n"))
        driver.type("q")
        XCTAssertFalse(driver.state.quitting)
        driver.send(.paste("pasted\ttext\nwith lines"))
        guard let form = driver.state.popup?.layer(FieldForm.self) else { return XCTFail("no form") }
        XCTAssertTrue(form.editor.text.hasSuffix("qpasted text with lines"))
        driver.send(.escape)
        XCTAssertEqual(driver.saved, [])
    }

    func testClausesHaveNoSoAEntryToEdit() {
        var driver = Driver(sampleState())
        driver.send(.character("2"), .character("j"), .character("s"))
        XCTAssertEqual(driver.state.status?.text, "Clauses are always in scope and have no SoA entry")
        XCTAssertEqual(driver.saved, [])
    }

    func testAFailedSaveRestoresTheEntryAndSaysSo() {
        var state = sampleState()
        state.screen = .controls
        state.controls.selected = "A.5.1"
        let before = state.workspace.soa["A.5.1"]!
        let reducer = AppReducer()
        let effects = reducer.reduce(&state, .key(.character("s")))
        guard case .saveSoAEntry(_, let previous, _) = effects.first else { return XCTFail("no save") }
        _ = reducer.reduce(&state, .saveFailed("soa.yaml:3: broken", restore: .soa(previous!)))
        XCTAssertEqual(state.workspace.soa["A.5.1"], before)
        XCTAssertEqual(state.status, StatusMessage(.error, "Not saved: soa.yaml:3: broken"))
    }
}

/// The catalog's rows are derived once per key and shared by the reducer and the view; a change
/// of what they come from (the filter, the SoA) gives fresh ones.
final class DerivedListTests: XCTestCase {
    private func storage(_ rows: [CatalogRow]) -> UnsafeRawPointer? {
        rows.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
    }

    func testTheCatalogRowsAreDerivedOnceAndRefreshedWhenTheirInputsChange() {
        var driver = Driver(sampleState())
        driver.press("2", "j")
        let first = CatalogTree.rows(driver.state), again = CatalogTree.rows(driver.state)
        XCTAssertNotNil(storage(first))
        XCTAssertEqual(storage(first), storage(again), "the view reads the rows the key derived, not a new copy")
        XCTAssertEqual(first, CatalogTree.rows(framework: Catalog.builtIn.iso27001,
                                               statement: driver.state.workspace.soa, controls: driver.state.controls))
        driver.press("/")
        driver.type("backup")
        driver.press("enter")
        let filtered = CatalogTree.rows(driver.state)
        XCTAssertLessThan(filtered.count, first.count, "the filter's change derives the rows again")
        XCTAssertTrue(filtered.contains { $0.itemID == "A.8.13" }, "Information backup is kept")
    }
}
