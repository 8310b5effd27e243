import AnnexApp
import AnnexDomain
import AnnexViews
import TerminalCore
import XCTest

// Screen 3 of the demo organisation: the heat map of the 5x5 matrix beside the register, the
// selected risk below. The heat map is read back from the rendered cells, never from the state.

/// The Risks screen as `3` opens it: heat map focused, cursor on L1×I1, R-001 selected.
private func risksState(width: Int = 80, height: Int = 24) -> AppState {
    var state = demoState(width: width, height: height)
    send(.character("3"), to: &state)
    return state
}

/// Keys through a reducer whose new ids are always R-777777, so a new risk's form can be pictured.
private func sendWithFixedIDs(_ keys: KeyPress..., to state: inout AppState) {
    let reducer = AppReducer(ids: IDGenerator(randomByte: { 7 }))
    for key in keys { _ = reducer.reduce(&state, .key(key)) }
}

/// Where the heat map draws cell L`likelihood`×I`impact`: the count (two columns, right-aligned),
/// then the level letter, then a blank; found from the pane's top-left corner.
private func heatMapCell(likelihood: Int, impact: Int, rows: Int, in screen: CellBuffer,
                         file: StaticString = #filePath, line: UInt = #line) -> Point? {
    guard let corner = locate("┌ Heat map", in: screen) else {
        XCTFail("no heat map on screen", file: file, line: line)
        return nil
    }
    return Point(x: corner.x + 1 + 3 + (impact - 1) * 4, y: corner.y + 1 + (rows - likelihood))
}

/// `width` cells of the heat map from `point` as text: " 9M", " ·L", or "[1M" on a filtered cell.
private func heatMapText(at point: Point, in screen: CellBuffer, width: Int = 3) -> String {
    (0..<width).map { screen.cell(at: Point(x: point.x + $0, y: point.y)).grapheme }.joined()
}

/// The count a heat map entry shows: its digits, with `·` for none.
private func shownCount(_ text: String) -> Int? {
    let digits = text.prefix(2).filter(\.isNumber)
    if digits.isEmpty { return text.prefix(2).contains("·") ? 0 : nil }
    return Int(String(digits))
}

/// Screen 3 at 80x24 and 120x40, its heat map, register header and popups, on the demo organisation.
final class RisksPictureTests: XCTestCase {
    private let matrix = RiskMatrix.standard5x5
    private let theme = AnnexViewsTests.theme("default")

    func testRisksAt80x24() {
        assertScreen(render(risksState()),
            """
             Annex  1 Dashboard  2 Controls  3 Risks  4 Audits  5 Actions  6 Evidence
            ┌ Heat map: inherent ─────┐┌ Register 42/42 ───────────────────────────────────┐
            │ 5  ·M  ·H  ·H  1C  ·C   ││Id▲      Title                    Inh  Treat   Res │
            │ 4  ·L  ·M  3H  ·H  3C   ││R-001    Ransomware encrypts pro… C20  modify  M8  │
            │ 3  ·L  1M  9M  7H  2H   ││R-002    Cloud misconfiguration … C20  modify  M8  │
            │ 2  ·L  2L  1M  5M  5H   ││R-003    Phishing leads to takeo… C20  modify  M9  │
            │ 1  ·L  1L  1L  ·L  ·M   ││R-004    Insider steals customer… M8   modify  M6  │
            │     1   2   3   4   5   ││R-005    AWS region outage stops… H10  modify  M6  │
            │ likelihood ↑  impact →  ││R-006    Lost or stolen laptop w… H12  modify  L4  │
            │ Rare × Negligible       ││R-007    DDoS attack on the cust… H12  modify  M6  │
            │                         ││R-008    Unpatched remote access… C20  modify  M8  │
            └─────────────────────────┘└─────────────────────────────────────────── 1-8/42 ┘
            ┌ R-001 Ransomware encrypts production data and backups ───────────────────────┐
            │ Inherent       Critical 20  L4×I5 Likely × Severe                            │
            │ Residual       Medium 8  L2×I4 Unlikely × Major                              │
            │ Owner          Aoife Donnelly (adonnelly)                                    │
            │ Treatment      modify, treating, due 2027-02-12                              │
            │ Plan           Immutable backups in a separate AWS account; EDR on all       │
            │                endpoints; 24x7 alerting on mass deletion; yearly ransomware  │
            │                tabletop.                                                     │
            │ Controls       ✓ A.8.7 Protection against malware                            │
            │                ✓ A.8.13 Information backup                                   │
            └──────────────────────────────────────────────────────────────── e shows all ─┘
             Enter Cell  v View  a New  M Matrix  u Undo  q Quit  ? Help  : Commands
            """
        )
    }

