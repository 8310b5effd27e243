import AnnexApp
import AnnexViews
import TerminalCore
import XCTest

/// Screen 2 with A.5.15 (access control) selected: the catalog tree on the left, the control
/// with its Statement of Applicability entry on the right.
final class ControlsPictureTests: XCTestCase {
    func testControlsAt80x24WithAccessControlSelected() {
        assertScreen(render(controlsState(width: 80, height: 24, selecting: "A.5.15")),
            """
             Annex  1 Dashboard  2 Controls  3 Risks  4 Audits  5 Actions  6 Evidence
            ┌ Catalog ───────────────────────┐┌ Detail ────────────────────────────────────┐
            │      9.3.3 Management review…  ││ A.5.15 Access control                      │
            │▾ 10 Improvement                ││ Organizational controls · was A.9.1.1,     │
            │    10.1 Continual improvement  ││ A.9.1.2                                    │
            │    10.2 Nonconformity and co…  ││                                            │
            │▾ A.5 Organizational cont… 22/37││ Statement of Applicability                 │
            │  A.5.1   Policies for inform… ✓││ Status         ✓ Implemented               │
            │  A.5.2   Information securit… ✓││ Applicable     yes                         │
            │  A.5.3   Segregation of duti… ◐││ Included for   Risk treatment, Contractual │
            │  A.5.4   Management responsi… ✓││ Justification  Need-to-know access to      │
            │  A.5.5   Contact with author… ✓││                customer data is a contract │
            │  A.5.6   Contact with specia… ·││                requirement (R-004, R-029). │
            │  A.5.7   Threat intelligence  ○││ Owner          Aoife Donnelly (adonnelly)  │
            │  A.5.8   Information securit… ◐││ Evidence       EV-002 Topic policies:      │
            │  A.5.9   Inventory of inform… ✓││                access control, acceptable  │
            │  A.5.10  Acceptable use of i… ✓││                use, cryptography, backup,  │
            │  A.5.11  Return of assets     ✓││                remote work; EV-006         │
            │  A.5.12  Classification of i… ✓││                Quarterly access review     │
            │  A.5.13  Labelling of inform… ○││                records: Entra ID, AWS,     │
            │  A.5.14  Information transfer ◐││                GitLab, Dispatch admin      │
            │  A.5.15  Access control       ✓││                console                     │
            └───────────────────── 38-57/138 ┘└──────────────────────────────── more below ┘
             / Filter  s Status  a In/out  J Justify  u Undo  q Quit  ? Help  : Commands
            """
        )
    }

