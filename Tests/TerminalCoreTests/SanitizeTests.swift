import TerminalCore
import XCTest

final class SanitizeTests: XCTestCase {
    func testAnEscapeSequenceInDataIsShownNotObeyed() {
        XCTAssertEqual(Sanitize.text("\u{1b}[31mred\u{1b}[0m"), "^[[31mred^[[0m")
        var buffer = CellBuffer(width: 16, height: 1)
        buffer.put("\u{1b}[31mred", at: .zero)
        XCTAssertEqual(buffer.lines, ["^[[31mred       "])
    }

    func testC0DelAndC1ControlsBecomeVisible() {
        XCTAssertEqual(Sanitize.text("a\u{7}b\u{0}c\u{7f}"), "a^Gb^@c^?")
        XCTAssertEqual(Sanitize.text("x\u{9b}31m"), "x<9B>31m")
        XCTAssertEqual(Sanitize.text("\u{85}", newline: .space), " ", "NEL is a line break")
    }

    func testTabsAndLineBreaksFollowTheCallersChoice() {
        XCTAssertEqual(Sanitize.text("a\tb"), "a b")
        XCTAssertEqual(Sanitize.text("line one\nline two"), "line one⏎line two")
        XCTAssertEqual(Sanitize.text("one\r\ntwo", newline: .space), "one two")
        XCTAssertEqual(Sanitize.text("cr\ronly"), "cr^Monly")
    }

    func testBidirectionalOverridesAreShown() {
        XCTAssertEqual(Sanitize.text("abc\u{202E}def"), "abc<U+202E>def")
    }

    func testOrdinaryTextIsUnchanged() {
        let text = "Überprüfung – ✓ 情報 👩‍💻 e\u{301}"
        XCTAssertEqual(Sanitize.text(text), text)
    }

    func testNoRawControlCharacterEverReachesABuffer() {
        var buffer = CellBuffer(width: 40, height: 1)
        buffer.put("\u{1b}]0;owned\u{7}\u{9b}2J\r\n\u{8}", at: .zero)
        let scalars = buffer.lines.joined().unicodeScalars
        XCTAssertFalse(scalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        XCTAssertEqual(buffer.lines(trimmingTrailingSpaces: true), ["^[]0;owned^G<9B>2J⏎^H"])
    }
}
