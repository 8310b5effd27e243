@testable import AnnexApp
import AnnexDomain
import XCTest

/// Changing corrective actions: the status flow, verification, editing, raising, undo, failed saves.
final class ActionEditingTests: XCTestCase {
    func testAdvancingGoesOpenInProgressDoneAndDoneNeedsARootCauseAndAnAction() {
        var driver = Driver(actionsState())
        driver.selectAction("CA-1")
        driver.send(.character("s"))
        XCTAssertEqual(driver.action("CA-1")?.status, .inProgress)
        XCTAssertEqual(driver.savedActions.last?.status, .inProgress)
        XCTAssertEqual(driver.state.status, StatusMessage(.saved, "CA-1 in progress"))

        driver.send(.character("s"))
        XCTAssertEqual(driver.action("CA-1")?.status, .inProgress, "refused: nothing is written down yet")
        XCTAssertEqual(driver.savedActions.count, 1)
        XCTAssertEqual(driver.state.status, StatusMessage(.warning, "CA-1 cannot be done without a root cause and an action: e edits it"))

        driver.send(.character("e"))
        guard let form = driver.state.popup?.layer(ActionForm.self) else { return XCTFail("e opens the form") }
        XCTAssertFalse(form.isNew)
        XCTAssertEqual(form.field, .rootCause)
        driver.type("Leaver mails are not tracked")
        driver.send(.enter)
        driver.send(.character("s"))
        XCTAssertEqual(driver.state.status, StatusMessage(.warning, "CA-1 cannot be done without an action: e edits it"))

        driver.send(.character("e"), .tab)
        driver.type("HR feed disables accounts")
        driver.send(.enter, .character("s"))
        XCTAssertEqual(driver.action("CA-1")?.status, .done)
        XCTAssertEqual(driver.state.status, StatusMessage(.saved, "CA-1 done; v verifies it once it has had time to work"))
        driver.send(.character("s"))
        XCTAssertEqual(driver.state.status, StatusMessage(.info, "CA-1 is done: v records whether it worked"))

        // Undo walks back every step: done, the action text, the root cause, in progress.
        for _ in 0..<4 { driver.send(.character("u")) }
        XCTAssertEqual(driver.action("CA-1"), actionsState().workspace.actions[0])
        XCTAssertEqual(driver.state.status, StatusMessage(.saved, "Undone: CA-1 restored"))
        XCTAssertEqual(driver.deletedActions, [])
        driver.send(.character("u"))
        XCTAssertEqual(driver.state.status, StatusMessage(.info, "Nothing to undo"))
    }

    func testVerifyingAsEffectiveClosesTheActionAndHandsTheSelectionOn() {
        var driver = Driver(actionsState())
        driver.selectAction("CA-3")
        driver.send(.character("v"))
        guard let form = driver.state.popup?.layer(VerifyForm.self) else { return XCTFail("v opens the verification") }
        XCTAssertEqual(form.text(.date), "2026-11-29", "dated today")
        XCTAssertNil(form.effective, "effectiveness is never guessed")
        driver.send(.enter)
        guard let refused = driver.state.popup?.layer(VerifyForm.self) else { return XCTFail("saved without a verdict") }
        XCTAssertEqual(refused.error?.description, "Choose whether CA-3 was effective: Space or Left/Right")

        driver.send(.character(" "), .tab)
        driver.type("Dashboard used by all managers")
        driver.send(.tab)
        driver.type("ca")
        driver.send(.tab)
        guard let completed = driver.state.popup?.layer(VerifyForm.self) else { return XCTFail("form closed") }
        XCTAssertEqual(completed.text(.verifier), "carla", "Tab completes a person")
        driver.send(.enter)

        XCTAssertNil(driver.state.popup)
        let verified = try? XCTUnwrap(driver.action("CA-3"))
        XCTAssertEqual(verified?.status, .verified)
        XCTAssertEqual(verified?.verification, EffectivenessReview(by: "carla", on: testDay, effective: true, note: "Dashboard used by all managers"))
        XCTAssertEqual(driver.savedActions.last, verified)
        XCTAssertEqual(driver.state.status, StatusMessage(.saved, "CA-3 verified effective: closed"))
        XCTAssertEqual(driver.shownActions, ["CA-1", "CA-2"], "closed, it leaves the open list")
        XCTAssertEqual(driver.state.actions.selected, "CA-1", "the row that took its place")

        driver.send(.character("u"))
        XCTAssertEqual(driver.action("CA-3")?.status, .done)
        XCTAssertNil(driver.action("CA-3")?.verification)
    }

