import AnnexApp
import AnnexDomain
import AnnexViews
import TerminalCore
import XCTest

/// A large register: cell counts of three digits stay whole and apart.
final class HeatMapLargeCountTests: XCTestCase {
    func testThreeDigitCountsWidenTheCellsInsteadOfRunningTogether() {
        var state = demoState(width: 100, height: 30)
        state.workspace.risks = (0..<250).map { index in
            Risk(id: "R-\(index)", title: "Risk \(index)", inherent: RiskRating(likelihood: index < 150 ? 3 : 4, impact: index < 150 ? 3 : 5))
        }
        send(.character("3"), .character("k"), .character("k"), .character("l"), .character("l"), .enter, to: &state)
        let rows = render(state).lines(trimmingTrailingSpaces: true)
        XCTAssertTrue(rows[3].contains(" 100C "), rows[3])
        XCTAssertTrue(rows[4].contains("[150M]"), "the chosen cell keeps all three digits: \(rows[4])")
        XCTAssertTrue(rows[7].contains("1    2    3    4    5"), "the impact axis follows the wider cells: \(rows[7])")
    }
}
