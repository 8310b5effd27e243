@testable import AnnexApp
import AnnexDomain
import XCTest

/// What a certification auditor would catch is said when it is saved: a control excluded while
/// risks rely on it, a residual rating above the inherent one, an unknown owner; person fields
/// complete from the people; the evidence of a control lists each id once.
final class ConsistencyWarningTests: XCTestCase {
    private func state() -> AppState {
        var state = sampleState(height: 30)
        state.width = 100
        state.workspace.risks = [
            Risk(id: "R-001", title: "Ransomware", owner: "anna", inherent: RiskRating(likelihood: 2, impact: 2), controls: ["A.7.4"], status: .treating),
            Risk(id: "R-002", title: "Old", owner: "anna", inherent: RiskRating(likelihood: 2, impact: 2), controls: ["A.7.4"], status: .closed),
        ]
        return state
    }

    func testExcludingAControlARisksTreatmentReliesOnSaysWhichRisks() {
        var driver = Driver(state())
        driver.send(.character("2"), .character("/"))
        driver.type("A.7.4")
        driver.send(.enter, .character("a"), .named("ctrl+u"))
        driver.type("No own premises")
        driver.send(.enter)
        XCTAssertFalse(driver.state.workspace.soa["A.7.4"]!.applicable, "excluded as asked: it is the user's call")
        XCTAssertEqual(driver.state.status?.text, "A.7.4 excluded (note: the treatment of R-001 relies on it)", "a closed risk does not count")
    }

    func testAResidualRatingAboveTheInherentOneIsSaidWhenSaved() {
        var driver = Driver(state())
        driver.send(.character("3"), .tab, .character("e"))
        guard var form = driver.state.popup?.layer(RiskForm.self) else { return XCTFail("no form") }
        form.residualLikelihood = 4
        form.residualImpact = 4
        driver.state.popup = .of(form)
        driver.send(.enter)
        XCTAssertEqual(driver.state.workspace.risks.first { $0.id == "R-001" }?.residual, RiskRating(likelihood: 4, impact: 4))
        XCTAssertTrue(driver.state.status?.text.hasSuffix("(note: the residual rating 16 is above the inherent 4)") ?? false, driver.state.status?.text ?? "")
    }

    func testTabInTheRiskOwnerFieldCompletesAPersonThenMovesOn() {
        var driver = Driver(state())
        driver.send(.character("3"), .character("a"))
        driver.type("Supplier breach")
        while driver.state.popup?.layer(RiskForm.self)?.field != .owner { driver.send(.tab) }
        driver.type("an")
        driver.send(.tab)
        XCTAssertEqual(driver.state.popup?.layer(RiskForm.self)?.text(.owner), "anna", "completed from the people of annex.yaml")
        XCTAssertEqual(driver.state.popup?.layer(RiskForm.self)?.field, .owner, "completing stays on the field")
        driver.send(.tab)
        XCTAssertNotEqual(driver.state.popup?.layer(RiskForm.self)?.field, .owner, "a whole id moves on")
    }

    func testTheEvidenceOfAControlListsEachIDOnce() {
        var driver = Driver(state())
        driver.send(.character("2"), .character("/"))
        driver.type("A.5.1")
        driver.send(.enter, .tab, .character("e"), .named("ctrl+u"))
        driver.type("EV-1, EV-2, EV-1 , EV-2")
        driver.send(.enter)
        XCTAssertEqual(driver.state.workspace.soa["A.5.1"]?.evidence, ["EV-1", "EV-2"])
    }
}
