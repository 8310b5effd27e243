import TerminalCore
import XCTest

/// An ASCII-only terminal gets a readable stand-in, not `?`, wherever one exists.
final class ASCIIFallbackTests: XCTestCase {
    func testLettersLoseTheirAccentsAndSymbolsGetLookAlikes() {
        let shown = "Wrocław Jürgen L4×I5 Rare × Negligible ✓ · – “q”".map { character in
            character.isASCII ? character : ASCIIFallback.character(for: String(character))
        }
        XCTAssertEqual(String(shown), "Wroclaw Jurgen L4xI5 Rare x Negligible + . - \"q\"")
    }

    func testWhatHasNoStandInIsAQuestionMark() {
        XCTAssertEqual(ASCIIFallback.character(for: "漢"), "?")
        XCTAssertEqual(ASCIIFallback.character(for: "\u{1F468}\u{200D}\u{1F469}"), "?")
    }
}
