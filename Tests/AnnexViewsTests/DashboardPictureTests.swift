import AnnexApp
@testable import AnnexViews
import TerminalCore
import XCTest

/// The dashboard of the demo organisation as a user sees it on start-up.
final class DashboardPictureTests: XCTestCase {
    func testDashboardAt80x24() {
        assertScreen(render(demoState(width: 80, height: 24)),
            """
             Annex  1 Dashboard  2 Controls  3 Risks  4 Audits  5 Actions  6 Evidence
            ┌ Statement of Applicability ──────────┐┌ Risks (residual) ────────────────────┐
            │All controls   ██████░░░ 62% 54/87    ││ Critical  0  │ 5   ·   ·   ·   ·   · │
            │Organizational █████░░░░ 59% 22/37    ││ High      3  │ 4   1   ·   ·   ·   · │
            │People         ████████░ 88% 7/8      ││ Medium    21 │ 3   ·   1   5   1   · │
            │Physical       ██████░░░ 67% 6/9      ││ Low       17 │ 2   ·   6  10   4   2 │
            │Technological  █████░░░░ 58% 19/33    ││              │ 1   ·   1   4   5   1 │
            │                                      ││              │     1   2   3   4   5 │
            │✓ Implemented 54   ◐ Partial     18   ││              │ likelihood ↑ impact → │
            │○ Planned     10   · Not started 5    │└──────────────────────────────────────┘
            │✗ Excluded    6                       │┌ Audits and corrective actions ───────┐
            │Document v2.0 approved 2026-10-22     ││ IA-2026-1  closed  13 findings  4 NC │
            └──────────────────────────────────────┘│   21/21 ✓17 !4 –0 ·0                 │
            ┌ Needs attention ─────────────────────┐│ IA-2026-2  in progress  10 findings …│
            │ 1 corrective action overdue          ││   14/25 ✓11 !1 –2 ·11                │
            │   CA-004 14d                         ││                                      │
            │ 3 risk reviews overdue               ││ Open nonconformities 4               │
            │   R-017 R-026 R-036                  ││ Corrective actions open 3  1 overdue │
            │ 2 evidence records expired           ││                                      │
            │   EV-008 EV-024                      ││                                      │
            │                                      ││                                      │
            │                                      ││                                      │
            └──────────────────────────────────────┘└──────────────────────────────────────┘
             Enter  Controls  q  Quit  ?  Help  :  Commands
            """
        )
    }

    func testDashboardAt120x40UsesTheRoomAndShowsTheWholeOrganisationName() {
        assertScreen(render(demoState(width: 120, height: 40)),
            """
             Annex  1 Dashboard  2 Controls  3 Risks  4 Audits  5 Actions  6 Evidence              Korvenhall Freight Software GmbH
            ┌ Statement of Applicability ──────────────────────────────┐┌ Risks (residual) ────────────────────────────────────────┐
            │All controls   ██████████████████░░░░░░░░░░░ 62% 54/87    ││ Critical  0  │ 5   ·   ·   ·   ·   ·                     │
            │Organizational █████████████████░░░░░░░░░░░░ 59% 22/37    ││ High      3  │ 4   1   ·   ·   ·   ·                     │
            │People         █████████████████████████░░░░ 88% 7/8      ││ Medium    21 │ 3   ·   1   5   1   ·                     │
            │Physical       ███████████████████░░░░░░░░░░ 67% 6/9      ││ Low       17 │ 2   ·   6  10   4   2                     │
            │Technological  █████████████████░░░░░░░░░░░░ 58% 19/33    ││              │ 1   ·   1   4   5   1                     │
            │                                                          ││              │     1   2   3   4   5                     │
            │✓ Implemented 54             ◐ Partial     18             ││              │ likelihood ↑ impact →                     │
            │○ Planned     10             · Not started 5              │└──────────────────────────────────────────────────────────┘
            │✗ Excluded    6                                           │┌ Audits and corrective actions ───────────────────────────┐
            │Document v2.0 approved 2026-10-22                         ││ IA-2026-1  closed  13 findings  4 NC                     │
            └──────────────────────────────────────────────────────────┘│   21/21 ✓17 !4 –0 ·0                                     │
            ┌ Needs attention ─────────────────────────────────────────┐│ IA-2026-2  in progress  10 findings  1 NC                │
            │ 1 corrective action overdue                              ││   14/25 ✓11 !1 –2 ·11                                    │
            │   CA-004 14d                                             ││                                                          │
            │ 3 risk reviews overdue                                   ││ Open nonconformities 4                                   │
            │   R-017 R-026 R-036                                      ││ Corrective actions open 3  1 overdue                     │
            │ 2 evidence records expired                               ││                                                          │
            │   EV-008 EV-024                                          ││                                                          │
            │                                                          ││                                                          │
            │                                                          ││                                                          │
            │                                                          ││                                                          │
            │                                                          ││                                                          │
            │                                                          ││                                                          │
            │                                                          ││                                                          │
            │                                                          ││                                                          │
            │                                                          ││                                                          │
            │                                                          ││                                                          │
            │                                                          ││                                                          │
            │                                                          ││                                                          │
            │                                                          ││                                                          │
            │                                                          ││                                                          │
            │                                                          ││                                                          │
            │                                                          ││                                                          │
            │                                                          ││                                                          │
            │                                                          ││                                                          │
            │                                                          ││                                                          │
            └──────────────────────────────────────────────────────────┘└──────────────────────────────────────────────────────────┘
             Enter  Controls  q  Quit  ?  Help  :  Commands
            """
        )
    }

    func testEveryRegisteredScreenHasItsViewInTheSameOrder() {
        XCTAssertEqual(ScreenViews.all.map(\.screen), ScreenFeatures.screens, "ScreenViews.all and ScreenFeatures.all list the same screens")
        for screen in ScreenFeatures.screens { XCTAssertEqual(ScreenViews.view(for: screen).screen, screen) }
    }

    func testTheTabsAreTheRegisteredScreensInOrderWithTheActiveOneHighlighted() {
        let screen = render(demoState())
        let tabs = screen.lines(trimmingTrailingSpaces: true)[0]
        XCTAssertTrue(tabs.contains(" 1 Dashboard  2 Controls  3 Risks  4 Audits  5 Actions "), tabs)
        for tab in ScreenFeatures.screens {
            let at = locate(Layout.tabLabel(tab), in: screen)!
            let role = tab == .dashboard ? "tab.active" : "tab.inactive"
            XCTAssertEqual(screen.style(at: at.offsetBy(x: 1)), theme("default").style(role), tab.title)
        }
        XCTAssertNotEqual(theme("default").style("tab.inactive"), theme("default").style("tab.active"))
    }

    func testOverdueCountsAreWarningsAndTheBarsFillWithTheShareDone() {
        let screen = render(demoState())
        let overdue = locate("1 corrective action overdue", in: screen)!
        XCTAssertEqual(screen.style(at: overdue), theme("default").style("warning"))
        // 54 of 87 applicable controls implemented is 62%: 5.6 of a 9-cell bar rounds to 6 filled cells.
        let bar = locate("██████░░░ 62% 54/87", in: screen)!
        XCTAssertEqual(screen.style(at: bar), theme("default").style("bar.filled"))
        XCTAssertEqual(screen.style(at: bar.offsetBy(x: 6)), theme("default").style("bar.empty"))
    }
}
