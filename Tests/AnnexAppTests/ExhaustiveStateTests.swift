@testable import AnnexApp
import AnnexDomain
import XCTest

/// Each key asserts the whole state it leaves (TCA's exhaustive style): the state before with
/// exactly the listed changes, and nothing else, on every screen.
final class ExhaustiveStateTests: XCTestCase {
    private func risks() -> AppState {
        var state = sampleState(height: 30)
        state.width = 100
        state.workspace.risks = [
            Risk(id: "R-001", title: "Ransomware", owner: "anna", inherent: RiskRating(likelihood: 4, impact: 5), status: .treating),
            Risk(id: "R-002", title: "Phishing", owner: "ben", inherent: RiskRating(likelihood: 2, impact: 3), status: .treating),
        ]
        return state
    }

    func testTheHeatMapCursorTheRatingViewAndTheSortChangeNothingElse() {
        var driver = Driver(risks())
        driver.press("3")
        let cursor = driver.state.risks.cursor
        driver.press("k") { $0.risks.cursor = RiskRating(likelihood: cursor.likelihood + 1, impact: cursor.impact) }
        driver.press("l") { $0.risks.cursor = RiskRating(likelihood: cursor.likelihood + 1, impact: cursor.impact + 1) }
        driver.press("v") {
            $0.risks.query.view = .residual
            $0.status = StatusMessage(.info, "Showing residual ratings")
        }
        driver.press("tab") {
            $0.focus = .register
            $0.status = nil
        }
        driver.press(">") {
            let columns = RiskColumn.allCases
            $0.risks.query.sort = columns[(columns.firstIndex(of: $0.risks.query.sort)! + 1) % columns.count]
            $0.status = StatusMessage(.info, "Sorted by \($0.risks.query.sort.title.lowercased())")
        }
        driver.press("r") {
            $0.risks.query.ascending.toggle()
            $0.status = StatusMessage(.info, $0.risks.query.ascending ? "Ascending" : "Descending")
        }
    }

    func testAnActionsFilterChangesTheQueryAndTheStatusAndAMoveOnlyTheSelection() {
        var driver = Driver(actionsState())
        driver.press("5")
        driver.press("o") {
            $0.actions.query.openOnly = false
            $0.status = StatusMessage(.info, "4 actions: all (x resets)")
        }
        let shown = ActionsState.shown(driver.state).map(\.id)
        let at = shown.firstIndex(of: driver.state.actions.selected ?? "") ?? 0
        XCTAssertLessThan(at + 1, shown.count)
        driver.press("j") {
            $0.actions.selected = shown[at + 1]
            $0.status = nil  // every command starts with a clear status line
        }
        driver.press("x") {
            $0.actions.query = ActionQuery()
            $0.status = StatusMessage(.info, "3 actions: open")
        }
    }

    func testMovingInTheAuditsListSelectsTheNextAuditAndNothingElse() {
        var state = sampleState(height: 30)
        state.workspace.audits = [
            Audit(id: "IA-2", title: "Second", status: .planned, auditors: ["anna"], start: Day("2026-11-01"), checklist: ["4.1"]),
            Audit(id: "IA-1", title: "First", status: .planned, auditors: ["anna"], start: Day("2026-06-01"), checklist: ["5.1"]),
        ]
        var driver = Driver(state)
        driver.press("4")
        let order = AuditsState.ordered(driver.state.workspace.audits).map(\.id)
        XCTAssertNil(driver.state.audits.selected, "nothing chosen yet: the first as listed is shown")
        driver.press("j") { $0.audits.selected = order[1] }
        driver.press("k") { $0.audits.selected = order[0] }
        driver.press("escape") { $0.screen = .dashboard }
    }
}
