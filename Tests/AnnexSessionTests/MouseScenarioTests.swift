import AnnexApp
import AnnexDomain
import AnnexSession
import Foundation
import XCTest

/// Clicks on the real frame: wherever a list is drawn, a click on one of its rows selects that
/// row, a click on a pane gives it the focus, a click on a tab switches screens.
final class MouseScenarioTests: XCTestCase {
    private func row(_ text: String, in session: AppSession, file: StaticString = #filePath, line: UInt = #line) throws -> (x: Int, y: Int) {
        let rows = session.rows
        guard let y = rows.firstIndex(where: { $0.contains(text) }), let range = rows[y].range(of: text) else {
            XCTFail("\(text) is not on screen:\n" + rows.joined(separator: "\n"), file: file, line: line)
            throw CancellationError()
        }
        return (rows[y].distance(from: rows[y].startIndex, to: range.lowerBound) + 1, y)
    }

    func testATabClickSwitchesScreens() throws {
        let demo = try DemoWorkspace()
        var session = try demo.session()
        let tab = try row("3 Risks", in: session)
        session.click(x: tab.x, y: tab.y)
        XCTAssertEqual(session.state.screen, .risks)
    }

    func testClickingACatalogRowSelectsItAndTheDetailTakesTheFocus() throws {
        let demo = try DemoWorkspace()
        var session = try demo.session()
        session.press("2")
        // The last catalog row on screen, whatever the tree shows at this size.
        let rows = session.rows
        let y = try XCTUnwrap(rows.indices.last { rows[$0].hasPrefix("│    5.") }, rows.joined(separator: "\n"))
        let id = try XCTUnwrap(rows[y].range(of: #"5\.\d+"#, options: .regularExpression).map { String(rows[y][$0]) })
        session.click(x: 5, y: y)
        XCTAssertEqual(session.state.controls.selected, id)
        session.click(x: 70, y: 10)
        XCTAssertEqual(session.state.focus, .detail)
    }

    func testClickingARegisterRowSelectsThatRisk() throws {
        let demo = try DemoWorkspace()
        var session = try demo.session()
        session.press("3")
        let target = try row("R-005", in: session)
        session.click(x: target.x, y: target.y)
        XCTAssertEqual(session.state.risks.selected, "R-005")
        XCTAssertEqual(session.state.focus, .register)
    }

    func testClickingAnActionRowSelectsThatAction() throws {
        let demo = try DemoWorkspace()
        var session = try demo.session()
        session.press("5")
        let ids = session.rows.compactMap { line in line.range(of: #"CA-\d{3}"#, options: .regularExpression).map { String(line[$0]) } }
        let last = try XCTUnwrap(ids.last, "actions are listed")
        let target = try row(last, in: session)
        session.click(x: target.x, y: target.y)
        XCTAssertEqual(session.state.actions.selected, last)
    }

    func testClickingAnAuditAndAChecklistRowSelectsThem() throws {
        let demo = try DemoWorkspace()
        var session = try demo.session()
        session.press("4")
        let audit = try row("IA-2026-1", in: session)
        session.click(x: audit.x, y: audit.y)
        XCTAssertEqual(session.state.audits.selected, "IA-2026-1")
        let item = try row("│ 3 ", in: session)
        session.click(x: item.x + 4, y: item.y)
        XCTAssertEqual(session.state.focus, .auditPlan)
        XCTAssertEqual(session.state.audits.checklistCursor, 2, "the third checklist row")
    }

    func testAClickBeforeAnyFrameDoesNothing() throws {
        let demo = try DemoWorkspace()
        var session = try demo.session()
        session.send(.click(x: 20, y: 0))
        XCTAssertEqual(session.state.screen, .dashboard, "nothing was drawn there yet")
    }
}

/// A page is the rows the pane had on screen, at any terminal size.
final class PagingScenarioTests: XCTestCase {
    func testPageDownInTheControlDetailMovesByItsPaneOnScreen() throws {
        let demo = try DemoWorkspace()
        for height in [24, 40] {
            var session = try demo.session(width: 100, height: height)
            session.press("2", "tab", "pagedown")
            let pane = try XCTUnwrap(session.state.frame.rows(of: .pane(.detail)))
            XCTAssertEqual(session.state.controls.detailScroll, pane - 3, "at \(height) rows: the pane less its border and one line kept")
        }
    }
}

/// The wheel scrolls the pane under the pointer, whichever pane had the focus.
final class WheelScenarioTests: XCTestCase {
    func testTheWheelOverTheItemPaneScrollsItsText() throws {
        let demo = try DemoWorkspace()
        var session = try demo.session(width: 80, height: 24)
        session.press("4", "enter")
        XCTAssertEqual(session.state.audits.session?.focus, .checklist)
        let cursor = session.state.audits.session?.cursor
        session.send(.wheel(up: false, x: 60, y: 4))
        session.draw()
        XCTAssertEqual(session.state.audits.session?.focus, .item, "the pane under the pointer")
        XCTAssertEqual(session.state.audits.session?.itemScroll, 1, "its text moved a line")
        XCTAssertEqual(session.state.audits.session?.cursor, cursor, "the checklist did not move")
    }
}