    func testControlsAt120x40ShowsMoreOfTheTreeAndTheWholeSoAEntry() {
        assertScreen(render(controlsState(width: 120, height: 40, selecting: "A.5.15")),
            """
             Annex  1 Dashboard  2 Controls  3 Risks  4 Audits  5 Actions  6 Evidence              Korvenhall Freight Software GmbH
            ┌ Catalog ─────────────────────────────────────┐┌ Detail ──────────────────────────────────────────────────────────────┐
            │    7.5 Documented information                ││ A.5.15 Access control                                                │
            │      7.5.1 General                           ││ Organizational controls · was A.9.1.1, A.9.1.2                       │
            │      7.5.2 Creating and updating             ││                                                                      │
            │      7.5.3 Control of documented informati…  ││ Statement of Applicability                                           │
            │▾ 8 Operation                                 ││ Status         ✓ Implemented                                         │
            │    8.1 Operational planning and control      ││ Applicable     yes                                                   │
            │    8.2 Information security risk assessment  ││ Included for   Risk treatment, Contractual                           │
            │    8.3 Information security risk treatment   ││ Justification  Need-to-know access to customer data is a contract    │
            │▾ 9 Performance evaluation                    ││                requirement (R-004, R-029).                           │
            │    9.1 Monitoring, measurement, analysis a…  ││ Owner          Aoife Donnelly (adonnelly)                            │
            │    9.2 Internal audit                        ││ Evidence       EV-002 Topic policies: access control, acceptable     │
            │      9.2.1 General                           ││                use, cryptography, backup, remote work; EV-006        │
            │      9.2.2 Internal audit programme          ││                Quarterly access review records: Entra ID, AWS,       │
            │    9.3 Management review                     ││                GitLab, Dispatch admin console                        │
            │      9.3.1 General                           ││ Notes          Role-based access defined per system in the access    │
            │      9.3.2 Management review inputs          ││                control policy.                                       │
            │      9.3.3 Management review results         ││ Reviewed       2026-10-22                                            │
            │▾ 10 Improvement                              ││                                                                      │
            │    10.1 Continual improvement                ││ Attributes (ISO/IEC 27002)                                           │
            │    10.2 Nonconformity and corrective action  ││ Type           Preventive                                            │
            │▾ A.5 Organizational controls            22/37││ Properties     Confidentiality, Integrity, Availability              │
            │  A.5.1   Policies for information security  ✓││ Concepts       Protect                                               │
            │  A.5.2   Information security roles and re… ✓││ Capabilities   Identity and access management                        │
            │  A.5.3   Segregation of duties              ◐││ Domains        Protection                                            │
            │  A.5.4   Management responsibilities        ✓││                                                                      │
            │  A.5.5   Contact with authorities           ✓││ Guidance                                                             │
            │  A.5.6   Contact with special interest gro… ·││ Write an access control policy based on business need and least      │
            │  A.5.7   Threat intelligence                ○││ privilege, covering both system and physical access. It states who   │
            │  A.5.8   Information security in project m… ◐││ approves access, how roles are defined and how often rights are      │
            │  A.5.9   Inventory of information and othe… ✓││ reviewed, and it is reflected in IAM and system settings.            │
            │  A.5.10  Acceptable use of information and… ✓││                                                                      │
            │  A.5.11  Return of assets                   ✓││ Audit questions                                                      │
            │  A.5.12  Classification of information      ✓││ • Show me the access control policy and how it maps to roles in your │
            │  A.5.13  Labelling of information           ○││   systems?                                                           │
            │  A.5.14  Information transfer               ◐││ • How do you apply the need-to-know principle in practice?           │
            │  A.5.15  Access control                     ✓││ • Who approves access to critical systems?                           │
            └─────────────────────────────────── 22-57/138 ┘└────────────────────────────────────────────────────────── more below ┘
             /  Filter  s  Status  a  In/out  J  Justify  u  Undo  q  Quit  ?  Help  :  Commands
            """
        )
    }

    func testTheListScrollsSoTheSelectionIsTheLastRowAndSaysWhereItIs() {
        let screen = render(controlsState(selecting: "A.5.15"))
        let rows = screen.lines(trimmingTrailingSpaces: true)
        XCTAssertEqual(rows[2].prefix(34), "│      9.3.3 Management review…  │", "rows 1-37 are above the pane")
        XCTAssertEqual(rows[21].prefix(34), "│  A.5.15  Access control       ✓│")
        XCTAssertEqual(rows[22].prefix(34), "└───────────────────── 38-57/138 ┘")
    }

    func testACollapsedGroupShowsItsMarkerAndCountAndHidesItsControls() {
        var state = controlsState(selecting: "group:A.5")
        state.controls.collapsed = ["A.5"]
        send(.resize(width: 80, height: 24), to: &state)
        let rows = render(state).lines(trimmingTrailingSpaces: true)
        XCTAssertEqual(rows[21].prefix(34), "│▸ A.5 Organizational cont… 22/37│")
        XCTAssertEqual(rows[22].prefix(34), "└───────────────────── 23-42/101 ┘", "the 37 controls of A.5 are not listed")
        XCTAssertEqual(rows[2..<11].map { String($0.dropFirst(34)) }, [
            "│ A.5 Organizational controls                │",
            "│ 37 controls                                │",
            "│                                            │",
            "│ Status                                     │",
            "│ ✓ Implemented             22               │",
            "│ ◐ Partially implemented   8                │",
            "│ ○ Planned                 5                │",
            "│ · Not started             2                │",
            "│ ✗ Excluded                0                │",
        ], "the detail sums up the group")
    }

