@testable import AnnexApp
import AnnexDomain
import TerminalCore
import XCTest

/// An audit whose checklist is drawn from an imported catalog: chosen on the plan form, its
/// items named by their labels in the session, with what the control requires.
final class AuditFrameworkTests: XCTestCase {
    private func newAuditForm(_ state: AppState) -> (AppState, AuditPlanForm?) {
        var state = state
        send(.character("4"), to: &state)
        send(.character("a"), to: &state)
        return (state, state.popup?.layer(AuditPlanForm.self))
    }

    func testANewPlanOffersTheFrameworksAndDrawsTheChosenOnesChecklist() throws {
        var (state, form) = newAuditForm(FrameworkFixture.state())
        let iso = try XCTUnwrap(form)
        XCTAssertEqual(iso.fields.prefix(3), [.title, .type, .framework])
        XCTAssertEqual(iso.audit.framework, ISO27001.frameworkID)
        send(.named("tab"), .named("tab"), to: &state)
        send(.character(" "), to: &state)
        let acme = try XCTUnwrap(state.popup?.layer(AuditPlanForm.self))
        XCTAssertEqual(acme.audit.framework, FrameworkFixture.id)
        XCTAssertEqual(acme.audit.checklist, ["ac-1", "ac-3", "ir-1"],
                       "the controls in catalog order: not the withdrawn AC-2, not the undecided enhancement AC-1(1)")
        XCTAssertEqual(acme.text(.criteria), "ACME controls", "criteria still as proposed follow the framework")
        XCTAssertTrue(picture(render(state)).contains("Checklist: 3 items of ACME controls"))
        send(.character(" "), to: &state)
        let back = try XCTUnwrap(state.popup?.layer(AuditPlanForm.self))
        XCTAssertEqual(back.audit.checklist, iso.audit.checklist, "back to ISO, its usual checklist again")
        XCTAssertEqual(back.text(.criteria), iso.text(.criteria))
    }

    func testCriteriaTypedByHandStayWhenTheFrameworkChanges() throws {
        var (state, _) = newAuditForm(FrameworkFixture.state())
        for _ in 0..<5 { send(.named("tab"), to: &state) }
        XCTAssertEqual(state.popup?.layer(AuditPlanForm.self)?.field, .criteria)
        type("; customer contract", into: &state)
        for _ in 0..<3 { send(.backTab, to: &state) }
        send(.character(" "), to: &state)
        let form = try XCTUnwrap(state.popup?.layer(AuditPlanForm.self))
        XCTAssertEqual(form.audit.framework, FrameworkFixture.id)
        XCTAssertEqual(form.text(.criteria), "ISO/IEC 27001:2022; Statement of Applicability; customer contract")
    }

    func testAnEnhancementMarkedApplicableJoinsTheChecklist() {
        var workspace = FrameworkFixture.state().workspace
        workspace.upsert(SoAEntry(control: "ac-1.1", status: .planned, framework: FrameworkFixture.id))
        workspace.upsert(SoAEntry(control: "ir-1", applicable: false, framework: FrameworkFixture.id))
        let framework = workspace.catalog.framework(FrameworkFixture.id)!
        XCTAssertEqual(Audit.defaultChecklist(framework: framework, statement: workspace.statement(of: framework.id)), ["ac-1", "ac-1.1", "ac-3"])
    }

    func testWithOnlyISOOrOnAPlannedAuditThereIsNoFrameworkToChoose() throws {
        let (_, demoForm) = newAuditForm(demoState())
        XCTAssertFalse(try XCTUnwrap(demoForm).fields.contains(.framework), "one framework: nothing to choose, the form as before")
        var state = FrameworkFixture.state()
        send(.character("4"), to: &state)
        send(.character("e"), to: &state)
        let edit = try XCTUnwrap(state.popup?.layer(AuditPlanForm.self))
        XCTAssertFalse(edit.fields.contains(.framework), "a planned audit's findings name its framework's controls")
    }

