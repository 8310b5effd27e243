@testable import AnnexApp
import AnnexDomain
import XCTest

/// Once the first frame is drawn, what screens derive is built before anyone asks: the first
/// visit to Risks on 10,000 risks finds its register sorted and searchable.
final class WarmUpTests: XCTestCase {
    private func manyRisks() -> AppState {
        var state = sampleState(height: 30)
        state.width = 100
        state.workspace.risks = (1...300).map { number in
            Risk(id: String(format: "R-%05d", number), title: "Risk \(number)", owner: number % 2 == 0 ? "anna" : "ben",
                 inherent: RiskRating(likelihood: 1 + number % 5, impact: 1 + number / 5 % 5), status: .treating)
        }
        return state
    }

    func testTheRegisterIsBuiltBeforeTheFirstVisitAndTheVisitUsesIt() throws {
        var driver = Driver(manyRisks())
        XCTAssertNil(driver.state.risks.cache, "nothing is built while the dashboard is drawn")
        driver.dispatch(.warmUp)
        let built = try XCTUnwrap(driver.state.risks.cache)
        XCTAssertTrue(built.isCurrent(for: driver.state))
        XCTAssertEqual(driver.state.screen, .dashboard, "warming up shows nothing else")

        driver.send(.character("3"))
        XCTAssertEqual(driver.state.screen, .risks)
        XCTAssertEqual(driver.state.risks.cache, built, "the first visit did not build the register again")
        XCTAssertEqual(driver.state.risks.selected, RisksState.shown(driver.state).first?.id)
    }

    func testAChangedWorkspaceAfterWarmingUpIsNotShownFromTheOldRegister() throws {
        var driver = Driver(manyRisks())
        driver.dispatch(.warmUp)
        driver.state.workspace.risks.removeLast(100)
        driver.send(.character("3"))
        XCTAssertEqual(RisksState.shown(driver.state).count, 200)
        XCTAssertEqual(driver.state.risks.cache?.shown.count, 200)
    }
}
