import TerminalCore
import XCTest

final class DisplayWidthTests: XCTestCase {
    func testASCIITakesOneColumnPerCharacter() {
        XCTAssertEqual(DisplayWidth.of("A.5.1 Policies"), 14)
        XCTAssertEqual(DisplayWidth.of(""), 0)
    }

    func testAccentsDashesAndChecksTakeOneColumn() {
        XCTAssertEqual(DisplayWidth.of("Überprüfung – ✓"), 15)
    }

    func testDecomposedAccentsTakeTheColumnsOfTheirBaseLetters() {
        // "Überprüfung" written with U+0308 combining diaeresis instead of precomposed letters.
        XCTAssertEqual(DisplayWidth.of("U\u{308}berpru\u{308}fung"), 11)
        XCTAssertEqual(DisplayWidth.of(Character("e\u{301}")), 1)
        XCTAssertEqual(DisplayWidth.of("\u{301}" as Unicode.Scalar), 0)
    }

    func testCJKAndHangulTakeTwoColumnsEach() {
        XCTAssertEqual(DisplayWidth.of("情報セキュリティ"), 16)
        XCTAssertEqual(DisplayWidth.of("정보보호"), 8)
        XCTAssertEqual(DisplayWidth.of("ＡＢＣ"), 6, "fullwidth forms")
    }

    func testEmojiTakeTwoColumns() {
        XCTAssertEqual(DisplayWidth.of("✅"), 2)
        XCTAssertEqual(DisplayWidth.of("🔒 Zugang"), 9)
        XCTAssertEqual(DisplayWidth.of(Character("👍🏽")), 2, "a skin tone joins its emoji")
        XCTAssertEqual(DisplayWidth.of(Character("👩‍💻")), 2, "a ZWJ sequence is one character")
    }

    func testZeroWidthJoinersAndSpacesTakeNoColumns() {
        XCTAssertEqual(DisplayWidth.of("\u{200D}" as Unicode.Scalar), 0)
        XCTAssertEqual(DisplayWidth.of("a\u{200B}b"), 2)
    }

    func testControlCharactersCountAsTheirVisibleEscape() {
        XCTAssertEqual(DisplayWidth.of("\u{1b}[31m"), 6, "^[[31m")
        XCTAssertEqual(DisplayWidth.of("a\tb"), 3)
    }
}
