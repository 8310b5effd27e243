import AnnexApp
import AnnexDomain
import AnnexViews
import TerminalCore
import XCTest

/// An edit field shows its text from the start when it fits, and marks what it hides.
final class InputFieldTests: XCTestCase {
    private func owner(_ text: String, width: Int = 80) -> String {
        var state = AppState(workspace: Workspace.new(organisation: "Test GmbH"), today: Day("2026-11-29")!, themeNames: ["default"])
        state.width = width
        state.height = 24
        state.screen = .controls
        state.controls.selected = "A.5.1"
        state.popup = .of(FieldForm(control: "A.5.1", field: .owner, text: text))
        let screen = AppView.render(state, context: RenderContext(theme: ThemeCatalog().themes[0]))
        return screen.lines(trimmingTrailingSpaces: false).first { $0.contains("Owner") == false && $0.contains(String(text.suffix(3))) } ?? ""
    }

    /// Whatever the length, the field shows the whole text or says it hides some: never a text
    /// quietly missing its first letter.
    func testEveryLengthShowsTheWholeTextOrMarksTheHiddenStart() {
        var longestWhole = 0
        for length in 40...90 {
            let text = "A" + String(repeating: "b", count: length - 2) + "Z"
            let row = owner(text)
            if row.contains(text) {
                XCTAssertFalse(row.contains("…"), "\(length): whole and marked as cut:\n\(row)")
                longestWhole = length
            } else {
                XCTAssertTrue(row.contains("…b"), "\(length): cut without saying so:\n\(row)")
            }
        }
        XCTAssertGreaterThan(longestWhole, 60, "a field of the form's width holds a long owner whole")
    }

    func testALongerTextShowsItsEndWithAnEllipsisForTheHiddenStart() {
        let text = "START" + String(repeating: "b", count: 80) + "END"
        let row = owner(text)
        XCTAssertTrue(row.contains("…b"), "the hidden start is marked:\n\(row)")
        XCTAssertTrue(row.contains("bEND"), "the end by the cursor shows")
        XCTAssertFalse(row.contains("START"))
    }
}