    func testRisksAt120x40ShowsEveryRegisterColumnAndTheWholeRisk() {
        assertScreen(render(risksState(width: 120, height: 40)),
            """
             Annex  1 Dashboard  2 Controls  3 Risks  4 Audits  5 Actions  6 Evidence              Korvenhall Freight Software GmbH
            ┌ Heat map: inherent ─────┐┌ Register 42/42 ───────────────────────────────────────────────────────────────────────────┐
            │ 5  ·M  ·H  ·H  1C  ·C   ││Id▲      Title                          Owner       Inh  Treat   Res  Status     Review    │
            │ 4  ·L  ·M  3H  ·H  3C   ││R-001    Ransomware encrypts productio… adonnelly   C20  modify  M8   treating   2027-02-12│
            │ 3  ·L  1M  9M  7H  2H   ││R-002    Cloud misconfiguration expose… adonnelly   C20  modify  M8   treating   2027-01-28│
            │ 2  ·L  2L  1M  5M  5H   ││R-003    Phishing leads to takeover of… jweiss      C20  modify  M9   treating   2027-02-27│
            │ 1  ·L  1L  1L  ·L  ·M   ││R-004    Insider steals customer shipm… jweiss      M8   modify  M6   treating   2027-02-27│
            │     1   2   3   4   5   ││R-005    AWS region outage stops the p… adonnelly   H10  modify  M6   accepted   2027-03-29│
            │ likelihood ↑  impact →  ││R-006    Lost or stolen laptop with cu… adonnelly   H12  modify  L4   accepted   2027-04-18│
            │ Rare × Negligible       ││R-007    DDoS attack on the customer A… adonnelly   H12  modify  M6   treating   2027-02-27│
            │                         ││R-008    Unpatched remote access gatew… adonnelly   C20  modify  M8   treating   2026-12-29│
            │                         ││R-009    Personal data breach not noti… lfournier   H10  modify  L4   accepted   2027-03-29│
            │                         ││R-010    Failure of the EDI message br… tmueller    M8   modify  L4   treating   2027-03-29│
            │                         ││R-011    Compromise of the build pipel… mnowak      H15  modify  M8   treating   2027-02-27│
            │                         ││R-012    Secrets leaked in source code  mnowak      H12  modify  M6   treating   2027-01-28│
            │                         ││R-013    Misuse of privileged cloud ad… adonnelly   H10  modify  M5   accepted   2027-04-28│
            │                         ││R-014    Cross-tenant data exposure th… mnowak      H15  modify  H10  treating   2027-02-27│
            │                         ││R-015    Production data used in test … mnowak      M9   modify  L3   treating   2027-02-27│
            │                         ││R-016    Backups cannot be restored wh… adonnelly   H10  modify  L4   accepted   2027-01-08│
            └─────────────────────────┘└────────────────────────────────────────────────────────────────────────────────── 1-16/42 ┘
            ┌ R-001 Ransomware encrypts production data and backups ───────────────────────────────────────────────────────────────┐
            │ Inherent       Critical 20  L4×I5 Likely × Severe                                                                    │
            │ Residual       Medium 8  L2×I4 Unlikely × Major                                                                      │
            │ Owner          Aoife Donnelly (adonnelly)                                                                            │
            │ Treatment      modify, treating, due 2027-02-12                                                                      │
            │ Plan           Immutable backups in a separate AWS account; EDR on all endpoints; 24x7 alerting on mass deletion;    │
            │                yearly ransomware tabletop.                                                                           │
            │ Controls       ✓ A.8.7 Protection against malware                                                                    │
            │                ✓ A.8.13 Information backup                                                                           │
            │                ◐ A.8.16 Monitoring activities                                                                        │
            │                ✓ A.5.29 Information security during disruption                                                       │
            │ Assets         Dispatch production database, S3 document store, Backups                                              │
            │ Threat         Ransomware operators                                                                                  │
            │ Vulnerability  Backups readable and deletable with the same administrator credentials as production                  │
            │ Description    A criminal group gains a foothold, spreads to AWS and encrypts or deletes the Dispatch database and   │
            │                its backups, stopping deliveries for hundreds of customers.                                           │
            │ Next review    2027-02-12                                                                                            │
            │                                                                                                                      │
            └──────────────────────────────────────────────────────────────────────────────────────────────────────────────────────┘
             Enter  Cell  v  View  a  New  M  Matrix  u  Undo  q  Quit  ?  Help  :  Commands
            """
        )
    }

