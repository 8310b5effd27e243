@testable import AnnexApp
import XCTest

final class TextAreaTests: XCTestCase {
    func testPastedLineBreaksAreKeptAndNormalisedAndControlsDropped() {
        var area = TextArea()
        area.insert("one\r\ntwo\rthree\tfour\u{1B}[31m\u{7}")
        XCTAssertEqual(area.text, "one\ntwo\nthree four[31m")
    }

    func testUpAndDownKeepTheColumnWhereTheLineIsLongEnough() {
        var area = TextArea("first line\nab\nthird line")
        area.moveUp()            // from the end of "third line" (column 10) to the end of "ab"
        XCTAssertEqual(area.cursorLine.line, 1)
        XCTAssertEqual(area.cursorLine.column, 2)
        area.moveUp()
        XCTAssertEqual(area.cursorLine.line, 0)
        XCTAssertEqual(area.cursorLine.column, 2)
        area.moveDown()
        area.moveDown()
        XCTAssertEqual(area.cursorLine.line, 2)
        XCTAssertEqual(area.cursorLine.column, 2)
        area.moveDown()
        XCTAssertEqual(area.cursor, area.characters.count, "down on the last line goes to its end")
    }

    func testLineWiseDeletesStayOnTheirLine() {
        var area = TextArea("keep this\ndrop me")
        area.deleteToStart()
        XCTAssertEqual(area.text, "keep this\n")
        area.insert("new tail")
        area.moveUp()
        area.moveHome()
        area.moveRight()
        area.moveRight()
        area.moveRight()
        area.moveRight()
        area.deleteToEnd()
        XCTAssertEqual(area.text, "keep\nnew tail")
    }

    func testWordDeleteAtTheStartOfALineJoinsItToThePreviousOne() {
        var area = TextArea("one\ntwo")
        area.moveHome()
        area.deleteWordBackward()
        XCTAssertEqual(area.text, "onetwo")
    }

    func testAWallOfTextStopsAtTheLimit() {
        var area = TextArea(limit: 10)
        area.insert(String(repeating: "x", count: 50))
        XCTAssertEqual(area.characters.count, 10)
        area.insert("more")
        XCTAssertEqual(area.characters.count, 10)
    }

    func testGraphemesCountAsOneCharacter() {
        var area = TextArea("Zürich 👩‍👩‍👧")
        area.deleteBackward()
        XCTAssertEqual(area.text, "Zürich ")
    }
}
