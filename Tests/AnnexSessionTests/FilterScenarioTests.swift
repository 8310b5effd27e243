import AnnexApp
import AnnexSession
import TerminalCore
import XCTest

/// Filter-as-you-type on the catalog: `/`, a few letters, Enter; Esc brings everything back.
final class FilterScenarioTests: XCTestCase {
    func testTypingBackupNarrowsTheCatalogToTheBackupControl() throws {
        let workspace = try DemoWorkspace()
        var session = try workspace.session()
        session.press("2", "/")
        session.type("backup")
        XCTAssertEqual(session.rows[23], " Filter /  backup", "the filter bar takes the status line's row")
        session.press("enter")

        XCTAssertEqual(session.listedControls, ["A.8.13"])
        XCTAssertEqual(session.state.controls.selected, "A.8.13")
        XCTAssertEqual(session.rows[1].prefix(34), "┌ Catalog (1 shown: \"backup\") ───┐")
        XCTAssertEqual(session.rows[2].prefix(34), "│▾ A.8 Technological contr… 19/33│")
        XCTAssertEqual(session.rows[3].prefix(34), "│  A.8.13  Information backup   ✓│")
        XCTAssertEqual(session.rows[4].prefix(34), "│                                │", "nothing else is listed")
        XCTAssertTrue(session.rows[2].hasSuffix("│ A.8.13 Information backup                  │"), "the detail shows the match")
        XCTAssertTrue(session.statusLine.contains("1 control matches \"backup\""), session.statusLine)
    }

    func testEscAfterFilteringClearsTheFilterAndEveryControlIsBack() throws {
        let workspace = try DemoWorkspace()
        var session = try workspace.session()
        session.press("2", "/")
        session.type("backup")
        session.press("enter", "escape")

        XCTAssertEqual(session.listedControls.count, 93)
        XCTAssertEqual(session.rows[1].prefix(34), "┌ Catalog ───────────────────────┐")
        XCTAssertTrue(session.statusLine.hasPrefix(" Filters cleared "), session.statusLine)
        XCTAssertEqual(session.state.controls.selected, "A.8.13", "the control found stays selected")
        XCTAssertNotNil(session.catalogRow("A.8.13"), "and is scrolled into view")
    }

    func testEscWhileTypingPutsBackTheFilterThatWasThereBefore() throws {
        let workspace = try DemoWorkspace()
        var session = try workspace.session()
        session.press("2", "/")
        session.type("backup")
        session.press("enter", "/", "ctrl+u")
        session.type("crypto")
        XCTAssertEqual(session.listedControls, ["A.8.24"], "the list follows the typing")
        session.press("escape")

        XCTAssertNil(session.state.popup)
        XCTAssertEqual(session.listedControls, ["A.8.13"])
        XCTAssertEqual(session.rows[1].prefix(34), "┌ Catalog (1 shown: \"backup\") ───┐")
    }

    func testAFilterThatMatchesNothingSaysHowToClearIt() throws {
        let workspace = try DemoWorkspace()
        var session = try workspace.session()
        session.press("2", "/")
        session.type("zzzz")
        session.press("enter")
        XCTAssertEqual(session.rows[2].prefix(34), "│Nothing matches the filter. x cl│")
        session.press("x")
        XCTAssertEqual(session.listedControls.count, 93)
    }
}
