@testable import AnnexApp
import AnnexDomain
import XCTest

/// A deterministic id source: R-000000, then R-111111 …
private func countingIDs() -> IDGenerator {
    final class Counter: @unchecked Sendable { var value: UInt8 = 0 }
    let counter = Counter()
    return IDGenerator(randomByte: { counter.value })
}

private func riskState() -> AppState {
    var state = sampleState(height: 30)
    state.width = 100
    state.workspace.risks = [
        Risk(id: "R-001", title: "Ransomware", owner: "anna", inherent: RiskRating(likelihood: 4, impact: 5), controls: ["A.8.13"],
             residual: RiskRating(likelihood: 2, impact: 4), status: .treating),
        Risk(id: "R-002", title: "Phishing", owner: "ben", inherent: RiskRating(likelihood: 4, impact: 4), status: .treating),
        Risk(id: "R-003", title: "Lost laptop", owner: "ben", inherent: RiskRating(likelihood: 2, impact: 3), treatment: .retain,
             nextReview: Day("2026-01-01"), status: .accepted),
    ]
    return state
}

final class RisksReducerTests: XCTestCase {
    func testOpeningTheScreenSelectsTheFirstRiskAndFocusesTheHeatMap() {
        var driver = Driver(riskState())
        driver.send(.character("3"))
        XCTAssertEqual(driver.state.screen, .risks)
        XCTAssertEqual(driver.state.focus, .heatMap)
        XCTAssertEqual(driver.state.context, .heatMap)
        XCTAssertEqual(driver.state.risks.selected, "R-001")
    }

    func testTheCursorMovesWithinTheMatrixAndEnterFiltersTheRegisterToTheCell() {
        var driver = Driver(riskState())
        driver.send(.character("3"))
        for _ in 0..<10 { driver.send(.character("k")) }
        XCTAssertEqual(driver.state.risks.cursor, RiskRating(likelihood: 5, impact: 1), "clamped to the top of the scale")
        driver.send(.character("j"), .character("l"), .character("l"), .character("l"))
        XCTAssertEqual(driver.state.risks.cursor, RiskRating(likelihood: 4, impact: 4))
        driver.send(.enter)
        XCTAssertEqual(driver.state.risks.query.cell, RiskRating(likelihood: 4, impact: 4))
        XCTAssertEqual(RisksState.shown(driver.state).map(\.id), ["R-002"])
        XCTAssertEqual(driver.state.risks.selected, "R-002")
        XCTAssertEqual(driver.state.focus, .register)
        XCTAssertEqual(driver.state.status?.text, "1 risk: cell L4×I4 (x clears)")
        driver.send(.escape)
        XCTAssertNil(driver.state.risks.query.cell, "Esc clears the filter first")
    }

    func testTheResidualViewCountsRisksAtTheirCurrentRating() {
        var driver = Driver(riskState())
        driver.send(.character("3"), .character("v"))
        XCTAssertEqual(driver.state.risks.query.view, .residual)
        driver.state.risks.cursor = RiskRating(likelihood: 2, impact: 4)
        driver.send(.enter)
        XCTAssertEqual(RisksState.shown(driver.state).map(\.id), ["R-001"])
    }

    func testSortingAndFilteringTheRegister() {
        var driver = Driver(riskState())
        driver.send(.character("3"), .tab)
        XCTAssertEqual(driver.state.context, .register)
        driver.send(.character(">"))
        XCTAssertEqual(driver.state.risks.query.sort, .title)
        XCTAssertEqual(RisksState.shown(driver.state).map(\.id), ["R-003", "R-002", "R-001"])
        driver.send(.character("r"))
        XCTAssertEqual(RisksState.shown(driver.state).map(\.id), ["R-001", "R-002", "R-003"])
        driver.send(.character("O"))
        XCTAssertEqual(driver.state.risks.query.owner, "anna")
        XCTAssertEqual(RisksState.shown(driver.state).map(\.id), ["R-001"])
        driver.send(.character("x"), .character("!"))
        XCTAssertEqual(RisksState.shown(driver.state).map(\.id), ["R-003"], "only the overdue review")
        driver.send(.character("x"), .character("/"))
        driver.type("phish")
        XCTAssertEqual(RisksState.shown(driver.state).map(\.id), ["R-002"])
        driver.send(.enter)
        XCTAssertEqual(driver.state.risks.selected, "R-002")
    }

