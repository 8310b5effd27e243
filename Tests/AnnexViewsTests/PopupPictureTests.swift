import AnnexApp
import AnnexViews
import TerminalCore
import XCTest

/// Popups over the Controls screen: help, the command palette, the filter bar, the edit form.
final class PopupPictureTests: XCTestCase {
    func testHelpListsTheKeysOfEveryContextFromTheKeymap() {
        var state = controlsState(selecting: "A.5.15")
        send(.character("?"), to: &state)
        assertScreen(render(state),
            """
             Annex  1 Dashboard  2 Controls  3 Risks  4 Audits  5 Actions  6 Evidence
            ┌ Catalog ───────────────────────┐┌ Detail ────────────────────────────────────┐
            │ ┌ Keys (Esc closes) ───────────────────────────────────────────────────────┐ │
            │ │ Everywhere                                                               │ │
            │ │ q                       Quit (asks in a live session)                    │ │
            │ │ ctrl+c                  Quit now (a note typed is kept)                  │ │
            │ │ 1                       Dashboard                                        │ │
            │ │ 2                       Controls and SoA                                 │ │
            │ │ 3                       Risks                                            │ │
            │ │ 4                       Audits                                           │ │
            │ │ 5                       Corrective actions                               │ │
            │ │ 6                       Evidence register                                │ │
            │ │ ? f1                    Help                                             │ │
            │ │ :                       Command palette                                  │ │
            │ │ T                       Next colour theme                                │ │
            │ │ tab                     Next pane                                        │ │
            │ │ shift+tab               Previous pane                                    │ │
            │ │                                                                          │ │
            │ │ Controls: catalog                                                        │ │
            │ │ j down wheeldown        Down                                             │ │
            │ │ k up wheelup            Up                                               │ │
            │ └──────────────────────────────────────────────────────────────────────────┘ │
            └───────────────────── 38-57/138 ┘└──────────────────────────────── more below ┘
             Esc  Cancel
            """
        )
    }

    func testHelpScrollsWithJ() {
        var state = controlsState(selecting: "A.5.15")
        send(.character("?"), to: &state)
        for _ in 0..<4 { send(.character("j"), to: &state) }
        let rows = render(state).lines(trimmingTrailingSpaces: true)
        XCTAssertEqual(rows[3], "│ │ 2                       Controls and SoA                                 │ │", "a blank column separates the popup from the screen behind")
        send(.escape, to: &state)
        XCTAssertNil(state.popup)
    }

    func testThePaletteNarrowsCommandsToTheQueryWithTheirKeys() {
        var state = controlsState(selecting: "A.5.15")
        send(.character(":"), to: &state)
        type("filt", into: &state)
        let screen = render(state)
        assertScreen(screen,
            """
             Annex  1 Dashboard  2 Controls  3 Risks  4 Audits  5 Actions  6 Evidence
            ┌ Catalog ───────────────────────┐┌ Detail ────────────────────────────────────┐
            │      9.3.3 Management review…  ││ A.5.15 Access control                      │
            │▾ 10 Improvement                ││ Organizational controls · was A.9.1.1,     │
            │    10.1 Continual improvement  ││ A.9.1.2                                    │
            │    10.2 Nonconformity and co…  ││                                            │
            │▾ A.5 Or ┌ Commands ────────────────────────────────────────────────┐         │
            │  A.5.1  │ filt                                                     │         │
            │  A.5.2  │                                                          │         │
            │  A.5.3  │ Filter by text                                         / │ ractual │
            │  A.5.4  │ Filter: next owner                                     O │ to      │
            │  A.5.5  │ Filter: next status                                    F │ ontract │
            │  A.5.6  │ Filter: applicable / excluded / not decided            A │ R-029). │
            │  A.5.7  │ Filter: next theme (next family on a catalog)          H │ nelly)  │
            │  A.5.8  │ Reasons for including the control                      R │ s:      │
            │  A.5.9  │ Clear filters                                          x │ ptable  │
            │  A.5.10 │                                                          │ ackup,  │
            │  A.5.11 └──────────────────────────────────────────────────────────┘         │
            │  A.5.12  Classification of i… ✓││                Quarterly access review     │
            │  A.5.13  Labelling of inform… ○││                records: Entra ID, AWS,     │
            │  A.5.14  Information transfer ◐││                GitLab, Dispatch admin      │
            │  A.5.15  Access control       ✓││                console                     │
            └───────────────────── 38-57/138 ┘└──────────────────────────────── more below ┘
             Enter  OK  Esc  Cancel
            """
        )
        let first = locate("Filter by text", in: screen)!
        XCTAssertEqual(screen.style(at: first), theme("default").style("selection"), "the command that starts with the query comes first")
        XCTAssertEqual(screen.style(at: locate("Clear filters", in: screen)!), theme("default").style("text"))
    }

