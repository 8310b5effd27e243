import TerminalCore
import XCTest

final class UnbracketedPasteTests: XCTestCase {
    private func keys(_ text: String) -> [KeyEvent] {
        text.map { $0 == "\r" ? .key(.enter) : .key(.character($0)) }
    }

    func testLinesOfTextArrivingAtOnceAreOnePaste() {
        XCTAssertEqual(UnbracketedPaste.coalesce(keys("one\rtwo\rthree")), [.paste("one\ntwo\nthree")])
    }

    func testKeysThatAreNotSeveralLinesStayKeys() {
        XCTAssertEqual(UnbracketedPaste.coalesce(keys("jjj")), keys("jjj"), "one line, even at once")
        XCTAssertEqual(UnbracketedPaste.coalesce(keys("abc\r")), keys("abc\r"), "a line and Enter: the Enter saves")
        XCTAssertEqual(UnbracketedPaste.coalesce(keys("\rc")), keys("\rc"), "Enter then a command key")
        let withArrow = keys("a\rb") + [.key(.up)]
        XCTAssertEqual(UnbracketedPaste.coalesce(withArrow), withArrow, "a special key in between: typed, not pasted")
    }
}
