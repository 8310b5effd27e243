@testable import AnnexApp
import AnnexDomain
import XCTest

final class ShellReducerTests: XCTestCase {
    func testQuitAndCtrlCQuit() {
        for key in [KeyPress.character("q"), KeyPress.ctrl("c")] {
            var state = sampleState()
            let effects = AppReducer().reduce(&state, .key(key))
            XCTAssertEqual(effects, [.quit])
            XCTAssertTrue(state.quitting)
        }
    }

    func testHelpOpensAndClosesAndCapturesKeys() {
        var driver = Driver(sampleState())
        driver.press("?") { $0.popup = .help(scroll: 0) }
        driver.press("2") { _ in }  // keys go to the popup while it is open: nothing changes
        driver.press("j") { $0.popup = .help(scroll: 1) }
        driver.press("escape") { $0.popup = nil }
    }

    func testPaletteRunsTheBestFuzzyMatch() {
        var driver = Driver(sampleState())
        driver.send(.character(":"))
        driver.type("contr")
        driver.send(.enter)
        XCTAssertEqual(driver.state.screen, .controls)
        XCTAssertNil(driver.state.popup)
    }

    func testThemeCyclesThroughTheLoadedThemes() {
        var driver = Driver(sampleState())
        driver.press("T") {
            $0.themeIndex = 1
            $0.status = StatusMessage(.info, "Theme: light")
        }
        driver.press("T") {
            $0.themeIndex = 0
            $0.status = StatusMessage(.info, "Theme: default")
        }
    }

    func testResizeIsRecordedAndTooSmallIsKnown() {
        var driver = Driver(sampleState())
        driver.send(.resize(width: 60, height: 20))
        XCTAssertTrue(driver.state.isTooSmall)
        driver.send(.resize(width: 100, height: 30))
        XCTAssertFalse(driver.state.isTooSmall)
    }

    func testTabMovesFocusBetweenPanesAndEscGoesBack() {
        var driver = Driver(sampleState())
        driver.press("2")
        driver.press("tab") { $0.focus = .detail }
        XCTAssertEqual(driver.state.context, .detail)
        driver.press("escape") { $0.focus = .catalog }
        driver.press("escape") { $0.screen = .dashboard }
    }

    func testUnboundKeySaysHowToFindHelp() {
        var driver = Driver(sampleState())
        driver.send(.character("z"))
        XCTAssertEqual(driver.state.status, StatusMessage(.info, "z does nothing here; ? shows the keys"))
    }
}

final class MouseTests: XCTestCase {
    /// Clicks go by the drawn frame (MouseScenarioTests); with none drawn they do nothing.
    func testAClickWithNoFrameDrawnDoesNothing() {
        var driver = Driver(sampleState())
        driver.send(.click(x: 12, y: 0))
        XCTAssertEqual(driver.state.screen, .dashboard)
    }

    func testWheelScrollsTheFocusedPane() {
        var driver = Driver(sampleState())
        driver.send(.character("2"), .wheel(up: false, x: 5, y: 5), .wheel(up: false, x: 5, y: 5))
        XCTAssertEqual(driver.state.controls.selected, CatalogTree.rows(driver.state)[2].id)
    }
}
