import TerminalCore
import XCTest

final class LayoutTests: XCTestCase {
    let screen = Rect(x: 0, y: 0, width: 80, height: 24)

    func testTabBarBodyAndStatusLineStackTopToBottom() {
        let areas = screen.splitVertically([.length(1), .fill(1), .length(1)])
        XCTAssertEqual(areas, [
            Rect(x: 0, y: 0, width: 80, height: 1),
            Rect(x: 0, y: 1, width: 80, height: 22),
            Rect(x: 0, y: 23, width: 80, height: 1),
        ])
    }

    func testPercentageAndFillPanesSitSideBySideAndCoverTheWidth() {
        let areas = screen.splitHorizontally([.percentage(30), .fill(1)])
        XCTAssertEqual(areas.map(\.width), [24, 56])
        XCTAssertEqual(areas.map(\.x), [0, 24])
    }

    func testFillWeightsShareTheRestWithoutLosingAColumn() {
        let widths = Rect(x: 0, y: 0, width: 10, height: 1).splitHorizontally([.fill(1), .fill(1), .fill(1)]).map(\.width)
        XCTAssertEqual(widths, [4, 3, 3])
        XCTAssertEqual(Rect(x: 0, y: 0, width: 80, height: 1).splitHorizontally([.fill(1), .fill(3)]).map(\.width), [20, 60])
    }

    func testMinTakesTheSpareRoomWhenNothingFillsAndMaxStopsAtItsLimit() {
        let line = Rect(x: 0, y: 0, width: 50, height: 1)
        XCTAssertEqual(line.splitHorizontally([.length(10), .min(5)]).map(\.width), [10, 40])
        XCTAssertEqual(line.splitHorizontally([.max(20), .fill(1)]).map(\.width), [20, 30])
        XCTAssertEqual(line.splitHorizontally([.max(20), .max(10)]).map(\.width), [20, 10])
    }

    func testATooSmallTerminalShrinksTheBodyBeforeTheBarsAndNeverGoesNegative() {
        let tiny = Rect(x: 0, y: 0, width: 20, height: 3)
        XCTAssertEqual(tiny.splitVertically([.length(1), .fill(1), .length(1)]).map(\.height), [1, 1, 1])
        let tooTiny = Rect(x: 0, y: 0, width: 20, height: 1)
        let heights = tooTiny.splitVertically([.length(1), .percentage(50), .length(1)]).map(\.height)
        XCTAssertEqual(heights, [1, 0, 0])
        XCTAssertEqual(Rect.zero.splitHorizontally([.length(5), .min(3), .fill(2)]).map(\.width), [0, 0, 0])
    }

    func testSpacingLeavesGapsBetweenPanes() {
        let areas = Rect(x: 2, y: 0, width: 21, height: 5).splitHorizontally([.fill(1), .fill(1)], spacing: 1)
        XCTAssertEqual(areas, [Rect(x: 2, y: 0, width: 10, height: 5), Rect(x: 13, y: 0, width: 10, height: 5)])
    }

    func testInsetShrinksEverySideAndStopsAtEmpty() {
        XCTAssertEqual(screen.inset(by: 1), Rect(x: 1, y: 1, width: 78, height: 22))
        XCTAssertTrue(Rect(x: 0, y: 0, width: 1, height: 1).inset(by: 1).isEmpty)
        XCTAssertEqual(Rect(x: 0, y: 0, width: 1, height: 1).inset(by: 3).width, 0)
    }
}
