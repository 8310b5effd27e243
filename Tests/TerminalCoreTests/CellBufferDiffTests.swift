import TerminalCore
import XCTest

final class CellBufferDiffTests: XCTestCase {
    private func frame(selected row: Int) -> CellBuffer {
        var buffer = CellBuffer(width: 20, height: 4)
        for (index, name) in ["A.5.1 Policies", "A.5.2 Roles", "A.5.3 Duties", "A.5.4 Management"].enumerated() {
            let style = index == row ? Style.attributes(.reverse) : .plain
            buffer.put(DisplayWidth.fit(name, to: 20), at: Point(x: 0, y: index), style: style)
        }
        return buffer
    }

    func testMovingTheSelectionSendsOnlyTheTwoRowsThatChanged() {
        let runs = frame(selected: 2).diff(from: frame(selected: 1))
        XCTAssertEqual(runs.map(\.start), [Point(x: 0, y: 1), Point(x: 0, y: 2)])
        XCTAssertEqual(runs.map(\.cells.count), [20, 20])
    }

    func testChangingOneLetterInOneRowSendsOnlyThatCell() {
        let before = frame(selected: 0)
        var after = before
        after.put("Rules", at: Point(x: 6, y: 1))
        let runs = after.diff(from: before)
        XCTAssertEqual(runs.count, 1)
        XCTAssertEqual(runs[0].start, Point(x: 7, y: 1), "Roles -> Rules")
        XCTAssertEqual(runs[0].cells.map(\.grapheme).joined(), "u")
    }

    func testIdenticalFramesSendNothing() {
        XCTAssertEqual(frame(selected: 1).diff(from: frame(selected: 1)), [])
    }

    func testARunNeverSplitsAWideCharacter() {
        var before = CellBuffer(width: 6, height: 1)
        before.put("情報", at: .zero)
        var after = before
        after.put("報", at: Point(x: 2, y: 0), style: Style(foreground: .red))
        let runs = after.diff(from: before)
        XCTAssertEqual(runs.count, 1)
        XCTAssertEqual(runs[0].start, Point(x: 2, y: 0))
        XCTAssertEqual(runs[0].cells.count, 2)
        XCTAssertTrue(runs[0].cells[1].isContinuation)
    }

    func testWithoutAPreviousFrameOrAfterAResizeEverythingIsSent() {
        let current = frame(selected: 0)
        XCTAssertEqual(current.diff(from: nil).count, 4)
        XCTAssertEqual(current.diff(from: CellBuffer(width: 10, height: 4)).map(\.cells.count), [20, 20, 20, 20])
    }
}
