import AnnexApp
import AnnexDomain
import AnnexViews
import TerminalCore
import XCTest

/// Text from files is data, not terminal commands: escape sequences and bells show as visible
/// escapes, and wide characters stay inside their pane.
final class HostileDataTests: XCTestCase {
    private static let owner = "情報セキュリティ責任者"
    private static let notes = "Alarm \u{1b}[31mred\u{1b}[0m and a bell\u{07} in the notes"
    private static let justification = "Überprüfung – ✓ 情報セキュリティ方針の年次レビューは毎年三月に実施される"

    /// The demo with A.5.15's SoA entry rewritten by someone with a creative editor.
    private func hostileState(width: Int, height: Int, focus: AnnexApp.Pane = .catalog) -> AppState {
        var state = controlsState(width: width, height: height, selecting: "A.5.15", focus: focus)
        var entry = state.workspace.soa["A.5.15"]!
        entry.owner = Self.owner
        entry.notes = Self.notes
        entry.justification = Self.justification
        state.workspace.soa.upsert(entry)
        state.workspace.config.organisation = "情報セキュリティ株式会社 \u{1b}]0;pwned\u{07} Überprüfung GmbH"
        return state
    }

    private let sizes = [(80, 24), (81, 24), (83, 30), (97, 33), (120, 40), (121, 41)]

    func testNoEscapeOrBellReachesAnyCell() {
        for (width, height) in sizes {
            let screen = render(hostileState(width: width, height: height))
            for y in 0..<height {
                for cell in screen.row(y) {
                    let controls = cell.grapheme.unicodeScalars.filter { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }
                    XCTAssertTrue(controls.isEmpty, "\(width)x\(height), row \(y): control character in '\(cell.grapheme.debugDescription)'")
                }
            }
        }
    }

    func testControlCharactersAreShownEscapedWhereTheNotesAre() {
        let rows = render(hostileState(width: 120, height: 40)).lines(trimmingTrailingSpaces: true)
        XCTAssertTrue(rows.contains { $0.contains("│ Notes          Alarm ^[[31mred^[[0m and a bell^G in the notes") },
                      rows.joined(separator: "\n"))
    }

    func testEscapedNotesWrapByTheirShownWidthAndNothingIsCutAtAnyWidth() {
        for width in 80...130 {
            let state = hostileState(width: width, height: 50)
            let rows = render(state).lines(trimmingTrailingSpaces: true)
            guard let start = rows.firstIndex(where: { $0.contains("│ Notes  ") }),
                  let end = rows.firstIndex(where: { $0.contains("│ Reviewed  ") }) else { return XCTFail("width \(width): no notes") }
            // The value column starts after the catalog, the detail border, a margin and the label.
            let valueColumn = Layout.catalogWidth(width: width) + 2 + 15
            let shown = rows[start..<end].map { row in
                String(row.dropFirst(valueColumn)).replacingOccurrences(of: "│", with: "").trimmingCharacters(in: .whitespaces)
            }
            XCTAssertEqual(shown.joined(separator: " "), "Alarm ^[[31mred^[[0m and a bell^G in the notes", "width \(width)")
        }
    }

    func testTheWideOwnerAndJustificationWrapInsideTheDetailPane() {
        let rows = render(hostileState(width: 120, height: 40)).lines(trimmingTrailingSpaces: true)
        XCTAssertEqual(rows[9].dropFirst(48), "│ Justification  Überprüfung – ✓                                       │")
        XCTAssertTrue(rows[10].dropFirst(48).hasPrefix("│                情報セキュリティ方針の年次レビューは毎年三月に実"), String(rows[10]))
        XCTAssertTrue(rows.contains { $0.contains("│ Owner          情報セキュリティ責任者 ") })
    }

    func testWideCharactersNeverSpillAcrossAPaneBorder() {
        for (width, height) in sizes {
            for focus in [AnnexApp.Pane.catalog, .detail] {
                let screen = render(hostileState(width: width, height: height, focus: focus))
                let catalogWidth = Layout.catalogWidth(width: width)
                for y in 2..<(height - 2) {
                    for x in [0, catalogWidth - 1, catalogWidth, width - 1] {
                        XCTAssertEqual(screen.cell(at: Point(x: x, y: y)).grapheme, "│", "\(width)x\(height), column \(x), row \(y)")
                    }
                }
            }
        }
    }

    func testAWideOrganisationNameIsCutInsideTheTabBar() {
        for (width, height) in sizes {
            let screen = render(hostileState(width: width, height: height))
            let top = screen.row(0)
            XCTAssertEqual(top.last?.grapheme, " ", "\(width)x\(height): the last column stays free")
            XCTAssertFalse(top.contains { $0.grapheme.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 } })
            // Below 90 columns the tabs take the row; wider, the name is there, cut to fit.
            if width >= 90 { XCTAssertTrue(screen.lines[0].contains("情報セキュリ"), "\(width)x\(height): \(screen.lines[0])") }
        }
    }

    func testAFormHoldingLongWideTextKeepsItsBorder() {
        var state = hostileState(width: 80, height: 24)
        send(.character("J"), to: &state)
        type(" " + Self.owner + Self.owner, into: &state)
        let screen = render(state)
        let rows = screen.lines(trimmingTrailingSpaces: true)
        let top = rows.firstIndex { $0.contains("Justification of A.5.15") }!
        let left = Array(rows[top]).firstIndex(of: "┌")!
        for y in (top + 1)..<(top + 7) {
            XCTAssertEqual(screen.cell(at: Point(x: left, y: y)).grapheme, "│", "row \(y)")
            XCTAssertEqual(screen.cell(at: Point(x: left + 71, y: y)).grapheme, "│", "row \(y)")
        }
        XCTAssertTrue(rows[top + 2].contains("情報セキュリティ責任者"), "the end of the text, where the cursor is, is shown: \(rows[top + 2])")
    }

    func testAFilterForAWideOwnerIsCutInTheCatalogTitle() {
        var state = hostileState(width: 80, height: 24)
        state.controls.filter.owner = Self.owner
        send(.resize(width: 80, height: 24), to: &state)
        let screen = render(state)
        // 28 columns of title: the second wide character would need 29 with the ellipsis.
        XCTAssertTrue(screen.lines[1].hasPrefix("┌ Catalog (1 shown: owner 情… ───┐"), screen.lines[1])
        XCTAssertEqual(screen.cell(at: Point(x: 33, y: 1)).grapheme, "┐")
    }
}
