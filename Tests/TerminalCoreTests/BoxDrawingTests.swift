import TerminalCore
import XCTest

final class BoxDrawingTests: XCTestCase {
    func testUnicodeBoxWithTitle() {
        var buffer = CellBuffer(width: 14, height: 4)
        buffer.drawBox(buffer.bounds, title: "Risks")
        buffer.put("R-1 Fire", at: Point(x: 1, y: 1), clip: buffer.bounds.inset(by: 1))
        XCTAssertEqual(buffer.lines, [
            "┌ Risks ─────┐",
            "│R-1 Fire    │",
            "│            │",
            "└────────────┘",
        ])
    }

    func testASCIIBoxForTerminalsWithoutUTF8() {
        var buffer = CellBuffer(width: 10, height: 3)
        buffer.drawBox(buffer.bounds, charset: .ascii, title: "SoA")
        XCTAssertEqual(buffer.lines, [
            "+ SoA ---+",
            "|        |",
            "+--------+",
        ])
    }

    func testALongTitleIsCutInsideTheCorners() {
        var buffer = CellBuffer(width: 12, height: 2)
        buffer.drawBox(buffer.bounds, title: "Information security")
        XCTAssertEqual(buffer.lines, ["┌ Informa… ┐", "└──────────┘"])
    }

    func testTwoPanesSideBySideWithLinesBetweenRows() {
        var buffer = CellBuffer(width: 16, height: 5)
        let panes = buffer.bounds.splitHorizontally([.length(7), .fill(1)])
        buffer.drawBox(panes[0], title: "A")
        buffer.drawBox(panes[1], title: "情報")
        buffer.drawHorizontalLine(from: Point(x: 8, y: 2), length: 7)
        buffer.drawVerticalLine(from: Point(x: 3, y: 1), length: 3, charset: .ascii)
        XCTAssertEqual(buffer.lines, [
            "┌ A ──┐┌ 情報 ─┐",
            "│  |  ││       │",
            "│  |  ││───────│",
            "│  |  ││       │",
            "└─────┘└───────┘",
        ])
    }

    func testAnAreaTooSmallForABorderGetsNone() {
        var buffer = CellBuffer(width: 3, height: 1)
        buffer.drawBox(buffer.bounds, title: "x")
        XCTAssertEqual(buffer.lines, ["   "])
    }
}