    private func acmeAuditState(width: Int = 100, height: Int = 30) -> AppState {
        var state = FrameworkFixture.state(width: width, height: height)
        state.workspace.audits.append(Audit(
            id: "IA-ACME", title: "ACME review", status: .inProgress, auditors: ["praghunathan"],
            start: Day("2026-12-01"), checklist: ["ac-1", "ac-3", "4.1"], framework: FrameworkFixture.id
        ))
        send(.character("4"), to: &state)
        return state
    }

    func testThePlanNamesTheFrameworkAndTheChecklistByLabels() {
        let screen = picture(render(acmeAuditState()))
        XCTAssertTrue(screen.contains("Against   ACME controls"), screen)
        XCTAssertTrue(screen.contains("AC-1    Account review"), screen)
        XCTAssertTrue(screen.contains("4.1     Understanding the organization"), "an ISO clause added by hand still resolves: \(screen)")
    }

    func testTheSessionShowsWhatACatalogControlRequires() {
        var state = acmeAuditState()
        send(.enter, to: &state)
        XCTAssertNotNil(state.audits.session)
        let screen = picture(render(state))
        XCTAssertTrue(screen.contains("AC-1 · 00:00 on this item"), screen)
        XCTAssertTrue(screen.contains("Requires"), screen)
        XCTAssertTrue(screen.contains("The organization reviews accounts every"), screen)
        XCTAssertTrue(screen.contains("a. Removes accounts nobody uses."), screen)
        XCTAssertTrue(screen.contains("Findings on AC-1: 0"), screen)
        XCTAssertTrue(screen.contains("Status not decided yet"), "AC-1 has no entry in the framework's file: \(screen)")
        send(.character("j"), to: &state)
        XCTAssertTrue(picture(render(state)).contains("Status ◐ Partial"), "AC-3's status from the framework's own file: \(picture(render(state)))")
    }

    func testWhatTheSessionSaysNamesTheControlByItsLabel() throws {
        var state = acmeAuditState()
        send(.enter, to: &state)
        send(.character("j"), .character("c"), to: &state)
        XCTAssertTrue(picture(render(state)).contains("Conformity on AC-3 Remote sessions"), "the note editor's title: \(picture(render(state)))")
        type("Sessions time out", into: &state)
        let effects = AppReducer().reduce(&state, .key(.enter))
        let described = effects.compactMap { effect -> Notice? in if case .appendEvent(_, _, let describe, _) = effect { describe } else { nil } }
        let words = try XCTUnwrap(described.first).description
        XCTAssertTrue(words.hasSuffix("saved on AC-3"), words)
        XCTAssertEqual(FieldForm(control: "ac-3", field: .owner, text: "", name: "AC-3").prompt, "Owner of AC-3")
    }

    func testJumpingTakesALabelOfTheAuditsFramework() {
        var state = acmeAuditState()
        send(.enter, to: &state)
        send(.character("g"), to: &state)
        XCTAssertTrue(picture(render(state)).contains("Go to item (id, e.g. AC-1)"), "the example is the audit's own: \(picture(render(state)))")
        type("ac-3", into: &state)
        send(.enter, to: &state)
        XCTAssertEqual(state.audits.session?.cursor, 1)
        XCTAssertTrue(picture(render(state)).contains("AC-3 Remote sessions"), picture(render(state)))
    }

    func testThePickerOffersTheAuditsFrameworkWithoutWithdrawnControls() throws {
        var state = acmeAuditState()
        state.focus = .auditPlan
        let picker = ItemPicker(audit: "IA-ACME")
        let (framework, matches) = picker.matches(in: state)
        XCTAssertEqual(framework.id, FrameworkFixture.id)
        XCTAssertEqual(matches.map(\.id), ["ac-1.1", "ir-1"], "not on the checklist yet, and AC-2 is withdrawn")
        state.popup = .of(picker)
        XCTAssertTrue(picture(render(state)).contains("AC-1(1) Automated review"), picture(render(state)))
    }
}
