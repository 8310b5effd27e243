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
            if let form = driver.state.popup?.layer(RiskForm.self), form.field == .controls { break }
            driver.press("down")
        }
        guard let before = driver.state.popup?.layer(RiskForm.self), before.field == .controls else { return XCTFail("on the Controls field") }
        driver.press("enter")
        XCTAssertEqual(driver.state.layers.count, 2, "the picker over the form")
        guard driver.state.popup?.layer(ControlPicker.self) != nil else { return XCTFail("the picker is on top") }
        driver.type("backup")
        driver.press("tab", "escape")
        XCTAssertEqual(driver.state.layers, [.of(before)], "Esc drops the picker and the form is as it was")
        driver.press("enter")
        driver.type("backup")
        driver.press("tab", "enter")
        guard let linked = driver.state.popup?.layer(RiskForm.self) else { return XCTFail("back in the form") }
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

/// A layer declared outside every screen (as a new feature would declare its own): the stack
/// gives it the keys in its own context, and nothing central had to learn about it.
private struct NamingLayer: FeatureLayer {
    var typed = ""
    var context: KeyContext { .prompt }
    var isTyping: Bool { true }

    func handle(_ key: KeyPress, command: Command?, _ state: inout AppState, ids: IDGenerator) -> [Effect] {
        if command == .cancel { state.pop(); return [] }
        var next = self
        if case .character(let character) = key { next.typed.append(character) }
        state.popup = .of(next)
        return []
    }
}

final class FeatureLayerTests: XCTestCase {
    func testANewLayerGetsTheKeysFirstInItsContextAndEscPopsIt() {
        var driver = Driver(sampleState())
        driver.press("2")
        driver.state.push(.of(NamingLayer()))
        XCTAssertEqual(driver.state.context, .prompt, "its context is the keymap's for the top layer")
        XCTAssertTrue(driver.state.isTyping, "keys typed ahead of it closing are not run below")
        driver.press("s", "q")
        XCTAssertEqual(driver.state.popup?.layer(NamingLayer.self)?.typed, "sq", "s and q reached the layer, not the screen")
        XCTAssertFalse(driver.state.quitting)
        XCTAssertNil(driver.state.popup?.layer(RiskForm.self), "asking for another type finds nothing")
        driver.press("escape")
        XCTAssertNil(driver.state.popup)
        XCTAssertEqual(driver.state.screen, .controls, "Esc closed the layer and stayed on the screen")
    }

    func testAnEditorComesBackRebasedAfterAConflictWhateverScreenDeclaredIt() {
        var form = FieldForm(control: "A.5.1", field: .notes, text: "mine", original: SoAEntry(control: "A.5.1", notes: "base"))
        let theirs = SoAEntry(control: "A.5.1", notes: "theirs")
        let rebased = ConflictResolution.rebase(.of(form), onto: .soa(theirs))
        form.original = theirs
        XCTAssertEqual(rebased, .of(form), "the form now edits from the file's version, with the user's text")
        XCTAssertTrue(Popup.of(form).isEditor)
    }
}