    // MARK: The heat map: counts, colours by level, letters without colour, the cursor, the cell filter.

    private func assertCountsMatchFigures(_ state: AppState, view: RiskView, file: StaticString = #filePath, line: UInt = #line) {
        let screen = render(state)
        let figures = RiskFigures(risks: state.workspace.risks, matrix: matrix, view: view)
        XCTAssertTrue(screen.lines(trimmingTrailingSpaces: true)[1].hasPrefix("┌ Heat map: \(view.rawValue) "), file: file, line: line)
        var total = 0
        for likelihood in 1...5 {
            for impact in 1...5 {
                guard let at = heatMapCell(likelihood: likelihood, impact: impact, rows: 5, in: screen, file: file, line: line) else { return }
                let text = heatMapText(at: at, in: screen)
                let count = shownCount(text)
                XCTAssertEqual(count, figures.count(likelihood: likelihood, impact: impact),
                               "\(view) L\(likelihood)×I\(impact) shows '\(text)'", file: file, line: line)
                total += count ?? 0
            }
        }
        XCTAssertEqual(total, figures.cells.values.reduce(0, +), "every counted risk is on the map", file: file, line: line)
        XCTAssertEqual(figures.unrated, 0, file: file, line: line)
    }

    func testTheInherentCountsInEachCellAreTheRiskFigures() {
        let state = risksState()
        assertCountsMatchFigures(state, view: .inherent)
        XCTAssertEqual(RiskFigures(risks: state.workspace.risks, matrix: matrix, view: .inherent).cells.values.reduce(0, +),
                       state.workspace.risks.filter { $0.status != .closed }.count, "closed risks are left off the map")
    }

    func testVSwitchesToResidualCountsAndTheTitleSaysSo() {
        var state = risksState()
        send(.character("v"), to: &state)
        assertCountsMatchFigures(state, view: .residual)
        XCTAssertTrue(render(state).lines(trimmingTrailingSpaces: true)[23].hasPrefix(" Showing residual ratings "))
        XCTAssertNotEqual(RiskFigures(risks: state.workspace.risks, matrix: matrix, view: .residual),
                          RiskFigures(risks: state.workspace.risks, matrix: matrix, view: .inherent), "the two maps differ")
        send(.character("v"), to: &state)
        assertCountsMatchFigures(state, view: .inherent)
    }

