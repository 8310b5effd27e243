@testable import AnnexApp
import AnnexDomain
import AnnexViews
import XCTest

/// Reducers say what happened as values; the words are made when drawn, with the keys of the
/// keymap in force, on the status line, in questions and in form problems alike.
final class NoticeTests: XCTestCase {
    private func state() -> AppState {
        var state = sampleState(height: 30)
        state.width = 100
        state.workspace.risks = [
            Risk(id: "R-001", title: "Ransomware", owner: "anna", inherent: RiskRating(likelihood: 4, impact: 5), status: .treating),
            Risk(id: "R-002", title: "Phishing", owner: "ben", inherent: RiskRating(likelihood: 4, impact: 4), status: .treating),
        ]
        return state
    }

    private func rebinding(_ command: Command, to key: String) -> Keymap {
        var keymap = Keymap.standard
        for (context, bindings) in keymap.bindings {
            keymap.bindings[context] = bindings.map { $0.command == command ? Binding([key], command) : $0 }
        }
        return keymap
    }

    private func screen(_ state: AppState, keymap: Keymap) -> [String] {
        AppView.render(state, keymap: keymap, context: RenderContext(theme: ThemeCatalog().themes[0])).lines(trimmingTrailingSpaces: true)
    }

    func testADeletionIsAskedAndReportedAsValuesOfTheRisksScreen() {
        var driver = Driver(state())
        driver.send(.character("3"), .tab, .character("d"))
        guard case .confirm(let confirmation) = driver.state.popup else { return XCTFail("no confirmation") }
        XCTAssertEqual(confirmation.message, RisksNotice.confirmDelete("R-001", title: "Ransomware").notice)
        driver.send(.character("y"))
        XCTAssertEqual(driver.state.status?.kind, .saved)
        XCTAssertEqual(driver.state.status?.notice, RisksNotice.deleted("R-001").notice, "the value, not only its words")
        XCTAssertEqual(driver.state.status?.text, "R-001 deleted (u undoes it)")
    }

    func testTheQuestionAndTheStatusLineNameTheKeyAsTheKeymapBindsIt() {
        let keymap = rebinding(.undo, to: "ctrl+z")
        var driver = Driver(state(), reducer: AppReducer(keymap: keymap))
        driver.send(.character("3"), .tab, .character("d"))
        let question = screen(driver.state, keymap: keymap).joined(separator: "\n")
        XCTAssertTrue(question.contains("Delete R-001 Ransomware? (Ctrl-Z undoes it)"), question)
        driver.send(.character("y"))
        let status = screen(driver.state, keymap: keymap).last ?? ""
        XCTAssertTrue(status.contains("R-001 deleted (Ctrl-Z undoes it)"), status)
        driver.send(.named("ctrl+z"))
        XCTAssertEqual(driver.state.workspace.risks.map(\.id).sorted(), ["R-001", "R-002"], "the key the notice named does undo")
    }

    func testAHintOnTheStatusLineNamesTheKeyAsTheKeymapBindsIt() throws {
        let keymap = rebinding(.advanceAction, to: "A")
        var state = state()
        state.workspace.actions = [CorrectiveAction(id: "CA-1", audit: "IA-1", finding: "F-1", owner: "anna", status: .open)]
        var driver = Driver(state, reducer: AppReducer(keymap: keymap))
        driver.press("5", "v")
        let status = try XCTUnwrap(driver.state.status)
        XCTAssertEqual(status.notice, ActionsNotice.notDoneYet("CA-1", .open).notice)
        XCTAssertTrue(screen(driver.state, keymap: keymap).last?.contains("(A advances it)") ?? false, screen(driver.state, keymap: keymap).last ?? "")
        XCTAssertTrue(status.text.contains("(s advances it)"), "with the standard keys: \(status.text)")
    }

    func testAPopupsLineOfKeysFollowsARebinding() {
        let keymap = rebinding(.cancel, to: "ctrl+g")
        var driver = Driver(state(), reducer: AppReducer(keymap: keymap))
        driver.send(.character("3"), .character("a"))
        let form = screen(driver.state, keymap: keymap).joined(separator: "\n")
        XCTAssertTrue(form.contains("Enter saves, Ctrl-G cancels"), form)
        XCTAssertFalse(form.contains("Esc cancels"), form)
        driver.send(.named("ctrl+g"))
        XCTAssertNil(driver.state.popup, "the key the line names does cancel")
    }

    func testTheKeysOfAChoiceFieldAreAKeymapContextThatHelpAndTheFormsName() {
        var driver = Driver(state())
        driver.send(.character("?"))
        var help = ""
        for _ in 0..<120 {
            help += screen(driver.state, keymap: .standard).joined(separator: "\n")
            driver.send(.character("j"))
        }
        XCTAssertTrue(help.contains(KeyContext.choiceField.title), help)
        XCTAssertTrue(help.contains("Next choice"), help)
        XCTAssertTrue(KeymapDocument.markdown(.standard).contains("Next choice (or one step up a scale)"))
        driver.send(.named("escape"), .character("3"), .character("a"))
        let form = screen(driver.state, keymap: .standard).joined(separator: "\n")
        XCTAssertTrue(form.contains("Left/Right value"), "the risk form names the choice keys from the keymap: \(form)")
    }

    func testNoticesCompareByValueAndTwoSaidTogetherKeepBoth() {
        XCTAssertEqual(ShellNotice.saving.notice, ShellNotice.saving.notice)
        XCTAssertNotEqual(RisksNotice.deleted("R-1").notice, RisksNotice.deleted("R-2").notice)
        XCTAssertNotEqual(RisksNotice.filtersCleared.notice, ControlsNotice.filtersCleared.notice, "same words, different screens")
        let dropped = ShellNotice.typeAheadDropped(2, after: RisksNotice.deleted("R-1").notice)
        XCTAssertEqual(dropped.notice.description, "R-1 deleted (u undoes it); 2 keys typed before this showed were not run")
    }
}
