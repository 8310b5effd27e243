import AnnexApp
import AnnexDomain
import AnnexViews
import TerminalCore
import XCTest

/// Terminals that cannot show everything: too small, no UTF-8 locale, no colours.
final class TerminalFallbackTests: XCTestCase {
    func testATooSmallTerminalSaysWhatSizeIsNeededAndWhatItHas() {
        assertScreen(render(demoState(width: 60, height: 20)),
            """








                     Annex needs a terminal of at least 80x24.
                                 This one is 60x20.
                      Enlarge the window, or press q to quit.









            """
        )
    }

    func testOneColumnShortIsStillTooSmall() {
        let rows = render(demoState(width: 79, height: 24)).lines(trimmingTrailingSpaces: true)
        XCTAssertTrue(rows.contains { $0.contains("Annex needs a terminal of at least 80x24.") })
        XCTAssertTrue(rows.contains { $0.contains("This one is 79x24.") })
    }

    // MARK: ASCII

    /// What a user might have on screen, drawn for a terminal without a UTF-8 locale.
    private func asciiFrames() -> [String: CellBuffer] {
        var help = controlsState(selecting: "A.5.15")
        send(.character("?"), to: &help)
        var palette = controlsState(selecting: "A.5.15")
        send(.character(":"), to: &palette)
        var form = controlsState(selecting: "A.5.15")
        send(.character("a"), .ctrl("u"), .enter, to: &form)
        var filter = controlsState(selecting: "A.5.15")
        send(.character("/"), to: &filter)
        type("access", into: &filter)
        var collapsed = controlsState(selecting: "group:A.7")
        send(.character("h"), to: &collapsed)
        let states: [String: AppState] = [
            "dashboard": demoState(), "dashboard 120x40": demoState(width: 120, height: 40),
            "controls": controlsState(selecting: "A.5.15"), "excluded control": controlsState(width: 120, height: 40, selecting: "A.7.6"),
            "detail focused": controlsState(selecting: "A.8.12", focus: .detail), "group": collapsed,
            "help": help, "palette": palette, "form": form, "filter": filter, "too small": demoState(width: 60, height: 20),
        ]
        return states.mapValues { render($0, unicode: false) }
    }

    func testASCIIFramesHaveNoLineDrawingMarksOrEllipsis() {
        let unicodeGlyphs = Set("─│┌┐└┘├┤┬┴┼╭╮╰╯█░▾▸•…▏✓◐○·✗⏎\u{FFFD}")
        for (name, frame) in asciiFrames() {
            for (y, row) in frame.lines.enumerated() {
                let found = row.filter { unicodeGlyphs.contains($0) }
                XCTAssertEqual(found, "", "\(name), row \(y): \(row)")
            }
        }
    }

    func testInASCIIFramesOnlyNamesFromTheDataAreNotASCII() {
        // The demo's people (Björn Åkesson, Jürgen Weiß …) keep their letters: that is data, not drawing.
        for (name, frame) in asciiFrames() {
            for (y, row) in frame.lines.enumerated() {
                for character in row where !character.isASCII {
                    XCTAssertTrue(character.isLetter, "\(name), row \(y): '\(character)' in \(row)")
                }
            }
        }
    }

    func testASCIIControlsScreenAt80x24() {
        assertScreen(render(controlsState(selecting: "A.5.15"), unicode: false),
            """
             Annex  1 Dashboard  2 Controls  3 Risks  4 Audits  5 Actions  6 Evidence
            + Catalog -----------------------++ Detail ------------------------------------+
            |      9.3.3 Management review~  || A.5.15 Access control                      |
            |v 10 Improvement                || Organizational controls - was A.9.1.1,     |
            |    10.1 Continual improvement  || A.9.1.2                                    |
            |    10.2 Nonconformity and co~  ||                                            |
            |v A.5 Organizational cont~ 22/37|| Statement of Applicability                 |
            |  A.5.1   Policies for inform~ +|| Status         + Implemented               |
            |  A.5.2   Information securit~ +|| Applicable     yes                         |
            |  A.5.3   Segregation of duti~ ~|| Included for   Risk treatment, Contractual |
            |  A.5.4   Management responsi~ +|| Justification  Need-to-know access to      |
            |  A.5.5   Contact with author~ +||                customer data is a contract |
            |  A.5.6   Contact with specia~ .||                requirement (R-004, R-029). |
            |  A.5.7   Threat intelligence  o|| Owner          Aoife Donnelly (adonnelly)  |
            |  A.5.8   Information securit~ ~|| Evidence       EV-002 Topic policies:      |
            |  A.5.9   Inventory of inform~ +||                access control, acceptable  |
            |  A.5.10  Acceptable use of i~ +||                use, cryptography, backup,  |
            |  A.5.11  Return of assets     +||                remote work; EV-006         |
            |  A.5.12  Classification of i~ +||                Quarterly access review     |
            |  A.5.13  Labelling of inform~ o||                records: Entra ID, AWS,     |
            |  A.5.14  Information transfer ~||                GitLab, Dispatch admin      |
            |  A.5.15  Access control       +||                console                     |
            +--------------------- 38-57/138 ++-------------------------------- more below +
             / Filter  s Status  a In/out  J Justify  u Undo  q Quit  ? Help  : Commands
            """
        )
    }

