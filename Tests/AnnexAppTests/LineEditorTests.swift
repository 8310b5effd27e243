@testable import AnnexApp
import XCTest

final class LineEditorTests: XCTestCase {
    func testEditsByGraphemeWithCursorKeys() {
        var editor = LineEditor("Überprüfung")
        editor.moveHome()
        editor.moveRight()
        editor.deleteBackward()
        XCTAssertEqual(editor.text, "berprüfung")
        editor.insert("Ü")
        editor.moveEnd()
        editor.insert(" – ✓ 情報")
        XCTAssertEqual(editor.text, "Überprüfung – ✓ 情報")
        editor.deleteBackward()
        XCTAssertEqual(editor.text, "Überprüfung – ✓ 情")
    }

    func testWordMovesAndDeletes() {
        var editor = LineEditor("access control policy")
        editor.deleteWordBackward()
        XCTAssertEqual(editor.text, "access control ")
        editor.moveWordLeft()
        XCTAssertEqual(editor.cursor, 7)
        editor.deleteToEnd()
        XCTAssertEqual(editor.text, "access ")
        editor.moveHome()
        editor.moveWordRight()
        XCTAssertEqual(editor.cursor, 6)
        editor.deleteToStart()
        XCTAssertEqual(editor.text, " ")
    }

    func testPasteIsOneLineWithoutControlCharactersAndBounded() {
        var editor = LineEditor(limit: 20)
        editor.insert("a\tb\nc\u{1b}[31md" + String(repeating: "x", count: 100))
        XCTAssertEqual(editor.text, "a b c[31mdxxxxxxxxxx")
        XCTAssertEqual(editor.text.count, 20)
    }

    func testFuzzyMatchPrefersWordStartsAndRuns() {
        XCTAssertNil(FuzzyMatch.score("xyz", in: "Controls and SoA"))
        let cycle = FuzzyMatch.score("cs", in: "Cycle implementation status")!
        let clear = FuzzyMatch.score("cs", in: "Clear filters")!
        XCTAssertGreaterThan(cycle, clear)
        XCTAssertTrue(FuzzyMatch.containsAllWords("access pol", in: "A.5.15 Access control policy"))
    }
}