    func testNotEffectiveReopensTheActionAndKeepsTheReview() {
        var driver = Driver(actionsState())
        driver.selectAction("CA-3")
        driver.send(.character("v"), .character("n"), .enter)
        guard let refused = driver.state.popup?.layer(VerifyForm.self) else { return XCTFail("saved without a reason") }
        XCTAssertEqual(refused.field, .note)
        XCTAssertEqual(refused.error?.description, "Say in the note why it was not effective: the owner starts again from it")
        driver.type("Two managers never opened it")
        driver.send(.tab)
        driver.type("carla")
        driver.send(.down, .named("ctrl+u"))
        driver.type("2026-11-30")
        driver.send(.enter)
        guard let future = driver.state.popup?.layer(VerifyForm.self) else { return XCTFail("saved a future date") }
        XCTAssertEqual(future.error?.description, "Verified on 2026-11-30 is after today: record a check once it is made")
        driver.send(.named("ctrl+u"))
        driver.type("2026-11-28")
        driver.send(.enter)

        let review = EffectivenessReview(by: "carla", on: Day("2026-11-28")!, effective: false, note: "Two managers never opened it")
        XCTAssertEqual(driver.action("CA-3")?.status, .open)
        XCTAssertEqual(driver.action("CA-3")?.verification, review)
        XCTAssertEqual(driver.state.status, StatusMessage(.saved, "CA-3 not effective: reopened, the review is kept"))
        XCTAssertEqual(driver.state.actions.selected, "CA-3", "still open, still listed")

        driver.send(.character("s"))
        XCTAssertEqual(driver.action("CA-3")?.status, .inProgress)
        XCTAssertEqual(driver.action("CA-3")?.verification, review, "the review stays while the work starts again")
    }

    func testOnlyADoneActionCanBeVerified() {
        var driver = Driver(actionsState())
        driver.selectAction("CA-1")
        driver.send(.character("v"))
        XCTAssertNil(driver.state.popup)
        XCTAssertEqual(driver.state.status, StatusMessage(.info, "CA-1 is open: its effectiveness is verified once it is done (s advances it)"))
        driver.send(.character("o"))
        driver.selectAction("CA-4")
        driver.send(.character("v"))
        XCTAssertEqual(driver.state.status, StatusMessage(.info, "CA-4 is verified already"))
        driver.send(.character("s"))
        XCTAssertEqual(driver.state.status, StatusMessage(.info, "CA-4 is verified and closed"))
    }

    func testEditingChecksTheDueDateAndCompletesTheOwner() {
        var driver = Driver(actionsState())
        driver.selectAction("CA-1")
        driver.send(.enter, .tab, .tab)
        guard let form = driver.state.popup?.layer(ActionForm.self) else { return XCTFail("Enter opens the form") }
        XCTAssertEqual(form.field, .owner)
        XCTAssertEqual(form.fields, [.rootCause, .action, .owner, .due], "no nonconformity to choose when editing")
        driver.send(.named("ctrl+u"), .character("b"), .tab)
        guard let completed = driver.state.popup?.layer(ActionForm.self) else { return XCTFail("form closed") }
        XCTAssertEqual(completed.text(.owner), "ben")
        XCTAssertEqual(completed.field, .owner, "Tab on a half-typed owner completes it")
        // With a whole person id in the field, Tab moves on: a date typed next lands in Due.
        driver.send(.tab)
        guard let movedOn = driver.state.popup?.layer(ActionForm.self) else { return XCTFail("form closed") }
        XCTAssertEqual(movedOn.field, .due, "Tab on a complete owner goes to the next field")
        XCTAssertEqual(movedOn.text(.owner), "ben")
        driver.send(.named("ctrl+u"))
        driver.type("2026-13-01")
        driver.send(.enter)
        guard let refused = driver.state.popup?.layer(ActionForm.self) else { return XCTFail("saved a bad date") }
        XCTAssertEqual(refused.error?.description, "Due must be a date like 2026-11-29, not '2026-13-01'")
        XCTAssertEqual(refused.field, .due)
        driver.send(.named("ctrl+u"))
        driver.type("2027-01-15")
        driver.send(.enter)
        XCTAssertEqual(driver.action("CA-1")?.owner, "ben")
        XCTAssertEqual(driver.action("CA-1")?.due, Day("2027-01-15"))
        XCTAssertEqual(driver.state.status, StatusMessage(.saved, "CA-1 saved"))
        XCTAssertEqual(driver.shownActions, ["CA-3", "CA-2", "CA-1"], "re-sorted by the new due date")
    }

    func testADoneActionKeepsItsRootCause() {
        var driver = Driver(actionsState())
        driver.selectAction("CA-3")
        driver.send(.character("e"), .named("ctrl+u"), .enter)
        guard let refused = driver.state.popup?.layer(ActionForm.self) else { return XCTFail("cleared a done action's root cause") }
        XCTAssertEqual(refused.error?.description, "CA-3 is done: it keeps its root cause")
        driver.send(.escape)
        XCTAssertEqual(driver.state.status, StatusMessage(.info, "Edit cancelled; nothing changed"))
        XCTAssertEqual(driver.action("CA-3")?.rootCause, "Nobody told managers")
    }

