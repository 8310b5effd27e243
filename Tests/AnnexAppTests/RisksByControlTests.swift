@testable import AnnexApp
import AnnexDomain
import XCTest

/// The Controls detail takes a control's risks from an index of the register: it must list the
/// risks a scan of the register finds, in its order, and follow the register when it changes.
final class RisksByControlTests: XCTestCase {
    private let today = Day("2026-11-29")!

    func testTheIndexGivesWhatAScanGivesAndFollowsTheRegister() throws {
        var state = AppState(workspace: DemoOrganisation.make(today: today), today: today)
        state.screen = .controls
        DerivedValues.refresh(&state)
        XCTAssertNotNil(state.derived.risksByControl, "built while the Controls screen shows")
        let controls = Set(state.workspace.risks.flatMap(\.controls))
        XCTAssertGreaterThan(controls.count, 10)
        for control in controls.sorted() + ["A.9.9"] {
            XCTAssertEqual(state.risks(treating: control).map(\.id), state.workspace.risks.filter { $0.controls.contains(control) }.map(\.id), control)
        }

        // A risk that now lists a control twice and one more: the index is stale until refreshed,
        // and the answer is right either way.
        state.workspace.risks[0].controls += ["A.8.1", "A.8.1"]
        XCTAssertEqual(state.risks(treating: "A.8.1").map(\.id), state.workspace.risks.filter { $0.controls.contains("A.8.1") }.map(\.id))
        DerivedValues.refresh(&state)
        XCTAssertEqual(state.risks(treating: "A.8.1").map(\.id), state.workspace.risks.filter { $0.controls.contains("A.8.1") }.map(\.id))
        XCTAssertEqual(state.risks(treating: "A.8.1").filter { $0.id == state.workspace.risks[0].id }.count, 1)
    }
}
