@testable import AnnexApp
import XCTest

/// A screen keeps its state in `AppState.screenStates` under its type: a new screen declares
/// its state in its own folder and nothing else in AppState changes.
final class ScreenStatesTests: XCTestCase {
    struct EvidenceScreenState: ScreenState {
        var selected: String?
        var rows: [String] = []
    }

    func testAScreenStateIsKeptUnderItsTypeAndStartsFresh() {
        var states = ScreenStates()
        XCTAssertEqual(states[EvidenceScreenState.self], EvidenceScreenState(), "a screen never shown has a fresh state")
        states[EvidenceScreenState.self].selected = "EV-001"
        states[EvidenceScreenState.self].rows.append("EV-001")
        XCTAssertEqual(states[EvidenceScreenState.self].selected, "EV-001")
        XCTAssertEqual(states[EvidenceScreenState.self].rows, ["EV-001"])
        XCTAssertEqual(states[ControlsState.self], ControlsState(), "another screen's state is untouched")
    }

    func testStatesCompareByWhatTheyHoldNotByWhetherTheyWereTouched() {
        var touched = ScreenStates()
        touched[EvidenceScreenState.self].selected = "EV-001"
        touched[EvidenceScreenState.self].selected = nil
        XCTAssertEqual(touched, ScreenStates(), "changed back to fresh is the same as never changed")
        touched[EvidenceScreenState.self].selected = "EV-002"
        XCTAssertNotEqual(touched, ScreenStates())
        var other = ScreenStates()
        other[EvidenceScreenState.self].selected = "EV-002"
        XCTAssertEqual(touched, other)
    }

    func testTheAppsScreensReachTheirStateThroughTheirOwnProperty() {
        var state = sampleState()
        state.risks.scroll = 7
        XCTAssertEqual(state.screenStates[RisksState.self].scroll, 7)
        XCTAssertEqual(state.controls.selected, ControlsState.firstSelectable(in: state), "set by AppState.init")
        XCTAssertNotNil(state.controls.selected)
    }
}