    func testTheLiveAuditSessionRaisesAnActionWithActionForm() throws {
        var state = actionsState()
        let finding = try XCTUnwrap(state.workspace.log(of: "IA-1").finding("F-3"))
        let id = ActionForm.newID(using: sequentialIDs(), in: state.workspace)
        XCTAssertEqual(id, "CA-012345")
        state.popup = .of(ActionForm.new(for: finding, audit: "IA-1", id: id, today: testDay))
        XCTAssertEqual(state.context, .actionForm)
        var driver = Driver(state)
        driver.type("Nobody owns the intranet")
        driver.send(.tab)
        driver.type("Unpublish old versions")
        driver.send(.tab)
        driver.type("jo")
        driver.send(.enter)

        let raised = CorrectiveAction(id: "CA-012345", audit: "IA-1", finding: "F-3", rootCause: "Nobody owns the intranet",
                                      action: "Unpublish old versions", owner: "jo", due: Day("2026-12-29"))
        XCTAssertEqual(driver.action("CA-012345"), raised, "open, due in 30 days")
        XCTAssertEqual(driver.savedActions, [raised])
        XCTAssertEqual(driver.state.status, StatusMessage(.saved, "CA-012345 raised for F-3 (note: 'jo' is not among the people in annex.yaml)"))
        XCTAssertEqual(driver.state.undoStack.last?.before, .action(id: "CA-012345", nil))

        driver.send(.character("5"), .character("u"))
        XCTAssertNil(driver.action("CA-012345"))
        XCTAssertEqual(driver.deletedActions, [raised], "undoing a new action deletes its file")
        XCTAssertEqual(driver.state.status, StatusMessage(.saved, "Undone: CA-012345 removed again"))
    }

    func testNewOnTheScreenOffersTheNonconformitiesWithoutAnAction() {
        var driver = Driver(actionsState(), reducer: AppReducer(ids: sequentialIDs()))
        driver.send(.character("5"), .character("a"))
        guard let form = driver.state.popup?.layer(ActionForm.self) else { return XCTFail("a opens the form") }
        XCTAssertTrue(form.isNew)
        XCTAssertEqual(form.id, "CA-012345")
        XCTAssertEqual(form.choices.map(\.finding.id), ["F-3", "F-5"], "nonconformities only, without an action")
        XCTAssertEqual(form.field, .nonconformity)
        XCTAssertEqual(form.record.finding, "F-3")
        driver.send(.right)
        guard let chosen = driver.state.popup?.layer(ActionForm.self) else { return XCTFail("form closed") }
        XCTAssertEqual(chosen.record.finding, "F-5")
        XCTAssertEqual(chosen.finding?.statement, "Cloud services are not registered.")
        driver.send(.character(" "))
        guard let wrapped = driver.state.popup?.layer(ActionForm.self) else { return XCTFail("form closed") }
        XCTAssertEqual(wrapped.record.finding, "F-3", "the choice wraps round")
        driver.send(.left, .enter)
        XCTAssertEqual(driver.action("CA-012345")?.finding, "F-5")
        XCTAssertEqual(driver.state.actions.selected, "CA-012345")
        XCTAssertEqual(driver.state.status, StatusMessage(.saved, "CA-012345 raised for F-5"))

        driver.send(.character("a"))
        guard let next = driver.state.popup?.layer(ActionForm.self) else { return XCTFail("a opens the form") }
        XCTAssertNotEqual(next.id, "CA-012345", "a new id never reuses a taken one")
        XCTAssertEqual(next.choices.map(\.finding.id), ["F-3"])
        XCTAssertEqual(next.fields.first, .rootCause, "one nonconformity left: nothing to choose")
        driver.send(.escape)
        XCTAssertEqual(driver.state.status, StatusMessage(.info, "New action \(next.id) discarded"))
    }

    func testAFailedSavePutsTheActionBackAndLeavesNothingToUndo() {
        var state = actionsState()
        let reducer = AppReducer()
        _ = reducer.reduce(&state, .key(.character("5")))
        _ = reducer.reduce(&state, .key(.character("j")))
        let before = state.workspace.actions[0]
        let effects = reducer.reduce(&state, .key(.character("s")))
        var advanced = before
        advanced.status = .inProgress
        XCTAssertEqual(effects, [.saveAction(advanced, previous: before, describe: ActionsNotice.inProgress("CA-1").notice)])
        XCTAssertEqual(state.status, StatusMessage(.info, "Saving…"), "not saved until the store says so")
        _ = reducer.reduce(&state, .saveFailed("actions/CA-1.yaml: permission denied", restore: .action(id: "CA-1", before)))
        XCTAssertEqual(state.workspace.actions[0], before)
        XCTAssertEqual(state.undoStack, [])
        XCTAssertEqual(state.status, StatusMessage(.error, "Not saved: actions/CA-1.yaml: permission denied"))
    }
}