    func testEachCellIsDrawnInItsLevelsRoleAndTheCursorCellInTheSelectionStyle() {
        let state = risksState()
        XCTAssertEqual(state.risks.cursor, RiskRating(likelihood: 1, impact: 1))
        let screen = render(state)
        for likelihood in 1...5 {
            for impact in 1...5 {
                let rating = RiskRating(likelihood: likelihood, impact: impact)
                guard let at = heatMapCell(likelihood: likelihood, impact: impact, rows: 5, in: screen),
                      let level = matrix.level(of: rating) else { return XCTFail("L\(likelihood)×I\(impact)") }
                let role = rating == state.risks.cursor ? "selection" : "risk.\(level.id)"
                for dx in 0..<4 {
                    XCTAssertEqual(screen.style(at: Point(x: at.x + dx, y: at.y)), theme.style(role), "L\(likelihood)×I\(impact) column \(dx)")
                }
                XCTAssertEqual(heatMapText(at: at, in: screen).last.map(String.init), String(level.name.prefix(1)))
            }
        }
        let levelStyles = ["low", "medium", "high", "critical"].map { theme.style("risk.\($0)") }
        XCTAssertEqual(Set(levelStyles).count, 4, "the default theme gives each level its own colour")
        XCTAssertFalse(levelStyles.contains(theme.style("selection")), "and the cursor stands out from all of them")
    }

    func testTheCursorMovesWithTheArrowsAndIsInactiveWhenTheRegisterHasTheKeyboard() {
        var state = risksState()
        send(.character("k"), .character("k"), .right, .named("up"), .character("l"), to: &state)
        XCTAssertEqual(state.risks.cursor, RiskRating(likelihood: 4, impact: 3))
        var screen = render(state)
        let cursor = heatMapCell(likelihood: 4, impact: 3, rows: 5, in: screen)!
        let old = heatMapCell(likelihood: 1, impact: 1, rows: 5, in: screen)!
        XCTAssertEqual(screen.style(at: cursor), theme.style("selection"))
        XCTAssertEqual(screen.style(at: old), theme.style("risk.low"), "the old cell is back in its level's colour")
        XCTAssertEqual(screen.lines(trimmingTrailingSpaces: true)[9], "│ Likely × Moderate       ││R-007    DDoS attack on the cust… H12  modify  M6  │",
                       "the cursor's cell is named under the map")

        send(.tab, to: &state)
        screen = render(state)
        XCTAssertEqual(screen.style(at: cursor), theme.style("selection.inactive"))
        XCTAssertEqual(screen.style(at: Point(x: 0, y: 5)), theme.style("pane.border"))
    }

    func testInMonochromeThereAreNoColoursAndEveryCellShowsItsLevelLetter() {
        let mono = AnnexViewsTests.theme("monochrome").degraded(to: .monochrome)
        let context = RenderContext(theme: mono)
        for view in RiskView.allCases {
            var state = risksState()
            if view == .residual { send(.character("v"), to: &state) }
            let screen = AppView.render(state, context: context)
            for y in 0..<screen.size.height {
                for x in 0..<screen.size.width {
                    let style = screen.style(at: Point(x: x, y: y))
                    XCTAssertEqual(style.foreground, Color.default, "\(view) (\(x), \(y))")
                    XCTAssertEqual(style.background, Color.default, "\(view) (\(x), \(y))")
                }
            }
            var letters = Set<String>()
            for likelihood in 1...5 {
                for impact in 1...5 {
                    let at = heatMapCell(likelihood: likelihood, impact: impact, rows: 5, in: screen)!
                    let letter = String(heatMapText(at: at, in: screen).suffix(1))
                    let level = matrix.level(of: RiskRating(likelihood: likelihood, impact: impact))!
                    XCTAssertEqual(letter, String(level.name.prefix(1)), "\(view) L\(likelihood)×I\(impact)")
                    letters.insert(letter)
                }
            }
            XCTAssertEqual(letters, ["L", "M", "H", "C"])
        }
        let levelStyles = ["low", "medium", "high", "critical"].map { mono.style("risk.\($0)") }
        XCTAssertEqual(Set(levelStyles).count, 4, "the levels also differ by attribute (plain, underline, bold, reverse)")
    }