    /// The register is filtered once per change and kept; whatever changes (the query, a risk,
    /// an undo), what the cache holds is what a fresh filter gives.
    func testTheCachedRegisterFollowsEveryChange() {
        var driver = Driver(riskState())
        func fresh() -> [String] {
            driver.state.risks.query.apply(driver.state.workspace.risks, matrix: driver.state.workspace.config.riskMatrix, today: driver.state.today).map(\.id)
        }
        driver.send(.character("3"), .tab, .character("/"))
        driver.type("PHISH")
        XCTAssertEqual(driver.state.risks.cache?.shown.map(\.id), ["R-002"], "case does not matter")
        for _ in 0..<4 { driver.send(.backspace) }
        XCTAssertEqual(driver.state.risks.query.text, "P")
        XCTAssertEqual(driver.state.risks.cache?.shown.map(\.id), fresh(), "a shorter text widens again")
        driver.type("hish")
        XCTAssertEqual(driver.state.risks.cache?.shown.map(\.id), ["R-002"])
        XCTAssertEqual(driver.state.risks.cache?.figures, RiskFigures(risks: driver.state.workspace.risks, matrix: driver.state.workspace.config.riskMatrix, view: .inherent))
        driver.send(.escape, .character("e"))
        driver.send(.named("ctrl+u"))
        driver.type("Phishing of finance staff")
        driver.send(.enter)
        XCTAssertEqual(driver.state.risks.cache?.shown.map(\.id), fresh())
        XCTAssertEqual(driver.state.risks.cache?.shown.first { $0.id == "R-002" }?.title, "Phishing of finance staff", "an edit reaches the cache")
        driver.send(.character("u"))
        XCTAssertEqual(driver.state.risks.cache?.shown.first { $0.id == "R-002" }?.title, "Phishing")
        driver.send(.character("d"), .character("y"))
        XCTAssertEqual(driver.state.risks.cache?.shown.map(\.id), fresh())
        XCTAssertEqual(driver.state.risks.cache?.shown.count, 2)
    }

    func testAddRateLinkTwoControlsThenUndo() {
        var state = riskState()
        state.screen = .risks
        state.focus = .heatMap
        state.risks.cursor = RiskRating(likelihood: 3, impact: 3)
        var driver = Driver(state)
        driver = Driver(driver.state, reducer: AppReducer(ids: countingIDs()))
        let before = RiskFigures(risks: driver.state.workspace.risks, matrix: .standard5x5, view: .inherent).count(likelihood: 3, impact: 3)

        driver.send(.character("a"))
        guard let form = driver.state.popup?.layer(RiskForm.self) else { return XCTFail("no form") }
        XCTAssertTrue(form.isNew)
        XCTAssertEqual(form.id, "R-000000")
        XCTAssertEqual(form.inherent, RiskRating(likelihood: 3, impact: 3), "starts on the cursor's cell")
        driver.type("Supplier breach")
        // Down to likelihood: title, description, assets, threat, vulnerability, owner, likelihood.
        for _ in 0..<6 { driver.send(.down) }
        driver.send(.right)
        driver.send(.down, .character("5"))
        guard let rated = driver.state.popup?.layer(RiskForm.self) else { return XCTFail("no form") }
        XCTAssertEqual(rated.inherent, RiskRating(likelihood: 4, impact: 5), "the rating follows the keys live")
        driver.send(.down, .down, .enter)
        guard driver.state.popup?.layer(ControlPicker.self) != nil else { return XCTFail("Enter on Controls opens the picker") }
        driver.type("supplier relationships")
        driver.send(.tab)
        driver.send(.named("ctrl+u"))
        driver.type("backup")
        driver.send(.tab, .enter)
        guard let linked = driver.state.popup?.layer(RiskForm.self) else { return XCTFail("back in the form") }
        XCTAssertEqual(linked.controls, ["A.5.19", "A.8.13"])
        driver.send(.enter)

        XCTAssertNil(driver.state.popup)
        let added = driver.state.workspace.risks.first { $0.id == "R-000000" }
        XCTAssertEqual(added?.title, "Supplier breach")
        XCTAssertEqual(added?.inherent, RiskRating(likelihood: 4, impact: 5))
        XCTAssertEqual(added?.controls, ["A.5.19", "A.8.13"])
        XCTAssertEqual(driver.savedRisks.last, added)
        XCTAssertEqual(driver.state.status, StatusMessage(.saved, "R-000000 added (critical)"))
        let figures = RiskFigures(risks: driver.state.workspace.risks, matrix: .standard5x5, view: .inherent)
        XCTAssertEqual(figures.count(likelihood: 4, impact: 5), 2)
        XCTAssertEqual(figures.count(likelihood: 3, impact: 3), before)

        driver.send(.character("u"))
        XCTAssertNil(driver.state.workspace.risks.first { $0.id == "R-000000" })
        XCTAssertEqual(driver.deletedRisks.last?.id, "R-000000")
    }

