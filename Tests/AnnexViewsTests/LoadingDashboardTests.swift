import AnnexApp
import AnnexDomain
@testable import AnnexViews
import TerminalCore
import XCTest

/// The first frame is drawn from the configuration and the SoA while the registers and journals
/// are read: what depends on them says "Loading…", never a count of nothing.
final class LoadingDashboardTests: XCTestCase {
    private func outlineState() -> AppState {
        let demo = demoState(width: 80, height: 24)
        var state = demo
        state.workspace = Workspace(config: demo.workspace.config, soa: demo.workspace.soa)
        state.loading = true
        return state
    }

    func testTheFirstFrameShowsTheSoAAndSaysTheRestIsLoading() {
        let screen = picture(render(outlineState()))
        XCTAssertTrue(screen.contains("│All controls   ██████░░░ 62% 54/87    │"), screen)
        for title in ["Risks (residual)", "Audits and corrective actions", "Needs attention"] {
            XCTAssertTrue(screen.contains("┌ \(title) "), title)
        }
        XCTAssertEqual(screen.components(separatedBy: "Loading…").count - 1, 3, screen)
        for wrong in ["Nothing overdue", "Open nonconformities", "Critical  0"] {
            XCTAssertFalse(screen.contains(wrong), "no figure of records not read yet: \(wrong)\n\(screen)")
        }
        XCTAssertTrue(screen.hasSuffix(" Enter  Controls  q  Quit  ?  Help  :  Commands"), screen)
    }

    func testAnSoAThatIsNotReadYetSaysSoToo() {
        var state = outlineState()
        state.workspace.soa = StatementOfApplicability(entries: [])
        let screen = picture(render(state))
        XCTAssertEqual(screen.components(separatedBy: "Loading…").count - 1, 4, screen)
        XCTAssertFalse(screen.contains("0/0"), screen)
    }

    func testOnceLoadedTheFiguresReplaceIt() {
        XCTAssertFalse(picture(render(demoState(width: 80, height: 24))).contains("Loading…"))
    }
}
