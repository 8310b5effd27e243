import AnnexApp
import AnnexSession
import TerminalCore
import XCTest

/// Moving round the catalog with the keyboard, as a user does after `annex open`.
final class NavigationScenarioTests: XCTestCase {
    func testTwoOpensTheControlsScreenOnTheFirstClause() throws {
        let workspace = try DemoWorkspace()
        var session = try workspace.session()
        session.press("2")
        XCTAssertEqual(session.state.screen, .controls)
        XCTAssertEqual(session.state.controls.selected, "group:4")
        XCTAssertEqual(session.rows[1].prefix(34), "┌ Catalog ───────────────────────┐")
        XCTAssertEqual(session.rows[2].prefix(34), "│▾ 4 Context of the organization │")
        XCTAssertEqual(session.screen.style(at: Point(x: 1, y: 2)), themes.theme(named: "default")!.style("selection"))
        XCTAssertTrue(session.rows[22].hasPrefix("└────────────────────── 1-20/138 ┘"), session.rows[22])
    }

    func testJAndKMoveTheSelectionOneRowAndTheHighlightFollows() throws {
        let workspace = try DemoWorkspace()
        var session = try workspace.session()
        let selection = themes.theme(named: "default")!.style("selection")
        session.press("2", "j")
        XCTAssertEqual(session.state.controls.selected, "4.1")
        XCTAssertEqual(session.rows[3].prefix(34), "│    4.1 Understanding the org…  │")
        XCTAssertEqual(session.screen.style(at: Point(x: 5, y: 3)), selection)
        XCTAssertNotEqual(session.screen.style(at: Point(x: 5, y: 2)), selection)
        XCTAssertTrue(session.rows[2].hasSuffix("│ 4.1 Understanding the organization and its │"), "the detail shows 4.1: \(session.rows[2])")

        session.press("j", "j", "k")
        XCTAssertEqual(session.state.controls.selected, "4.2")
        XCTAssertEqual(session.screen.style(at: Point(x: 5, y: 4)), selection)
    }

    func testGJumpsToTheLastControlAndScrollsTheListGBringsBackTheTop() throws {
        let workspace = try DemoWorkspace()
        var session = try workspace.session()
        session.press("2", "G")
        XCTAssertEqual(session.state.controls.selected, "A.8.34")
        XCTAssertEqual(session.state.controls.scroll, 138 - 20)
        XCTAssertEqual(session.rows[21].prefix(34), "│  A.8.34  Protection of infor… ·│")
        XCTAssertTrue(session.rows[22].hasPrefix("└─────────────────── 119-138/138 ┘"), session.rows[22])
        XCTAssertFalse(session.rows.contains { $0.contains("Context of the organization") }, "the top of the list has scrolled away")

        session.press("g")
        XCTAssertEqual(session.state.controls.selected, "group:4")
        XCTAssertEqual(session.state.controls.scroll, 0)
        XCTAssertEqual(session.rows[2].prefix(34), "│▾ 4 Context of the organization │")
        XCTAssertTrue(session.rows[22].hasPrefix("└────────────────────── 1-20/138 ┘"), session.rows[22])
    }

    func testHCollapsesAGroupAndLExpandsItAgain() throws {
        let workspace = try DemoWorkspace()
        var session = try workspace.session()
        session.press("2", "h")
        XCTAssertEqual(session.rows[2].prefix(34), "│▸ 4 Context of the organization │")
        XCTAssertEqual(session.rows[3].prefix(34), "│▾ 5 Leadership                  │")
        XCTAssertTrue(session.rows[22].hasPrefix("└────────────────────── 1-20/134 ┘"), "the four clauses of 4 are hidden: \(session.rows[22])")

        session.press("l")
        XCTAssertEqual(session.rows[2].prefix(34), "│▾ 4 Context of the organization │")
        XCTAssertEqual(session.rows[3].prefix(34), "│    4.1 Understanding the org…  │")
    }

    func testLeftOnAControlSelectsItsGroupWhichThenCollapses() throws {
        let workspace = try DemoWorkspace()
        var session = try workspace.session()
        session.press("2", "/")
        session.type("backup")
        session.press("enter", "h")
        XCTAssertEqual(session.state.controls.selected, "group:A.8")
        session.press("h")
        XCTAssertEqual(session.rows[2].prefix(34), "│▸ A.8 Technological contr… 19/33│")
        XCTAssertNil(session.catalogRow("A.8.13"), "the collapsed group hides its controls")
    }

    func testCapitalCCollapsesEveryGroupWithItsCountsAndCapitalEExpandsThem() throws {
        let workspace = try DemoWorkspace()
        var session = try workspace.session()
        session.press("2", "j", "C")
        XCTAssertEqual(session.state.controls.selected, "group:4", "the selected clause's group keeps the selection")
        XCTAssertEqual(session.rows[2..<13].map { String($0.prefix(34)) }, [
            "│▸ 4 Context of the organization │",
            "│▸ 5 Leadership                  │",
            "│▸ 6 Planning                    │",
            "│▸ 7 Support                     │",
            "│▸ 8 Operation                   │",
            "│▸ 9 Performance evaluation      │",
            "│▸ 10 Improvement                │",
            "│▸ A.5 Organizational cont… 22/37│",
            "│▸ A.6 People controls        7/8│",
            "│▸ A.7 Physical controls      6/9│",
            "│▸ A.8 Technological contr… 19/33│",
        ])
        session.press("E")
        XCTAssertEqual(session.rows[3].prefix(34), "│    4.1 Understanding the org…  │")
    }
}