    func testEnterBracketsTheCellAndTheRegisterListsItsRisks() {
        var state = risksState()
        send(.character("k"), .character("l"), .character("l"), .character("l"), .character("l"), .enter, to: &state)
        let screen = render(state)
        let rows = screen.lines(trimmingTrailingSpaces: true)
        let at = heatMapCell(likelihood: 2, impact: 5, rows: 5, in: screen)!
        XCTAssertEqual(heatMapText(at: Point(x: at.x - 1, y: at.y), in: screen, width: 5), " [5H]", "brackets round the chosen cell")
        XCTAssertEqual(screen.style(at: at.offsetBy(x: 1)), theme.style("selection.inactive"), "the register has the keyboard now")
        XCTAssertEqual(rows[1], "┌ Heat map: inherent ─────┐┌ Register 5/42: cell L2×I5 ────────────────────────┐")
        let expected = RiskFigures(risks: state.workspace.risks, matrix: matrix, view: .inherent).count(likelihood: 2, impact: 5)
        XCTAssertEqual(expected, 5)
        let listed = rows[3..<(3 + expected)]
        XCTAssertTrue(listed.allSatisfy { $0.dropFirst(28).hasPrefix("R-0") && $0.contains(" H10 ") }, "every listed risk is rated L2×I5 = H10")
        XCTAssertEqual(rows[3 + expected].dropFirst(27), "│                                                   │", "and no other")
        XCTAssertTrue(rows[23].hasPrefix(" 5 risks: cell L2×I5 (x clears) "), rows[23])

        send(.character("x"), to: &state)
        let cleared = render(state)
        XCTAssertEqual(heatMapText(at: Point(x: at.x - 1, y: at.y), in: cleared, width: 5), "  5H ", "x takes the brackets away")
        XCTAssertTrue(cleared.lines(trimmingTrailingSpaces: true)[1].hasSuffix("┌ Register 42/42 ───────────────────────────────────┐"))
    }

    // MARK: The register's header: the sort column carries ▲ or ▼ and the heading style.

    func testTheSortMarkerMovesWithGreaterThanAndFlipsWithR() {
        var state = risksState(width: 120, height: 40)
        send(.tab, to: &state)
        func header() -> String { render(state).lines(trimmingTrailingSpaces: true)[2] }
        XCTAssertTrue(header().contains("││Id▲      Title      "), header())
        let labels = ["Title▲", "Owner▲", "Inh▲", "Treat▲", "Res▲", "Status▲", "Review▲", "Id▲"]
        for label in labels {
            send(.character(">"), to: &state)
            let row = header()
            XCTAssertTrue(row.contains(label), "\(label) in \(row)")
            XCTAssertEqual(row.filter { $0 == "▲" }.count, 1, "one marker only: \(row)")
            let screen = render(state)
            XCTAssertEqual(screen.style(at: locate(label, in: screen)!), theme.style("heading"), label)
        }
        send(.character("<"), to: &state)
        XCTAssertTrue(header().contains("Review▲"), "< goes back a column")
        send(.character("r"), to: &state)
        XCTAssertTrue(header().contains("Review▼"), header())
        XCTAssertFalse(header().contains("▲"))
        XCTAssertTrue(render(state).lines(trimmingTrailingSpaces: true)[39].hasPrefix(" Descending "))
    }

    func testSortingByTitleAt80x24ReordersTheRowsAndKeepsTheSelectedRiskInView() {
        var state = risksState()
        send(.tab, .character(">"), to: &state)
        let rows = render(state).lines(trimmingTrailingSpaces: true)
        XCTAssertEqual(rows[2], "│ 5  ·M  ·H  ·H  1C  ·C   ││Id       Title▲                   Inh  Treat   Res │")
        XCTAssertEqual(rows[10], "│                         ││R-001    Ransomware encrypts pro… C20  modify  M8  │", "R-001 stays selected, last in view")
        let titles = rows[3...10].map { String($0.dropFirst(37).prefix(23)) }
        XCTAssertEqual(titles, titles.sorted { $0.lowercased() < $1.lowercased() })
        XCTAssertTrue(rows[23].hasPrefix(" Sorted by title "), rows[23])
    }

    // MARK: Popups: the risk form, the control picker, the delete confirmation, the matrix form.

