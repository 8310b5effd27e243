import TerminalCore
import XCTest

final class KeyEventNameTests: XCTestCase {
    func testEveryKeyRoundTripsThroughItsName() {
        var keys: [Key] = [
            .character("j"), .character("J"), .character(" "), .character("ü"), .character("情"), .character("+"),
            .ctrl("c"), .ctrl(" "), .ctrl("]"),
            .enter, .escape, .tab, .backTab, .backspace, .delete, .insert,
            .up, .down, .left, .right, .home, .end, .pageUp, .pageDown,
        ]
        keys += (1...12).map(Key.function)
        for key in keys {
            XCTAssertEqual(KeyEvent(name: KeyEvent.key(key).name), .key(key), key.name)
        }
    }

    func testNamesAreTheOnesKeymapsUse() {
        XCTAssertEqual(KeyEvent.key(.character("j")).name, "j")
        XCTAssertEqual(KeyEvent.key(.ctrl("c")).name, "ctrl+c")
        XCTAssertEqual(KeyEvent.key(.enter).name, "enter")
        XCTAssertEqual(KeyEvent.key(.down).name, "down")
        XCTAssertEqual(KeyEvent.key(.backTab).name, "shift+tab")
        XCTAssertEqual(KeyEvent.key(.character(" ")).name, "space")
        XCTAssertEqual(KeyEvent.key(.function(5)).name, "f5")
        XCTAssertEqual(KeyEvent.paste("text").name, "paste")
        XCTAssertEqual(KeyEvent.mouse(MouseEvent(.wheelDown, at: .zero)).name, "wheeldown")
        XCTAssertEqual(KeyEvent.resize(Size(width: 80, height: 24)).name, "resize")
    }

    func testAliasesAndLetterCaseOfNamedKeysAreAccepted() {
        XCTAssertEqual(KeyEvent(name: "Return"), .key(.enter))
        XCTAssertEqual(KeyEvent(name: "esc"), .key(.escape))
        XCTAssertEqual(KeyEvent(name: "CTRL+C"), .key(.ctrl("c")))
        XCTAssertEqual(KeyEvent(name: "PgDn"), .key(.pageDown))
        XCTAssertEqual(KeyEvent(name: "M"), .key(.character("M")), "single characters keep their case")
    }

    func testUnknownNamesAreRejected() {
        for name in ["", "ctrl+", "f13", "hyper+x", "ctrl+ab"] {
            XCTAssertNil(KeyEvent(name: name), name)
        }
    }

    func testControlBytesFromTheTerminalAreNamedKeys() {
        XCTAssertEqual(Key(controlCode: 0x03), .ctrl("c"))
        XCTAssertEqual(Key(controlCode: 0x0D), .enter)
        XCTAssertEqual(Key(controlCode: 0x0A), .enter)
        XCTAssertEqual(Key(controlCode: 0x09), .tab)
        XCTAssertEqual(Key(controlCode: 0x7F), .backspace)
        XCTAssertEqual(Key(controlCode: 0x1B), .escape)
        XCTAssertNil(Key(controlCode: 0x41))
    }
}