    func testTheFilterBarShowsTheQueryWithACursorAndTheCatalogFollowsIt() {
        var state = controlsState(selecting: "A.5.15")
        send(.character("/"), to: &state)
        type("backup", into: &state)
        let screen = render(state)
        assertScreen(screen,
            """
             Annex  1 Dashboard  2 Controls  3 Risks  4 Audits  5 Actions  6 Evidence
            ┌ Catalog (1 shown: "backup") ───┐┌ Detail ────────────────────────────────────┐
            │▾ A.8 Technological contr… 19/33││ A.8.13 Information backup                  │
            │  A.8.13  Information backup   ✓││ Technological controls · was A.12.3.1      │
            │                                ││                                            │
            │                                ││ Statement of Applicability                 │
            │                                ││ Status         ✓ Implemented               │
            │                                ││ Applicable     yes                         │
            │                                ││ Included for   Risk treatment              │
            │                                ││ Justification  Recovery from ransomware,   │
            │                                ││                deletion and corruption     │
            │                                ││                (R-001, R-016).             │
            │                                ││ Owner          Aoife Donnelly (adonnelly)  │
            │                                ││ Evidence       EV-021 Backup restore test  │
            │                                ││                report: production database │
            │                                ││                and document store          │
            │                                ││ Notes          Immutable cross-region      │
            │                                ││                backups; quarterly restore  │
            │                                ││                tests.                      │
            │                                ││ Reviewed       2026-10-08                  │
            │                                ││                                            │
            │                                ││ Attributes (ISO/IEC 27002)                 │
            └────────────────────────────────┘└──────────────────────────────── more below ┘
             Filter /  backup
            """
        )
        // " Filter / " then a space, then the field: the text from column 11, the cursor after it.
        XCTAssertEqual(screen.style(at: Point(x: 1, y: 23)), theme("default").style("status.key"))
        XCTAssertEqual(screen.style(at: Point(x: 11, y: 23)), theme("default").style("input"))
        XCTAssertEqual(screen.style(at: Point(x: 17, y: 23)), theme("default").style("input.cursor"), "the cursor sits after the text")
    }

    func testTheExclusionFormRefusesAnEmptyJustificationWithAMessage() {
        var state = controlsState(selecting: "A.5.15")
        send(.character("a"), .ctrl("u"), .enter, to: &state)
        let screen = render(state)
        assertScreen(screen,
            """
             Annex  1 Dashboard  2 Controls  3 Risks  4 Audits  5 Actions  6 Evidence
            ┌ Catalog ───────────────────────┐┌ Detail ────────────────────────────────────┐
            │      9.3.3 Management review…  ││ A.5.15 Access control                      │
            │▾ 10 Improvement                ││ Organizational controls · was A.9.1.1,     │
            │    10.1 Continual improvement  ││ A.9.1.2                                    │
            │    10.2 Nonconformity and co…  ││                                            │
            │▾ A.5 Organizational cont… 22/37││ Statement of Applicability                 │
            │  A.5.1   Policies for inform… ✓││ Status         ✓ Implemented               │
            │   ┌ Justification for changing the applicability of A.5.15 ──────────────┐   │
            │   │ Justification                                                        │ l │
            │   │                                                                      │   │
            │   │                                                                      │ t │
            │   │ A justification is required to exclude a control                     │ . │
            │   │                                                                      │   │
            │   │ Enter saves, Esc cancels                                             │   │
            │   └──────────────────────────────────────────────────────────────────────┘   │
            │  A.5.10  Acceptable use of i… ✓││                use, cryptography, backup,  │
            │  A.5.11  Return of assets     ✓││                remote work; EV-006         │
            │  A.5.12  Classification of i… ✓││                Quarterly access review     │
            │  A.5.13  Labelling of inform… ○││                records: Entra ID, AWS,     │
            │  A.5.14  Information transfer ◐││                GitLab, Dispatch admin      │
            │  A.5.15  Access control       ✓││                console                     │
            └───────────────────── 38-57/138 ┘└──────────────────────────────── more below ┘
             Enter  OK  Esc  Cancel
            """
        )
        let message = locate("A justification is required", in: screen)!
        XCTAssertEqual(screen.style(at: message), theme("default").style("error"))
        XCTAssertEqual(screen.style(at: Point(x: 4, y: 9)), theme("default").style("popup.border"))
    }
}
