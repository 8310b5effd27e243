@testable import AnnexApp
import AnnexDomain
import AnnexViews
import XCTest

/// The matrix form shows which risks a save would re-rate, before and after, as it is typed.
final class MatrixPreviewTests: XCTestCase {
    private func state() -> AppState {
        var state = sampleState(height: 30)
        state.width = 100
        state.workspace.risks = [
            Risk(id: "R-001", title: "Ransomware", inherent: RiskRating(likelihood: 4, impact: 5)),
            Risk(id: "R-002", title: "Lost laptop", inherent: RiskRating(likelihood: 1, impact: 1)),
        ]
        return state
    }

    private func screen(_ state: AppState) -> String {
        AppView.render(state, context: RenderContext(theme: ThemeCatalog().themes[0])).lines(trimmingTrailingSpaces: true).joined(separator: "\n")
    }

    func testShrinkingTheScalesShowsEachRiskBeforeAndAfterAndSavingDoesWhatItSaid() throws {
        var driver = Driver(state())
        driver.send(.character("3"), .character("M"))
        XCTAssertFalse(screen(driver.state).contains("Saving"), "nothing typed yet, nothing to say")
        var form = try XCTUnwrap(driver.state.popup?.layer(MatrixForm.self))
        form.editors[.likelihood] = LineEditor("Low, Medium, High")
        form.editors[.impact] = LineEditor("Low, Medium, High")
        form.editors[.levels] = LineEditor("Low 2, Medium 4, High 9")
        form.editors[.acceptanceFrom] = LineEditor("High")
        driver.state.popup = .of(form)
        let preview = try XCTUnwrap(MatrixPreview(form, current: driver.state.workspace.config.riskMatrix, risks: driver.state.workspace.risks))
        XCTAssertEqual(preview.changes.map(\.risk), ["R-001"], "R-002 stays 1x1 Low")
        let change = try XCTUnwrap(preview.changes.first)
        XCTAssertTrue(screen(driver.state).contains("Saving re-rates 1 risk: R-001 4×5 \(change.beforeLevel) → 3×3 \(change.afterLevel)"), screen(driver.state))

        driver.send(.enter)
        XCTAssertEqual(driver.state.workspace.risks.first?.inherent, change.after, "the save did what the preview said")
    }

    /// A 3x3 whose bands go up to 25: High and Critical can never be reached, so acceptance is
    /// never required. The form says so before it is saved.
    func testLevelsNoCellReachesAreSaidBeforeSaving() throws {
        var driver = Driver(state())
        driver.send(.character("3"), .character("M"))
        var form = try XCTUnwrap(driver.state.popup?.layer(MatrixForm.self))
        form.editors[.likelihood] = LineEditor("Low, Medium, High")
        form.editors[.impact] = LineEditor("Low, Medium, High")
        form.editors[.levels] = LineEditor("Low 9, Medium 12, High 20, Critical 25")
        form.editors[.acceptanceFrom] = LineEditor("High")
        driver.state.popup = .of(form)
        let preview = try XCTUnwrap(MatrixPreview(form, current: driver.state.workspace.config.riskMatrix, risks: driver.state.workspace.risks))
        XCTAssertEqual(preview.unreachable, ["Medium", "High", "Critical"])
        XCTAssertTrue(preview.acceptanceNeverNeeded)
        XCTAssertTrue(screen(driver.state).contains("No cell reaches Medium, High, Critical: acceptance would never be needed"), screen(driver.state))
    }

    func testAMatrixThatCannotBeUsedShowsItsProblemInsteadOfAPreview() throws {
        var driver = Driver(state())
        driver.send(.character("3"), .character("M"))
        var form = try XCTUnwrap(driver.state.popup?.layer(MatrixForm.self))
        form.editors[.likelihood] = LineEditor("Low, High")
        XCTAssertNil(MatrixPreview(form, current: driver.state.workspace.config.riskMatrix, risks: driver.state.workspace.risks))
        driver.state.popup = .of(form)
        XCTAssertFalse(screen(driver.state).contains("Saving"), screen(driver.state))
    }
}
