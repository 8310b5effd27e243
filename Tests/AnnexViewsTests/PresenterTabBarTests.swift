@testable import AnnexApp
import AnnexViews
import TerminalCore
import XCTest

/// Presenter mode says so on every screen, also at 80 columns where the six tabs fill the row:
/// the app's label gives way to the mark, and every tab stays.
final class PresenterTabBarTests: XCTestCase {
    private let tabs = ["1 Dashboard", "2 Controls", "3 Risks", "4 Audits", "5 Actions", "6 Evidence"]

    func testAt80ColumnsAReadOnlySessionShowsItsMarkBesideEveryTab() {
        var state = demoState()
        state.readOnly = true
        let top = render(state).lines(trimmingTrailingSpaces: true)[0]
        XCTAssertTrue(top.hasSuffix("READ-ONLY"), top)
        for tab in tabs { XCTAssertTrue(top.contains(tab), "\(tab) in \(top)") }
        XCTAssertFalse(top.contains("Annex "), "the label gave way: \(top)")
    }

    func testAt80ColumnsARedactedSessionShowsRedacted() {
        var state = demoState()
        state.readOnly = true
        state.redacted = true
        let top = render(state).lines(trimmingTrailingSpaces: true)[0]
        XCTAssertTrue(top.hasSuffix("REDACTED"), top)
        for tab in tabs { XCTAssertTrue(top.contains(tab), "\(tab) in \(top)") }
    }

    func testWideEnoughTheLabelAndBothMarksShow() {
        var state = demoState(width: 120, height: 30)
        state.readOnly = true
        state.redacted = true
        let top = render(state).lines(trimmingTrailingSpaces: true)[0]
        XCTAssertTrue(top.hasPrefix(" Annex "), top)
        XCTAssertTrue(top.contains(" REDACTED   READ-ONLY "), top)
    }

    func testANormalSessionKeepsItsLabel() {
        XCTAssertTrue(render(demoState()).lines(trimmingTrailingSpaces: true)[0].hasPrefix(" Annex "))
    }
}