    func testEachStatusHasItsOwnMarkDrawnInItsStatusRole() {
        let theme = theme("default")
        let markColumn = Layout.catalogWidth(width: 80) - 2
        let expected: [(selecting: String, row: String, mark: String, role: String)] = [
            ("A.5.15", "A.5.1 ", "✓", "status.implemented"),
            ("A.5.15", "A.5.3 ", "◐", "status.partial"),
            ("A.5.15", "A.5.7 ", "○", "status.planned"),
            ("A.5.15", "A.5.6 ", "·", "status.not_started"),
            ("A.7.8", "A.7.6 ", "✗", "status.excluded"),
        ]
        for (selecting, row, mark, role) in expected {
            let screen = render(controlsState(selecting: selecting))
            guard let at = locate("│  " + row, in: screen) else { return XCTFail("\(row) is not on screen") }
            XCTAssertEqual(screen.cell(at: Point(x: markColumn, y: at.y)).grapheme, mark, row)
            XCTAssertEqual(screen.style(at: Point(x: markColumn, y: at.y)), theme.style(role), row)
        }
        XCTAssertEqual(Set(expected.map(\.role).map(theme.style)).count, 5, "and the default theme gives each status its own look")
    }
}

/// Which pane has the keyboard shows in its border and in how the selected row is drawn.
final class ControlsFocusTests: XCTestCase {
    private let theme = AnnexViewsTests.theme("default")
    private let catalogWidth = Layout.catalogWidth(width: 80)

    func testWithTheCatalogFocusedTheSelectedRowUsesSelectionAndTheCatalogBorderIsActive() {
        let screen = render(controlsState(selecting: "A.5.15", focus: .catalog))
        for x in 1..<(catalogWidth - 1) {
            XCTAssertEqual(screen.style(at: Point(x: x, y: 21)), theme.style("selection"), "column \(x) of the selected row")
        }
        XCTAssertNotEqual(screen.style(at: Point(x: 5, y: 20)), theme.style("selection"), "the row above is not selected")
        XCTAssertEqual(screen.style(at: Point(x: 0, y: 10)), theme.style("pane.border.active"))
        XCTAssertEqual(screen.style(at: Point(x: catalogWidth, y: 10)), theme.style("pane.border"))
    }

    func testWithTheDetailFocusedTheSelectedRowIsInactiveAndTheDetailBorderIsActive() {
        let screen = render(controlsState(selecting: "A.5.15", focus: .detail))
        for x in 1..<(catalogWidth - 1) {
            XCTAssertEqual(screen.style(at: Point(x: x, y: 21)), theme.style("selection.inactive"), "column \(x) of the selected row")
        }
        XCTAssertEqual(screen.style(at: Point(x: 0, y: 10)), theme.style("pane.border"))
        XCTAssertEqual(screen.style(at: Point(x: catalogWidth, y: 10)), theme.style("pane.border.active"))
        XCTAssertEqual(screen.style(at: Point(x: 79, y: 10)), theme.style("pane.border.active"))
        XCTAssertNotEqual(theme.style("selection"), theme.style("selection.inactive"), "the two roles look different")
    }

    func testTabMovesTheFocusAndTheHintsFollowIt() {
        var state = controlsState(selecting: "A.5.15")
        send(.tab, to: &state)
        XCTAssertEqual(state.focus, .detail)
        let rows = render(state).lines(trimmingTrailingSpaces: true)
        XCTAssertEqual(rows[23], " s Status  a In/out  o Owner  J Justify  e Evidence  n Notes  u Undo  q Quit", "packed closer so more of them fit")
        XCTAssertEqual(render(state).style(at: Point(x: 5, y: 21)), theme.style("selection.inactive"))
    }
}