    /// The live rating line of the open risk form, as shown.
    private func ratingLine(_ state: AppState) -> String {
        render(state).lines(trimmingTrailingSpaces: true)[3]
    }

    func testTheNewRiskFormRatesLiveOnTheMatrixScales() {
        var state = risksState()
        sendWithFixedIDs(.character("a"), to: &state)
        XCTAssertEqual(ratingLine(state), " │ Inherent  Low 1    Residual not assessed                                   │",
                       "a new risk starts on the cursor's cell")
        type("Supplier portal breach", into: &state)
        for _ in 0..<6 { send(.down, to: &state) }
        send(.right, .right, to: &state)
        XCTAssertEqual(ratingLine(state), " │ Inherent  Low 3    Residual not assessed                                   │")
        send(.down, .character("4"), to: &state)
        let screen = render(state)
        assertScreen(screen,
            """
             Annex  1 Dashboard  2 Controls  3 Risks  4 Audits  5 Actions  6 Evidence
            ┌ Heat map: inherent ─────┐┌ Register 42/42 ───────────────────────────────────┐
             ┌ New risk R-777777 ─────────────────────────────────────────────────────────┐
             │ Inherent  High 12    Residual not assessed                                 │
             │                                                                            │
             │ Description                                                                │
             │ Assets                                                                     │
             │ Threat                                                                     │
             │ Vulnerability                                                              │
             │ Owner                                                                      │
             │ Likelihood          3 Possible                                             │
             │ Impact              ◂ 4 Major ▸                                            │
             │ Treatment           modify                                                 │
             │ Controls            (none)                                                 │
             │ Plan                                                                       │
             │ Due                                                                        │
             │ Residual likelihood not assessed                                           │
             │ Residual impact     not assessed                                           │
             │                                                                            │
             │                                                                            │
             │ Tab/Shift-Tab field, Left/Right value, Enter saves, Esc cancels            │
             └────────────────────────────────────────────────────────────────────────────┘
            └──────────────────────────────────────────────────────────────── e shows all ─┘
             Enter  OK  Esc  Cancel  Tab  Field
            """
        )
        let badge = locate("High 12", in: screen)!
        XCTAssertEqual(screen.style(at: badge), theme.style("risk.high"), "the level badge is in the level's colour")
        XCTAssertEqual(screen.style(at: locate("◂ 4 Major ▸", in: screen)!), theme.style("input"))
        XCTAssertEqual(screen.style(at: locate("Impact ", in: screen)!), theme.style("heading"), "the focused field's label")

        // Residual: 0 means not assessed; digits outside the scale are ignored.
        for _ in 0..<5 { send(.down, to: &state) }
        send(.character("9"), .character("2"), .down, .character("3"), to: &state)
        XCTAssertEqual(ratingLine(state), " │ Inherent  High 12    Residual  Medium 6                                    │")
        send(.character("0"), to: &state)
        XCTAssertEqual(ratingLine(state), " │ Inherent  High 12    Residual not assessed                                 │")
    }

    func testTheEditFormOfARiskWithAnErrorShowsTheMessageAboveTheHint() {
        var state = risksState()
        send(.tab, .character("e"), .named("ctrl+u"), .enter, to: &state)
        let rows = render(state).lines(trimmingTrailingSpaces: true)
        XCTAssertEqual(rows[2], " ┌ Edit R-001 ────────────────────────────────────────────────────────────────┐")
        XCTAssertEqual(rows[3], " │ Inherent  Critical 20    Residual  Medium 8                                │")
        XCTAssertEqual(rows[5], " │ Title                                                                      │", "the emptied title keeps the focus")
        XCTAssertEqual(rows[18], " │ A risk needs a title                                                       │")
        XCTAssertEqual(rows[20], " │ Tab/Shift-Tab field, Left/Right value, Enter saves, Esc cancels            │")
        XCTAssertEqual(render(state).style(at: Point(x: 3, y: 18)), theme.style("error"))
    }

