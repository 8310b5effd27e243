@testable import AnnexApp
import AnnexDomain
import XCTest

/// Popups stack: the top one gets the keys, closing it shows the one below as it was.
final class LayerStackTests: XCTestCase {
    func testPushAndPopKeepTheLayerBelowAsItWas() {
        var state = sampleState()
        state.popup = .help(scroll: 3)
        state.push(.confirm(Confirmation(message: StatusWords(text: "Sure?").notice, action: .quit)))
        XCTAssertEqual(state.layers.count, 2)
        XCTAssertEqual(state.context, .confirm, "the top layer takes the keys")
        state.pop()
        XCTAssertEqual(state.popup, .help(scroll: 3))
        state.popup = .help(scroll: 4)
        XCTAssertEqual(state.layers, [.help(scroll: 4)], "setting the popup replaces the top layer")
        state.push(.palette(PaletteState()))
        state.popup = nil
        XCTAssertEqual(state.layers, [], "closing closes every layer")
    }

    /// The control picker opens over the risk form; Esc goes back to the form with what was typed,
    /// Enter hands the chosen controls to it.
    func testThePickerSitsOverTheRiskFormAndEscReturnsToItUnchanged() {
        var driver = Driver(sampleState())
        driver.press("3", "a")
        driver.type("Supplier breach")
        for _ in 0..<20 {
            if case .riskForm(let form) = driver.state.popup, form.field == .controls { break }
            driver.press("down")
        }
        guard case .riskForm(let before) = driver.state.popup, before.field == .controls else { return XCTFail("on the Controls field") }
        driver.press("enter")
        XCTAssertEqual(driver.state.layers.count, 2, "the picker over the form")
        guard case .controlPicker = driver.state.popup else { return XCTFail("the picker is on top") }
        driver.type("backup")
        driver.press("tab", "escape")
        XCTAssertEqual(driver.state.layers, [.riskForm(before)], "Esc drops the picker and the form is as it was")
        driver.press("enter")
        driver.type("backup")
        driver.press("tab", "enter")
        guard case .riskForm(let linked) = driver.state.popup else { return XCTFail("back in the form") }
        XCTAssertEqual(driver.state.layers.count, 1)
        XCTAssertEqual(linked.texts[.title]?.text, "Supplier breach", "what was typed before the picker is kept")
        XCTAssertEqual(linked.controls, before.controls + ["A.8.13"])
        XCTAssertEqual(linked.field, .plan)
    }
}

/// The one filter-as-you-type list behind the palette and the two pickers.
final class PickingTests: XCTestCase {
    func testTypingFiltersFromTheTopMovingStaysInTheMatchesAndEnterSaysWhichOne() {
        var palette = PaletteState()
        XCTAssertEqual(palette.pick(.down, command: .moveDown, matches: 3), .stay)
        XCTAssertEqual(palette.pick(.down, command: .moveDown, matches: 3), .stay)
        XCTAssertEqual(palette.pick(.down, command: .moveDown, matches: 3), .stay)
        XCTAssertEqual(palette.selected, 2, "no further than the last match")
        XCTAssertEqual(palette.pick(.character("r"), command: nil, matches: 3), .stay)
        XCTAssertEqual(palette.editor.text, "r")
        XCTAssertEqual(palette.selected, 0, "a new query starts at its first match")
        XCTAssertEqual(palette.pick(.enter, command: .confirm, matches: 1), .confirm(0))
        XCTAssertEqual(palette.pick(.enter, command: .confirm, matches: 0), .confirm(nil), "Enter with nothing matching chooses nothing")
        XCTAssertEqual(palette.pick(.escape, command: .cancel, matches: 1), .cancel)
        var picker = ItemPicker(audit: "IA-1")
        XCTAssertEqual(picker.pick(.tab, command: .toggleChoice, matches: 2), .toggle(0))
        XCTAssertEqual(picker.pick(.tab, command: .toggleChoice, matches: 0), .stay, "nothing to toggle")
    }
}

/// The one form behind the audit plan, risk, action and verification forms.
final class FormEditingTests: XCTestCase {
    func testFieldKeysWrapRoundEnterSubmitsEscCancelsAndOtherKeysEditTheField() {
        let state = sampleState()
        var form = AuditPlanForm(audit: Audit(id: "IA-1", title: "First"), isNew: true)
        XCTAssertEqual(form.field, .title)
        XCTAssertEqual(form.handle(.backTab, command: .previousField, in: state), .stay)
        XCTAssertEqual(form.field, AuditPlanForm.Field.allCases.last, "Shift-Tab from the first field wraps to the last")
        XCTAssertEqual(form.handle(.tab, command: .nextField, in: state), .stay)
        XCTAssertEqual(form.field, .title)
        _ = form.handle(.character("!"), command: nil, in: state)
        XCTAssertEqual(form.texts[.title]?.text, "First!", "other keys edit the field under the cursor")
        _ = form.handle(.tab, command: .nextField, in: state)
        XCTAssertEqual(form.field, .type)
        let before = form.audit.type
        _ = form.handle(.right, command: nil, in: state)
        XCTAssertNotEqual(form.audit.type, before, "Right steps a choice")
        XCTAssertEqual(form.handle(.enter, command: .confirm, in: state), .submit)
        XCTAssertEqual(form.handle(.escape, command: .cancel, in: state), .cancel)
    }

    /// The cursor moves in every form's text fields (the action, verification and matrix forms
    /// used to drop a move that changed no text, so Left did nothing there).
    func testTheCursorMovesInTheActionAndMatrixForms() {
        let state = sampleState()
        var action = ActionForm(editing: CorrectiveAction(id: "CA-1", audit: "IA-1", finding: "F-1"), finding: nil)
        action.field = .rootCause
        for key in [KeyPress.character("a"), .character("c"), .left, .character("b")] { _ = action.handle(key, command: nil, in: state) }
        XCTAssertEqual(action.text(.rootCause), "abc", "Left moved the cursor back one")
        var matrix = MatrixForm(matrix: .standard5x5)
        _ = matrix.handle(.named("home"), command: nil, in: state)
        _ = matrix.handle(.character("X"), command: nil, in: state)
        XCTAssertTrue(matrix.editors[matrix.field]?.text.hasPrefix("X") ?? false, "Home moved the cursor to the start")
    }
}
