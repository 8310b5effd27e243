import TerminalCore
import XCTest

final class TruncationTests: XCTestCase {
    func testTextThatFitsIsLeftAlone() {
        XCTAssertEqual(DisplayWidth.truncate("Risks", to: 5), "Risks")
    }

    func testLongTextEndsInAnEllipsisWithinTheColumns() {
        XCTAssertEqual(DisplayWidth.truncate("Information security policy", to: 10), "Informati…")
        XCTAssertEqual(DisplayWidth.truncate("Information", to: 6, ellipsis: "..."), "Inf...")
    }

    func testAWideCharacterIsNeverCutInHalf() {
        // 情報 is 4 columns; the next character would need columns 5-6 of a 5-column space.
        let cut = DisplayWidth.truncate("情報セキュリティ", to: 6)
        XCTAssertEqual(cut, "情報…")
        XCTAssertEqual(DisplayWidth.of(cut), 5)
        XCTAssertEqual(DisplayWidth.fit("情報セキュリティ", to: 6), "情報… ")
        XCTAssertEqual(DisplayWidth.prefix(of: "情報", fitting: 3), "情")
    }

    func testCombiningMarksStayWithTheirLetter() {
        XCTAssertEqual(DisplayWidth.truncate("Pru\u{308}fung", to: 4), "Pru\u{308}…")
    }

    func testNoRoomForTheEllipsisCutsWithoutIt() {
        XCTAssertEqual(DisplayWidth.truncate("Controls", to: 0), "")
        XCTAssertEqual(DisplayWidth.truncate("Controls", to: 2, ellipsis: "..."), "Co")
    }

    func testPaddingFillsToTheColumnsByDisplayWidth() {
        XCTAssertEqual(DisplayWidth.pad("情報", to: 6), "情報  ")
        XCTAssertEqual(DisplayWidth.pad("7", to: 3, alignment: .trailing), "  7")
        XCTAssertEqual(DisplayWidth.pad("ab", to: 5, alignment: .center), " ab  ")
        XCTAssertEqual(DisplayWidth.pad("toolong", to: 3), "toolong")
    }

    func testStringHelpersMatchTheFunctions() {
        XCTAssertEqual("情報セキュリティ".displayWidth, 16)
        XCTAssertEqual("情報セキュリティ".truncated(to: 6), "情報…")
        XCTAssertEqual("Risk".padded(to: 6), "Risk  ")
        XCTAssertEqual("Information".fitted(to: 8, alignment: .trailing), "Informa…")
    }
}
