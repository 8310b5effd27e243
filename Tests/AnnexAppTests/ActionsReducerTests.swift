@testable import AnnexApp
import AnnexDomain
import XCTest

/// The Actions screen's list: order, filters, moving, the detail pane and Esc.
final class ActionsReducerTests: XCTestCase {
    func testTheListShowsOpenActionsByDueDateAndOFlipsToAll() {
        var driver = Driver(actionsState())
        driver.send(.character("5"))
        XCTAssertEqual(driver.state.screen, .actions)
        XCTAssertEqual(driver.state.context, .actionList)
        XCTAssertEqual(driver.shownActions, ["CA-3", "CA-1", "CA-2"], "verified CA-4 is hidden; the rest by due date")
        XCTAssertEqual(driver.state.actions.selected, "CA-3")
        driver.send(.character("o"))
        XCTAssertEqual(driver.shownActions, ["CA-3", "CA-1", "CA-2", "CA-4"], "the closed one comes last, though due first")
        XCTAssertEqual(driver.state.status, StatusMessage(.info, "4 actions: all (x resets)"))
        driver.send(.character("o"))
        XCTAssertEqual(driver.shownActions, ["CA-3", "CA-1", "CA-2"])
    }

    func testActionsWithoutADueDateComeLastAmongTheOpenOnes() {
        var state = actionsState()
        state.workspace.actions[1].due = nil
        var driver = Driver(state)
        driver.send(.character("5"))
        XCTAssertEqual(driver.shownActions, ["CA-3", "CA-1", "CA-2"])
        driver.state.workspace.actions[0].due = nil
        XCTAssertEqual(driver.shownActions, ["CA-3", "CA-1", "CA-2"], "two without a date go by id")
    }

    func testFiltersOverdueOwnerAuditAndText() {
        var driver = Driver(actionsState())
        driver.send(.character("5"), .character("!"))
        XCTAssertEqual(driver.shownActions, ["CA-1"])
        XCTAssertEqual(driver.state.actions.selected, "CA-1")
        XCTAssertEqual(driver.state.status, StatusMessage(.info, "1 action: open, overdue (x resets)"))
        driver.send(.character("x"), .character("O"))
        XCTAssertEqual(driver.state.actions.query.owner, "anna")
        XCTAssertEqual(driver.shownActions, ["CA-3", "CA-1"])
        driver.send(.character("O"))
        XCTAssertEqual(driver.shownActions, ["CA-2"], "ben's open one")
        driver.send(.character("O"))
        XCTAssertNil(driver.state.actions.query.owner, "the cycle ends on everyone")
        driver.send(.character("A"))
        XCTAssertEqual(driver.state.actions.query.audit, "IA-0", "audits in plan order")
        XCTAssertEqual(driver.shownActions, [], "IA-0's only action is verified")
        XCTAssertNil(driver.state.actions.selected)
        driver.send(.character("o"))
        XCTAssertEqual(driver.shownActions, ["CA-4"])
        driver.send(.character("x"), .character("/"))
        driver.type("patches")
        XCTAssertEqual(driver.shownActions, ["CA-2"], "the text matches the nonconformity's statement too")
        driver.send(.enter)
        XCTAssertNil(driver.state.popup)
        XCTAssertEqual(driver.state.status, StatusMessage(.info, "1 action: open, \"patches\" (x resets)"))
        driver.send(.character("/"), .named("ctrl+u"))
        driver.type("A.5.18")
        driver.send(.escape)
        XCTAssertEqual(driver.state.actions.query.text, "patches", "Esc puts the previous text back")
    }

    func testMovingThroughTheListAndScrollingTheDetail() {
        var driver = Driver(actionsState())
        driver.send(.character("5"), .character("j"))
        XCTAssertEqual(driver.state.actions.selected, "CA-1")
        driver.send(.character("G"))
        XCTAssertEqual(driver.state.actions.selected, "CA-2")
        driver.send(.character("j"))
        XCTAssertEqual(driver.state.actions.selected, "CA-2", "stops at the end")
        driver.send(.tab)
        XCTAssertEqual(driver.state.context, .actionDetail)
        driver.send(.character("j"), .character("j"))
        XCTAssertEqual(driver.state.actions.detailScroll, 2)
        XCTAssertEqual(driver.state.actions.selected, "CA-2", "j scrolls the detail, not the list")
        driver.send(.character("k"), .character("k"), .character("k"))
        XCTAssertEqual(driver.state.actions.detailScroll, 0)
    }

    func testEscGoesFromDetailToListThenResetsFiltersThenLeaves() {
        var driver = Driver(actionsState())
        driver.send(.character("5"), .character("!"), .tab, .escape)
        XCTAssertEqual(driver.state.focus, .actionList)
        driver.send(.escape)
        XCTAssertEqual(driver.state.actions.query, ActionQuery())
        XCTAssertEqual(driver.shownActions, ["CA-3", "CA-1", "CA-2"])
        driver.send(.escape)
        XCTAssertEqual(driver.state.screen, .dashboard)
    }

    func testAnEmptyWorkspaceHasNothingToSelectOrChange() {
        var state = sampleState()
        state.workspace.actions = []
        var driver = Driver(state)
        driver.send(.character("5"), .character("s"))
        XCTAssertNil(driver.state.actions.selected)
        XCTAssertEqual(driver.state.status, StatusMessage(.info, "No action selected"))
        driver.send(.character("a"))
        XCTAssertNil(driver.state.popup)
        XCTAssertEqual(driver.state.status, StatusMessage(.info, "Every nonconformity has a corrective action"))
    }
}
