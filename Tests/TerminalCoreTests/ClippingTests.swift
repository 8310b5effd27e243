import TerminalCore
import XCTest

final class ClippingTests: XCTestCase {
    func testAWideCharacterAtAPanesRightEdgeBecomesASpaceAndStaysOutOfTheNextPane() {
        var buffer = CellBuffer(width: 12, height: 1)
        let panes = buffer.bounds.splitHorizontally([.length(5), .fill(1)])
        buffer.put("|next pane", at: panes[1].origin, clip: panes[1])
        // 情報 fills columns 0-3; セ would need columns 4-5 but the pane ends after column 4.
        buffer.put("情報セキュリティ", at: panes[0].origin, clip: panes[0])
        XCTAssertEqual(buffer.lines, ["情報 |next p"])
        XCTAssertEqual(buffer.cell(at: Point(x: 5, y: 0)).grapheme, "|")
    }

    func testAWideCharacterCutByALeftEdgeLeavesASpace() {
        var buffer = CellBuffer(width: 6, height: 1)
        let pane = Rect(x: 1, y: 0, width: 5, height: 1)
        buffer.put("情報x", at: Point(x: 0, y: 0), clip: pane)
        XCTAssertEqual(buffer.lines, ["  報x "])
    }

    func testTextIsClippedToThePaneAndTheScreen() {
        var buffer = CellBuffer(width: 8, height: 2)
        let pane = Rect(x: 2, y: 0, width: 4, height: 1)
        let end = buffer.put("Controls", at: Point(x: 2, y: 0), clip: pane)
        buffer.put("outside", at: Point(x: 0, y: 1), clip: pane)
        XCTAssertEqual(buffer.lines, ["  Cont  ", "        "])
        XCTAssertGreaterThanOrEqual(end, pane.maxX, "a cut write reports a column past the pane")
        buffer.put("Risks register", at: Point(x: 4, y: 1))
        XCTAssertEqual(buffer.lines[1], "    Risk")
    }

    func testWritingOverHalfAWideCharacterBlanksTheOtherHalf() {
        var buffer = CellBuffer(width: 6, height: 1)
        buffer.put("情報", at: .zero)
        buffer.put("x", at: Point(x: 1, y: 0))
        XCTAssertEqual(buffer.lines, [" x報  "])
        buffer.put("y", at: Point(x: 2, y: 0))
        XCTAssertEqual(buffer.lines, [" xy   "])
    }

    func testCombiningMarksJoinThePreviousCell() {
        var buffer = CellBuffer(width: 4, height: 1)
        buffer.put("e\u{301}x", at: .zero)
        XCTAssertEqual(buffer.cell(at: .zero).grapheme, "e\u{301}")
        XCTAssertEqual(buffer.cell(at: Point(x: 1, y: 0)).grapheme, "x")
        buffer.put("a", at: Point(x: 2, y: 0))
        buffer.put("\u{308}", at: Point(x: 3, y: 0))
        XCTAssertEqual(buffer.lines, ["e\u{301}xa "], "a lone mark at the start of a write has no cell to join")
    }

    func testStyleIsRecordedPerCell() {
        var buffer = CellBuffer(width: 6, height: 1)
        let warning = Style(foreground: .red, attributes: .bold)
        buffer.put("ab", at: .zero)
        buffer.put("情", at: Point(x: 2, y: 0), style: warning)
        XCTAssertEqual(buffer.style(at: Point(x: 0, y: 0)), .plain)
        XCTAssertEqual(buffer.style(at: Point(x: 2, y: 0)), warning)
        XCTAssertEqual(buffer.style(at: Point(x: 3, y: 0)), warning, "both columns of a wide character")
    }
}
