@testable import AnnexApp
import AnnexDomain
import AnnexViews
import XCTest

/// The reasons for including a control are chosen on the Controls screen (R) and saved to soa.yaml.
final class ReasonsFormTests: XCTestCase {
    private func screen(_ state: AppState) -> String {
        AppView.render(state, context: RenderContext(theme: ThemeCatalog().themes[0])).lines(trimmingTrailingSpaces: true).joined(separator: "\n")
    }

    private func select(_ control: String, _ driver: inout Driver) {
        driver.send(.character("2"), .character("/"))
        driver.type(control)
        driver.send(.enter)
    }

    func testReasonsAreTickedSavedAndShownInTheDetail() throws {
        var driver = Driver(sampleState(height: 30))
        select("A.5.1", &driver)
        driver.press("R")
        XCTAssertNotNil(driver.state.popup?.layer(ReasonsForm.self))
        XCTAssertTrue(screen(driver.state).contains("Why A.5.1 is included"), screen(driver.state))
        driver.press("space", "j", "j", "space")
        XCTAssertTrue(screen(driver.state).contains("☑ Contractual"), screen(driver.state))
        driver.press("enter")
        XCTAssertNil(driver.state.popup)
        XCTAssertEqual(driver.state.status?.text, "A.5.1 included for: Risk treatment, Contractual")
        XCTAssertEqual(try driver.folder.store.load().workspace.soa["A.5.1"]?.reasons, [.riskTreatment, .contractual], "on disk")
        driver.press("R")
        XCTAssertTrue(screen(driver.state).contains("☑ Risk treatment") && screen(driver.state).contains("☑ Contractual"), "the form opens on what is saved")
        driver.press("escape")
        driver.press("u")
        XCTAssertEqual(try driver.folder.store.load().workspace.soa["A.5.1"]?.reasons, [], "undone on disk")
    }

    func testAnExcludedControlHasNoReasonsToChoose() {
        var state = sampleState(height: 30)
        var entry = state.workspace.soa["A.7.4"]!
        entry.applicable = false
        entry.justification = "No premises"
        state.workspace.soa.upsert(entry)
        var driver = Driver(state)
        select("A.7.4", &driver)
        driver.press("R")
        XCTAssertNil(driver.state.popup)
        XCTAssertEqual(driver.state.status?.kind, .warning)
        XCTAssertTrue(driver.state.status?.text.hasPrefix("A.7.4 is excluded") ?? false)
    }
}