    func testTheControlPickerFiltersByTheQueryAndChecksTheChosenControls() {
        var state = risksState()
        send(.tab, .character("e"), to: &state)
        for _ in 0..<9 { send(.down, to: &state) }
        XCTAssertTrue(render(state).lines(trimmingTrailingSpaces: true)
            .contains(" │ Controls            A.8.7, A.8.13, A.8.16, A.5.29   Enter picks            │"))
        send(.enter, to: &state)
        type("access", into: &state)
        send(.tab, .down, .down, .tab, to: &state)
        let screen = render(state)
        assertScreen(screen,
            """
             Annex  1 Dashboard  2 Controls  3 Risks  4 Audits  5 Actions  6 Evidence
            ┌ Heat map: inherent ─────┐┌ Register 42/42 ───────────────────────────────────┐
            │ ┌ Controls for R-001 (6 chosen) ───────────────────────────────────────────┐ │
            │ │ access                                                                   │ │
            │ │                                                                          │ │
            │ │ [x] A.5.15  Access control                                             ✓ │ │
            │ │ [ ] A.5.18  Access rights                                              ◐ │ │
            │ │ [x] A.8.2   Privileged access rights                                   ✓ │ │
            │ │ [ ] A.8.3   Information access restriction                             ◐ │ │
            │ │ [ ] A.8.4   Access to source code                                      ✓ │ │
            │ │                                                                          │ │
            └ │                                                                          │ ┘
            ┌ │                                                                          │ ┐
            │ │                                                                          │ │
            │ │                                                                          │ │
            │ │                                                                          │ │
            │ │                                                                          │ │
            │ │                                                                          │ │
            │ │                                                                          │ │
            │ │                                                                          │ │
            │ │ Tab toggles, Enter keeps the choice, Esc goes back                       │ │
            │ └──────────────────────────────────────────────────────────────────────────┘ │
            └──────────────────────────────────────────────────────────────── e shows all ─┘
             Enter  OK  Esc  Cancel  Tab  Pick
            """
        )
        let selected = locate("[x] A.8.2", in: screen)!
        XCTAssertEqual(screen.style(at: selected), theme.style("selection"), "the row under the cursor")
        XCTAssertEqual(screen.style(at: locate("[x] A.5.15", in: screen)!), theme.style("text"))
        XCTAssertEqual(screen.style(at: Point(x: 75, y: 5)), theme.style("status.implemented"), "the SoA mark in its status colour")

        send(.enter, to: &state)
        let rows = render(state).lines(trimmingTrailingSpaces: true)
        XCTAssertTrue(rows.contains(" │ Controls            A.8.7, A.8.13, A.8.16, A.5.29, A.5.15, A.8.2           │"), "Enter keeps the choice")
        XCTAssertTrue(rows.contains(" │ Plan                …erting on mass deletion; yearly ransomware tabletop.  │"),
                      "and moves on to Plan, whose field scrolls to show the cursor at the end, marking the hidden start\n" + rows.joined(separator: "\n"))
    }

