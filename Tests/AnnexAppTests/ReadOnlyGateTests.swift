@testable import AnnexApp
import AnnexDomain
import XCTest

/// The read-only gate: one classification of every command, one check in the dispatcher.
final class ReadOnlyGateTests: XCTestCase {
    /// A command added without saying whether it changes the workspace fails here, before it can
    /// become an editing key that presenter mode lets through.
    func testEveryCommandIsEitherChangingOrOnlyReading() {
        for command in Command.all {
            let changing = Command.changingWorkspace.contains(command), reading = Command.onlyReading.contains(command)
            XCTAssertTrue(changing != reading, "\(command) must be in exactly one of changingWorkspace and onlyReading")
        }
        let known = Set(Command.all)
        XCTAssertEqual(Command.changingWorkspace.subtracting(known), [], "no stale entries")
        XCTAssertEqual(Command.onlyReading.subtracting(known), [], "no stale entries")
    }

    func testAnEditingKeyIsRefusedWithAMessageAndNoEffect() {
        var state = sampleState()
        state.readOnly = true
        let reducer = AppReducer()
        _ = reducer.reduce(&state, .key(.character("2")))
        state.controls.selected = "A.5.1"
        let before = state
        let effects = reducer.reduce(&state, .key(.character("s")))
        XCTAssertEqual(effects, [])
        XCTAssertEqual(state.status, StatusMessage(.warning, "Read-only: Cycle implementation status is not available; nothing can be changed here"))
        XCTAssertEqual(state.workspace, before.workspace, "nothing changed in memory either")
        XCTAssertEqual(state.undoStack, [])

        // The same key in an ordinary session saves: the gate is what stopped it.
        state.readOnly = false
        XCTAssertEqual(reducer.reduce(&state, .key(.character("s"))).filter(\.savesRecord).count, 1)
    }

    func testMovingFilteringAndSwitchingScreensStillWork() {
        var state = sampleState()
        state.readOnly = true
        let reducer = AppReducer()
        _ = reducer.reduce(&state, .key(.character("2")))
        let selected = state.controls.selected
        _ = reducer.reduce(&state, .key(.character("j")))
        XCTAssertNotEqual(state.controls.selected, selected)
        _ = reducer.reduce(&state, .key(.character("/")))
        guard case .filter? = state.popup else { return XCTFail("the filter opens in a read-only session") }
        _ = reducer.reduce(&state, .key(.character("3")))
        _ = reducer.reduce(&state, .key(.named("escape")))
        _ = reducer.reduce(&state, .key(.character("3")))
        XCTAssertEqual(state.screen, .risks)
    }
}