    // MARK: Monochrome

    private let monochrome = theme("monochrome").degraded(to: .monochrome)

    private func monochromeFrames(unicode: Bool) -> [String: CellBuffer] {
        var form = controlsState(selecting: "A.5.15")
        send(.character("a"), .ctrl("u"), .enter, to: &form)
        var help = controlsState(selecting: "A.5.15")
        send(.character("?"), to: &help)
        let states: [String: AppState] = [
            "dashboard": demoState(), "controls": controlsState(selecting: "A.5.15"),
            "detail": controlsState(width: 120, height: 40, selecting: "A.5.15", focus: .detail),
            "form": form, "help": help,
        ]
        return states.mapValues { AppView.render($0, context: RenderContext(theme: monochrome, unicode: unicode)) }
    }

    func testMonochromeFramesUseNoColourAtAll() {
        for (name, frame) in monochromeFrames(unicode: true) {
            for y in 0..<frame.size.height {
                for x in 0..<frame.size.width {
                    let style = frame.style(at: Point(x: x, y: y))
                    if style.foreground != .default || style.background != .default {
                        return XCTFail("\(name): the cell at \(x),\(y) is coloured: \(style)")
                    }
                }
            }
        }
    }

    func testWithoutColourTheStatusMarksStillTellTheStatusesApart() {
        for unicode in [true, false] {
            let markColumn = Layout.catalogWidth(width: 80) - 2
            var marks: [String: String] = [:]
            for (selecting, row) in [("A.5.15", "A.5.1 "), ("A.5.15", "A.5.3 "), ("A.5.15", "A.5.7 "), ("A.5.15", "A.5.6 "), ("A.7.8", "A.7.6 ")] {
                let state = controlsState(selecting: selecting)
                let frame = AppView.render(state, context: RenderContext(theme: monochrome, unicode: unicode))
                guard let at = locate("|  " + row, in: frame) ?? locate("│  " + row, in: frame) else { return XCTFail("\(row) not shown") }
                marks[row] = frame.cell(at: Point(x: markColumn, y: at.y)).grapheme
            }
            let expected = unicode
                ? ["A.5.1 ": "✓", "A.5.3 ": "◐", "A.5.7 ": "○", "A.5.6 ": "·", "A.7.6 ": "✗"]
                : ["A.5.1 ": "+", "A.5.3 ": "~", "A.5.7 ": "o", "A.5.6 ": ".", "A.7.6 ": "x"]
            XCTAssertEqual(marks, expected, unicode ? "Unicode" : "ASCII")
        }
    }

    func testWithoutColourTheSelectionAndTheActivePaneStillShow() {
        let frame = AppView.render(controlsState(selecting: "A.5.15"), context: RenderContext(theme: monochrome))
        XCTAssertTrue(frame.style(at: Point(x: 5, y: 21)).attributes.contains(.reverse), "the selected row is reversed")
        XCTAssertFalse(frame.style(at: Point(x: 5, y: 20)).attributes.contains(.reverse))
        XCTAssertNotEqual(frame.style(at: Point(x: 0, y: 10)), frame.style(at: Point(x: 79, y: 10)), "active and inactive borders differ")
        let legend = AppView.render(demoState(), context: RenderContext(theme: monochrome)).lines(trimmingTrailingSpaces: true)
        XCTAssertEqual(legend[8].prefix(40), "│✓ Implemented 54   ◐ Partial     18   │", "the dashboard says what each mark means")
        XCTAssertEqual(legend[9].prefix(40), "│○ Planned     10   · Not started 5    │")
        XCTAssertEqual(legend[10].prefix(40), "│✗ Excluded    6                       │")
    }
}