    func testDeleteAsksForConfirmationNamingTheRisk() {
        var state = risksState()
        send(.tab, .character("d"), to: &state)
        assertScreen(render(state),
            """
             Annex  1 Dashboard  2 Controls  3 Risks  4 Audits  5 Actions  6 Evidence
            ┌ Heat map: inherent ─────┐┌ Register 42/42 ───────────────────────────────────┐
            │ 5  ·M  ·H  ·H  1C  ·C   ││Id▲      Title                    Inh  Treat   Res │
            │ 4  ·L  ·M  3H  ·H  3C   ││R-001    Ransomware encrypts pro… C20  modify  M8  │
            │ 3  ·L  1M  9M  7H  2H   ││R-002    Cloud misconfiguration … C20  modify  M8  │
            │ 2  ·L  2L  1M  5M  5H   ││R-003    Phishing leads to takeo… C20  modify  M9  │
            │ 1  ·L  1L  1L  ·L  ·M   ││R-004    Insider steals customer… M8   modify  M6  │
            │     1   2   3   4   5   ││R-005    AWS region outage stops… H10  modify  M6  │
            │ likel ┌ Confirm ─────────────────────────────────────────────────────┐   L4  │
            │ Rare  │ Delete R-001 Ransomware encrypts production data and         │   M6  │
            │       │ backups? (u undoes it)                                       │   M8  │
            └────── │                                                              │ -8/42 ┘
            ┌ R-001 │                                                              │ ──────┐
            │ Inher │ y yes, n no                                                  │       │
            │ Resid └──────────────────────────────────────────────────────────────┘       │
            │ Owner          Aoife Donnelly (adonnelly)                                    │
            │ Treatment      modify, treating, due 2027-02-12                              │
            │ Plan           Immutable backups in a separate AWS account; EDR on all       │
            │                endpoints; 24x7 alerting on mass deletion; yearly ransomware  │
            │                tabletop.                                                     │
            │ Controls       ✓ A.8.7 Protection against malware                            │
            │                ✓ A.8.13 Information backup                                   │
            └──────────────────────────────────────────────────────────────── e shows all ─┘
             y  Yes  n  No
            """
        )
        send(.character("n"), to: &state)
        XCTAssertNil(state.popup)
        XCTAssertEqual(state.workspace.risks.count, 42)
        XCTAssertTrue(render(state).lines(trimmingTrailingSpaces: true)[23].hasPrefix(" Nothing deleted "))
    }

    func testTheMatrixFormShowsTheScalesLevelsThresholdAndRemapChoice() {
        var state = risksState()
        send(.character("M"), to: &state)
        assertScreen(render(state),
            """
             Annex  1 Dashboard  2 Controls  3 Risks  4 Audits  5 Actions  6 Evidence
            ┌ Heat map: inherent ─────┐┌ Register 42/42 ───────────────────────────────────┐
            │ 5  ·M  ·H  ·H  1C  ·C   ││Id▲      Title                    Inh  Treat   Res │
            │ 4  ·L  ·M  3H  ·H  3C   ││R-001    Ransomware encrypts pro… C20  modify  M8  │
             ┌ Risk matrix (annex.yaml) ──────────────────────────────────────────────────┐
             │ Likelihood steps, lowest first                                             │
             │ Rare, Unlikely, Possible, Likely, Almost certain                           │
             │ Impact steps, lowest first                                                 │
             │ Negligible, Minor, Moderate, Major, Severe                                 │
             │ Levels, lowest first: name and highest score (Low 4, Medium 9, ...)        │
             │ Low 4, Medium 9, High 16, Critical 25                                      │
             │ Acceptance needed from level                                               │
             │ High                                                                       │
             │ If a scale changes size, the 42 existing ratings                           │
             │ Keep each rating's position on the scale (proportional)                    │
             │                                                                            │
             │                                                                            │
             │                                                                            │
             │ Tab next field, Left/Right changes the choice, Enter saves, Esc cancels    │
             └────────────────────────────────────────────────────────────────────────────┘
            │ Controls       ✓ A.8.7 Protection against malware                            │
            │                ✓ A.8.13 Information backup                                   │
            └──────────────────────────────────────────────────────────────── e shows all ─┘
             Enter  OK  Esc  Cancel  Tab  Field
            """
        )
        let screen = render(state)
        XCTAssertEqual(screen.style(at: locate("Rare, Unlikely", in: screen)!), theme.style("input"), "the focused field is an input")

        send(.tab, .tab, .tab, .tab, .character(" "), to: &state)
        var rows = render(state).lines(trimmingTrailingSpaces: true)
        XCTAssertEqual(rows[14], " │ < Keep the numbers, lowering those above the new top step >                │")

        send(.backTab, .backTab, .backTab, .backTab, .named("ctrl+u"), to: &state)
        type("Low, High", into: &state)
        send(.enter, to: &state)
        rows = render(state).lines(trimmingTrailingSpaces: true)
        XCTAssertEqual(rows[17], " │ the likelihood scale has 2 steps; a matrix needs 3 to 6                    │", "refused, with the reason")
        XCTAssertEqual(state.workspace.config.riskMatrix, .standard5x5)
    }
}