    func testEditingTheResidualRatingAndRetainingAHighRiskNeedsAnAcceptance() {
        var driver = Driver(riskState())
        driver.send(.character("3"), .tab)
        driver.send(.character("e"))
        guard var form = driver.state.popup?.layer(RiskForm.self) else { return XCTFail("no form") }
        form.field = .residualLikelihood
        driver.state.popup = .of(form)
        driver.send(.character("4"), .down, .character("4"))
        driver.send(.down)  // status
        driver.send(.up, .up, .up, .up, .up, .up)  // back to treatment
        guard let moved = driver.state.popup?.layer(RiskForm.self) else { return XCTFail("no form") }
        XCTAssertEqual(moved.field, .treatment)
        driver.send(.character(" "))
        guard let retained = driver.state.popup?.layer(RiskForm.self) else { return XCTFail("no form") }
        XCTAssertEqual(retained.treatment, .retain)
        driver.send(.enter)
        guard let refused = driver.state.popup?.layer(RiskForm.self) else { return XCTFail("a high retained risk was saved without acceptance") }
        XCTAssertEqual(refused.field, .acceptedBy)
        XCTAssertEqual(refused.error?.description, "A high residual risk can only be retained once someone accepts it: fill in Accepted by")
        driver.type("anna")
        driver.send(.enter)
        let saved = driver.state.workspace.risks.first { $0.id == "R-001" }
        XCTAssertEqual(saved?.residual, RiskRating(likelihood: 4, impact: 4))
        XCTAssertEqual(saved?.acceptance, RiskAcceptance(by: "anna", on: testDay))
        driver.send(.character("u"))
        XCTAssertEqual(driver.state.workspace.risks.first { $0.id == "R-001" }?.residual, RiskRating(likelihood: 2, impact: 4))
    }

    func testDeletingAsksFirstAndUndoBringsTheRiskBack() {
        var driver = Driver(riskState())
        driver.send(.character("3"), .tab, .character("d"))
        guard case .confirm(let confirmation) = driver.state.popup else { return XCTFail("no confirmation") }
        XCTAssertEqual(confirmation.action, .delete("R-001"))
        driver.send(.character("n"))
        XCTAssertEqual(driver.state.workspace.risks.count, 3)
        driver.send(.character("d"), .character("y"))
        XCTAssertEqual(driver.state.workspace.risks.map(\.id), ["R-002", "R-003"])
        XCTAssertEqual(driver.state.risks.selected, "R-002")
        driver.send(.character("u"))
        XCTAssertEqual(driver.state.workspace.risks.map(\.id).sorted(), ["R-001", "R-002", "R-003"])
        XCTAssertEqual(driver.savedRisks.last?.id, "R-001")
    }

    func testShrinkingTheMatrixRemapsRatingsAsChosen() {
        var driver = Driver(riskState())
        driver.send(.character("3"), .character("M"))
        guard var form = driver.state.popup?.layer(MatrixForm.self) else { return XCTFail("no matrix form") }
        form.editors[.likelihood] = LineEditor("Low, Medium, High")
        form.editors[.impact] = LineEditor("Low, Medium, High")
        form.editors[.levels] = LineEditor("Low 2, Medium 4, High 9")
        form.editors[.acceptanceFrom] = LineEditor("High")
        driver.state.popup = .of(form)
        driver.send(.enter)
        XCTAssertNil(driver.state.popup)
        XCTAssertEqual(driver.state.workspace.config.riskMatrix.likelihood.count, 3)
        // Proportional: 4 of 5 -> 3 of 3 (rounded), 5 of 5 -> 3, 2 of 5 -> 2.
        XCTAssertEqual(driver.state.workspace.risks.first?.inherent, RiskRating(likelihood: 3, impact: 3))
        XCTAssertEqual(driver.state.workspace.risks.last?.inherent, RiskRating(likelihood: 2, impact: 2))
        XCTAssertTrue(driver.state.status?.text.hasPrefix("Risk matrix saved: 3x3, 3 risks re-rated") ?? false, driver.state.status?.text ?? "")
        driver.send(.character("u"))
        XCTAssertEqual(driver.state.workspace.config.riskMatrix, .standard5x5)
        XCTAssertEqual(driver.state.workspace.risks.first?.inherent, RiskRating(likelihood: 4, impact: 5))
    }

    func testAnInvalidMatrixIsRefusedWithTheReason() {
        var driver = Driver(riskState())
        driver.send(.character("3"), .character("M"))
        guard var form = driver.state.popup?.layer(MatrixForm.self) else { return XCTFail("no matrix form") }
        form.editors[.likelihood] = LineEditor("Low, High")
        driver.state.popup = .of(form)
        driver.send(.enter)
        guard let refused = driver.state.popup?.layer(MatrixForm.self) else { return XCTFail("an invalid matrix was accepted") }
        XCTAssertEqual(refused.error?.description, "the likelihood scale has 2 steps; a matrix needs 3 to 6")
        XCTAssertEqual(driver.state.workspace.config.riskMatrix, .standard5x5)
    }
}
