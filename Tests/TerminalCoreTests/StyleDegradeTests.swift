import TerminalCore
import XCTest

final class StyleDegradeTests: XCTestCase {
    func testMonochromeDropsColoursAndKeepsAttributes() {
        let style = Style(foreground: .red, background: .indexed(236), attributes: [.bold, .underline])
        XCTAssertEqual(style.degraded(to: .monochrome), Style(attributes: [.bold, .underline]))
    }

    func testEightColoursFoldBrightAndPaletteColoursOntoTheBasicOnes() {
        XCTAssertEqual(Style(foreground: .brightRed).degraded(to: .eight).foreground, .red)
        XCTAssertEqual(Color.indexed(196).degraded(to: .eight), .red)
        XCTAssertEqual(Color.indexed(21).degraded(to: .eight), .blue)
        XCTAssertEqual(Color.indexed(9).degraded(to: .eight), .red)
        XCTAssertEqual(Color.default.degraded(to: .eight), .default)
    }

    func testTwoHundredFiftySixColoursKeepEverything() {
        let style = Style(foreground: .indexed(208), background: .brightBlue)
        XCTAssertEqual(style.degraded(to: .twoHundredFiftySix), style)
    }

    func testTheTerminalsColourCountPicksTheDepth() {
        XCTAssertEqual(ColorDepth(colorCount: 0), .monochrome)
        XCTAssertEqual(ColorDepth(colorCount: 8), .eight)
        XCTAssertEqual(ColorDepth(colorCount: 256), .twoHundredFiftySix)
        XCTAssertEqual(ColorDepth(colorCount: 16_777_216), .twoHundredFiftySix)
    }
}
