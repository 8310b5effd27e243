@testable import AnnexApp
import AnnexDomain
import Foundation
import XCTest

/// A deterministic id source: each id made of one repeated character, advancing per id.
private func steppingIDs() -> IDGenerator {
    final class Counter: @unchecked Sendable { var calls = 0 }
    let counter = Counter()
    return IDGenerator(randomByte: {
        counter.calls += 1
        return UInt8((counter.calls - 1) / 6 % 32)
    })
}

private let start = Date(timeIntervalSince1970: 1_795_000_000)

/// The sample state with A.5.3 and A.7.4 excluded, at the session clock's start.
private func auditState(user: String? = "anna") -> AppState {
    var state = sampleState(height: 30)
    state.width = 100
    state.now = start
    state.user = user
    for control in ["A.5.3", "A.7.4"] {
        var entry = state.workspace.soa[control]!
        entry.applicable = false
        entry.justification = "Not relevant here"
        state.workspace.soa.upsert(entry)
    }
    return state
}

/// Plans an audit through the form and opens its session, on the Audits screen.
private func planned(_ driver: inout Driver) {
    driver.press("4", "a")
    driver.press("ctrl+u")
    driver.type("Internal audit 2026")
    driver.press("enter")
}

final class AuditPlanReducerTests: XCTestCase {
    func testANewAuditTakesItsChecklistFromTheClausesAndTheApplicableControls() throws {
        var driver = Driver(auditState(), reducer: AppReducer(ids: steppingIDs()))
        planned(&driver)

        let audit = try XCTUnwrap(driver.state.workspace.audits.first)
        XCTAssertNil(driver.state.popup)
        XCTAssertEqual(audit.title, "Internal audit 2026")
        XCTAssertEqual(audit.status, .planned)
        XCTAssertEqual(audit.auditors, ["anna"], "the user plans the audit as its auditor")
        let framework = ISO27001.framework
        XCTAssertEqual(audit.checklist, framework.clauses.map(\.id) + framework.controls.map(\.id).filter { $0 != "A.5.3" && $0 != "A.7.4" })
        XCTAssertFalse(audit.checklist.contains("A.5.3"), "excluded controls are not audited")
        XCTAssertEqual(driver.savedAudits, [audit])
        XCTAssertEqual(driver.state.status?.kind, .saved)
        XCTAssertTrue(driver.state.status?.text.contains("\(audit.checklist.count) checklist items") ?? false)
    }

    func testAPlanNeedsATitleAndAnAuditorAndSaysWhichFieldIsWrong() {
        var driver = Driver(auditState(user: nil), reducer: AppReducer(ids: steppingIDs()))
        driver.press("4", "a")
        driver.press("enter")
        guard let form = driver.state.popup?.layer(AuditPlanForm.self) else { return XCTFail("the form stays open") }
        XCTAssertEqual(form.field, .auditors)
        XCTAssertEqual(form.error?.description, "Name at least one auditor (a person id)")
        XCTAssertTrue(driver.savedAudits.isEmpty)
    }

    func testTheChecklistIsReorderedShortenedAndExtendedAndEachStepUndoes() throws {
        var driver = Driver(auditState(), reducer: AppReducer(ids: steppingIDs()))
        planned(&driver)
        let original = try XCTUnwrap(driver.state.workspace.audits.first).checklist
        driver.press("tab")
        XCTAssertEqual(driver.state.focus, .auditPlan)

        driver.press("J")
        XCTAssertEqual(driver.state.workspace.audits[0].checklist.prefix(2), [original[1], original[0]])
        XCTAssertEqual(driver.state.audits.checklistCursor, 1, "the cursor follows the moved item")

        driver.press("d")
        XCTAssertFalse(driver.state.workspace.audits[0].checklist.contains(original[0]))

        driver.press("a")
        driver.type("A.5.3")
        driver.press("enter")
        XCTAssertTrue(driver.state.workspace.audits[0].checklist.contains("A.5.3"), "an excluded control can still be added by hand")

        driver.press("u", "u", "u")
        XCTAssertEqual(driver.state.workspace.audits[0].checklist, original)
        XCTAssertEqual(driver.savedAudits.last?.checklist, original, "undo saves the restored plan")
    }

    func testAFollowUpAuditCopiesTheChecklistWithFreshResults() throws {
        var state = auditState()
        let previous = Audit(id: "IA-1", title: "First", status: .closed, auditors: ["ben"], start: Day("2026-06-01"), checklist: ["4.1", "A.8.8"])
        state.workspace.audits = [previous]
        state.workspace.auditLogs["IA-1"] = AuditLog(events: [
            .logged(Finding(id: "F-1", item: "A.8.8", classification: .minor, statement: "Patches late", auditor: "ben", at: start)),
        ])
        var driver = Driver(state, reducer: AppReducer(ids: steppingIDs()))
        driver.press("4", "f", "enter")

        let followUp = try XCTUnwrap(driver.state.workspace.audits.first { $0.id != "IA-1" })
        XCTAssertEqual(followUp.followUpOf, "IA-1")
        XCTAssertEqual(followUp.checklist, previous.checklist)
        XCTAssertEqual(followUp.status, .planned)
        XCTAssertEqual(driver.state.workspace.log(of: followUp.id).findings, [], "results start empty")
        XCTAssertEqual(AuditFollowUp.openNonconformities(of: previous, log: driver.state.workspace.log(of: "IA-1"), actions: []).map(\.id), ["F-1"])
    }
}

final class AuditSessionReducerTests: XCTestCase {
    /// The walk the issue asks for: five items, one finding of each classification, an edit,
    /// a withdrawal, then closing with the report.
    func testWalkFiveItemsLoggingEachClassificationEditWithdrawAndClose() throws {
        var driver = Driver(auditState(), reducer: AppReducer(ids: steppingIDs()))
        planned(&driver)
        driver.press("enter")
        let auditID = try XCTUnwrap(driver.state.audits.session?.audit)
        XCTAssertEqual(driver.state.workspace.audits[0].status, .inProgress, "opening the session starts the audit")
        XCTAssertEqual(driver.state.context, .session)

        let keys: [(String, FindingClass)] = [("c", .conformity), ("M", .major), ("m", .minor), ("o", .observation), ("i", .improvement)]
        for (index, (key, classification)) in keys.enumerated() {
            driver.advance(seconds: 60)
            driver.press(key)
            guard let editor = driver.state.popup?.layer(FindingEditor.self) else { return XCTFail("\(key) opens the note editor") }
            XCTAssertEqual(editor.classification, classification)
            driver.type("Finding \(index + 1)")
            if index == 0 {
                driver.press("tab", "tab")
                driver.type("Jürgen Weiß")
                driver.press("tab")
                driver.type("CISO")
            }
            driver.press("enter")
            XCTAssertEqual(driver.state.status?.kind, .saved)
            XCTAssertNil(driver.state.popup, "nothing stands in the way of the next key")
            if classification.isNonconformity {
                XCTAssertTrue(driver.state.status?.text.hasSuffix("; A raises its corrective action") ?? false, driver.state.status?.text ?? "")
                if classification == .major {
                    driver.press("A")
                    guard driver.state.popup?.layer(ActionForm.self) != nil else { return XCTFail("A opens the action form") }
                    driver.type("No owner for patch exceptions")
                    driver.press("tab")
                    driver.type("Name an owner and review exceptions weekly")
                    driver.press("tab")
                    driver.type("ben")
                    driver.press("enter")
                }
            }
            XCTAssertNil(driver.state.popup)
            driver.press("n")
        }
        let raised = try XCTUnwrap(driver.savedActions.first, "the major NC's action was saved")
        XCTAssertEqual(raised.rootCause, "No owner for patch exceptions")
        XCTAssertEqual(raised.owner, "ben")
        XCTAssertEqual(raised.audit, driver.state.audits.session?.audit)
        XCTAssertEqual(driver.state.workspace.log(of: raised.audit).finding(raised.finding)?.classification, .major)
        XCTAssertEqual(driver.savedActions.count, 1, "the minor NC's offer was left for later")
        let log = driver.state.workspace.log(of: auditID)
        XCTAssertEqual(log.activeFindings.map(\.classification), keys.map(\.1))
        let checklist = driver.state.workspace.audits[0].checklist
        XCTAssertEqual(log.activeFindings.map(\.item), Array(checklist.prefix(5)))
        XCTAssertEqual(log.activeFindings.map(\.interviewee), Array(repeating: "Jürgen Weiß", count: 5), "interviewee carries over")
        XCTAssertEqual(log.activeFindings.map(\.role), Array(repeating: "CISO", count: 5))
        XCTAssertEqual(log.timeSpent[checklist[0]], 60, "a minute on the first item went to the journal when moving on")

        // Back to the major NC: edit it, then withdraw the observation.
        driver.press("g")
        driver.type(checklist[1])
        driver.press("enter")
        XCTAssertEqual(driver.state.audits.session?.cursor, 1)
        driver.press("tab", "e")
        driver.press("ctrl+u")
        driver.type("Finding 2, graded down at the closing meeting")
        driver.press("tab", "tab", "tab", "tab", "tab", "right")
        driver.press("enter")
        let edited = try XCTUnwrap(driver.state.workspace.log(of: auditID).activeFindings.first { $0.item == checklist[1] })
        XCTAssertEqual(edited.statement, "Finding 2, graded down at the closing meeting")
        XCTAssertEqual(edited.classification, .minor)
        XCTAssertEqual(driver.state.workspace.log(of: auditID).history[edited.id]?.count, 2, "the edit is a new version; history keeps both")

        driver.press("escape", "g")
        driver.type(checklist[3])
        driver.press("enter", "tab", "w")
        driver.type("Duplicate of a finding on 6.1")
        driver.press("enter")
        let afterWithdrawal = driver.state.workspace.log(of: auditID)
        XCTAssertEqual(afterWithdrawal.activeFindings.count, 4)
        XCTAssertEqual(afterWithdrawal.withdrawn.values.first, "Duplicate of a finding on 6.1")
        XCTAssertEqual(driver.appended.filter { if case .withdrawn = $0 { true } else { false } }.count, 1)

        driver.press("escape", "C")
        guard driver.state.popup?.layer(CloseAuditQuestion.self) != nil else { return XCTFail("C shows the closing summary") }
        driver.press("y")
        let closed = driver.state.workspace.audits[0]
        XCTAssertEqual(closed.status, .closed)
        XCTAssertEqual(closed.end, testDay)
        XCTAssertNil(driver.state.audits.session, "closing ends the session")
        XCTAssertEqual(driver.reportsWritten, [auditID])
    }

    /// Closing saves the plan first and writes the report only once that save is on disk: a plan
    /// file that no longer parses is refused, and no "closed" report appears.
    func testTheReportIsWrittenOnlyAfterTheClosedPlanIsSaved() throws {
        var driver = Driver(auditState(), reducer: AppReducer(ids: steppingIDs()))
        planned(&driver)
        let auditID = try XCTUnwrap(driver.state.audits.selected)
        driver.press("enter", "c")
        driver.type("Fine")
        driver.press("enter")
        let plan = driver.folder.store.root + "/audits/\(auditID)/audit.yaml"
        let broken = "title: [unclosed\n"
        try Data(broken.utf8).write(to: URL(fileURLWithPath: plan))
        driver.press("C", "y")
        XCTAssertEqual(driver.state.status?.kind, .error, driver.state.status?.text ?? "")
        XCTAssertEqual(driver.reportsWritten, [], "no report for a close that was not saved")
        XCTAssertEqual(String(decoding: try Data(contentsOf: URL(fileURLWithPath: plan)), as: UTF8.self), broken, "the unreadable plan is left as it was")
    }

    func testEveryKeyTypedInANoteIsWrittenToTheDraftAndSavingRemovesIt() throws {
        var driver = Driver(auditState(), reducer: AppReducer(ids: steppingIDs()))
        planned(&driver)
        driver.press("enter", "m")
        XCTAssertEqual(driver.draftOnDisk?.statement, "", "the draft exists as soon as the note opens")
        let before = driver.draftWrites
        driver.type("Leavers")
        XCTAssertEqual(driver.draftWrites - before, 7)
        XCTAssertEqual(driver.draftOnDisk?.statement, "Leavers")
        driver.press("ctrl+o")
        driver.type("kept access")
        XCTAssertEqual(driver.draftOnDisk?.statement, "Leavers\nkept access", "the note keeps its line break")
        driver.press("enter")
        XCTAssertNil(driver.draftOnDisk)
        XCTAssertEqual(driver.state.workspace.log(of: driver.state.audits.session!.audit).activeFindings.first?.statement, "Leavers\nkept access")
    }

    func testADraftLeftByACrashComesBackWhenTheSessionReopens() throws {
        var driver = Driver(auditState(), reducer: AppReducer(ids: steppingIDs()))
        planned(&driver)
        let audit = driver.state.workspace.audits[0]
        driver.draftOnDisk = FindingDraft(audit: audit.id, auditor: "anna", id: "F-LOST", item: audit.checklist[4], classification: .minor,
                                          statement: "Half a sentence", interviewee: "Ben")
        driver.press("enter")
        guard let editor = driver.state.popup?.layer(FindingEditor.self) else { return XCTFail("the draft reopens the editor") }
        XCTAssertTrue(editor.restored)
        XCTAssertEqual(editor.statement.text, "Half a sentence")
        XCTAssertEqual(editor.id, "F-LOST")
        XCTAssertEqual(driver.state.audits.session?.cursor, 4, "on the item it was written for")
        XCTAssertEqual(driver.state.status?.kind, .warning)
        driver.type(" finished.")
        driver.press("enter")
        XCTAssertEqual(driver.state.workspace.log(of: audit.id).finding("F-LOST")?.statement, "Half a sentence finished.")
    }

    func testADraftWhoseFindingReachedTheJournalIsNotRestoredTwice() throws {
        var state = auditState()
        let audit = Audit(id: "IA-9", title: "T", status: .inProgress, auditors: ["anna"], checklist: ["4.1", "4.2"])
        state.workspace.audits = [audit]
        let finding = Finding(id: "F-SAVED", item: "4.1", classification: .conformity, statement: "Fine", auditor: "anna", at: start)
        state.workspace.auditLogs["IA-9"] = AuditLog(events: [.logged(finding)])
        var driver = Driver(state)
        driver.draftOnDisk = FindingDraft(audit: "IA-9", auditor: "anna", id: "F-SAVED", item: "4.1", classification: .conformity, statement: "Fine")
        driver.press("4", "enter")
        XCTAssertNil(driver.state.popup, "killed between the append and removing the draft: nothing to restore")
        XCTAssertNil(driver.draftOnDisk)
    }

    func testAOnAnItemWithoutNonconformitySaysSoAndTwiceDoesNotRaiseTwo() throws {
        var driver = Driver(auditState(), reducer: AppReducer(ids: steppingIDs()))
        planned(&driver)
        driver.press("enter", "A")
        XCTAssertNil(driver.state.popup)
        XCTAssertTrue(driver.state.status?.text.hasPrefix("No nonconformity on") ?? false)
        driver.press("m")
        driver.type("Gap")
        driver.press("enter", "A")
        driver.type("Cause")
        driver.press("tab")
        driver.type("Fix")
        driver.press("enter", "A")
        XCTAssertEqual(driver.savedActions.count, 1)
        XCTAssertTrue(driver.state.status?.text.contains("already answers") ?? false, driver.state.status?.text ?? "")
    }

    /// A stray q must not end an interview's session: it asks, n stays, y quits.
    func testQInALiveSessionAsksBeforeQuitting() {
        var driver = Driver(auditState(), reducer: AppReducer(ids: steppingIDs()))
        planned(&driver)
        driver.press("enter", "q")
        guard case .confirm(let confirmation) = driver.state.popup else { return XCTFail("q asks first") }
        XCTAssertEqual(confirmation.action, .quit)
        XCTAssertFalse(driver.state.quitting)
        driver.press("n")
        XCTAssertNil(driver.state.popup)
        XCTAssertFalse(driver.state.quitting)
        XCTAssertNotNil(driver.state.audits.session, "still in the session")
        driver.press("q", "y")
        XCTAssertTrue(driver.state.quitting)
    }

    func testQOutsideASessionQuitsAtOnce() {
        var driver = Driver(auditState())
        driver.press("q")
        XCTAssertTrue(driver.state.quitting)
    }

    func testCtrlCInANoteQuitsAndLeavesTheDraftForNextTime() {
        var driver = Driver(auditState(), reducer: AppReducer(ids: steppingIDs()))
        planned(&driver)
        driver.press("enter", "m")
        driver.type("Half a thought")
        driver.press("ctrl+c")
        XCTAssertTrue(driver.state.quitting)
        XCTAssertEqual(driver.draftOnDisk?.statement, "Half a thought")
    }

    func testEscapeAsksBeforeDiscardingANoteAndNoKeepsIt() {
        var driver = Driver(auditState(), reducer: AppReducer(ids: steppingIDs()))
        planned(&driver)
        driver.press("enter", "o")
        driver.type("Worth noting")
        driver.press("escape")
        guard driver.state.popup?.layer(DiscardNoteQuestion.self) != nil else { return XCTFail("Esc asks first") }
        driver.press("n")
        guard let editor = driver.state.popup?.layer(FindingEditor.self) else { return XCTFail("n returns to the note") }
        XCTAssertEqual(editor.statement.text, "Worth noting")
        driver.press("escape", "y")
        XCTAssertNil(driver.state.popup)
        XCTAssertNil(driver.draftOnDisk)
        XCTAssertTrue(driver.appended.isEmpty)
    }

    func testAFailedAppendBringsTheNoteBackWithTheReason() {
        var driver = Driver(auditState(), reducer: AppReducer(ids: steppingIDs()))
        planned(&driver)
        driver.press("enter", "m")
        driver.type("Important")
        driver.failNextAppend = "audits/x/findings-anna.jsonl: No space left on device"
        driver.press("enter")
        guard let editor = driver.state.popup?.layer(FindingEditor.self) else { return XCTFail("the note comes back") }
        XCTAssertEqual(editor.statement.text, "Important")
        XCTAssertTrue(editor.error?.description.contains("No space left") ?? false)
        XCTAssertEqual(driver.state.status?.kind, .error)
        XCTAssertEqual(driver.draftOnDisk?.statement, "Important", "the draft stays on disk")
        XCTAssertTrue(driver.state.workspace.log(of: driver.state.audits.session!.audit).findings.isEmpty, "nothing is shown as saved")
    }

    func testMarkingNotAuditedMovesOnAndPressingAgainUndoesTheMark() throws {
        var driver = Driver(auditState(), reducer: AppReducer(ids: steppingIDs()))
        planned(&driver)
        driver.press("enter")
        let audit = driver.state.workspace.audits[0]
        driver.press("s")
        XCTAssertEqual(driver.state.workspace.log(of: audit.id).itemStates[audit.checklist[0]], .notAudited)
        XCTAssertEqual(driver.state.audits.session?.cursor, 1)
        driver.press("p", "s")
        XCTAssertNil(driver.state.workspace.log(of: audit.id).itemStates[audit.checklist[0]], "back to go")
        XCTAssertEqual(ItemStatus.of(audit.checklist[0], in: driver.state.workspace.log(of: audit.id)), .toGo)
    }

    func testJumpAcceptsControlNumbersAndNamesTheClauseThatSharesThem() {
        var driver = Driver(auditState(), reducer: AppReducer(ids: steppingIDs()))
        planned(&driver)
        driver.press("enter", "g")
        driver.type("5.15")
        driver.press("enter")
        let checklist = driver.state.workspace.audits[0].checklist
        XCTAssertEqual(checklist[driver.state.audits.session!.cursor], "A.5.15")

        driver.press("g")
        driver.type("5.1")
        driver.press("enter")
        XCTAssertEqual(checklist[driver.state.audits.session!.cursor], "5.1")
        XCTAssertTrue(driver.state.status?.text.contains("for A.5.1 type it in full") ?? false, driver.state.status?.text ?? "")

        driver.press("g")
        driver.type("A.5.3")
        driver.press("enter")
        guard let prompt = driver.state.popup?.layer(Prompt.self) else { return XCTFail("an item not on the checklist keeps the prompt open") }
        XCTAssertEqual(prompt.error?.description, "A.5.3 Segregation of duties is not on this checklist")
    }

    func testASampleIsDrawnFromAPastedListAndItsSeedGoesWithTheNextFinding() throws {
        var driver = Driver(auditState(), reducer: AppReducer(ids: steppingIDs()))
        planned(&driver)
        driver.press("enter", "S")
        let population = (1...23).map { "HR-L-\($0)" }
        driver.send(.paste(population.joined(separator: "\n")))
        driver.press("tab", "ctrl+u")
        driver.type("4")
        driver.press("tab", "ctrl+u")
        driver.type("20260417")
        driver.press("enter")
        let pending = try XCTUnwrap(driver.state.audits.session?.pendingSample)
        XCTAssertEqual(pending.items, AuditSampler.draw(from: population, size: 4, seed: 20_260_417))
        XCTAssertEqual(pending.populationSize, 23)
        XCTAssertEqual(pending.seed, 20_260_417)

        driver.press("m")
        driver.type("One leaver in the sample kept VPN access")
        driver.press("enter")
        let finding = try XCTUnwrap(driver.state.workspace.log(of: driver.state.audits.session!.audit).activeFindings.first)
        XCTAssertEqual(finding.sample, pending)
        XCTAssertNil(driver.state.audits.session?.pendingSample, "a sample goes with one finding")
    }

    func testAFindingsSampleIsRedrawnFromItsFileAndCompared() throws {
        var driver = Driver(auditState(), reducer: AppReducer(ids: steppingIDs()))
        driver.files["lists/leavers.txt"] = (1...30).map { "HR-\($0)" }.joined(separator: "\n")
        planned(&driver)
        driver.press("enter", "S")
        driver.type("@lists/leavers.txt")
        driver.press("tab", "ctrl+u")
        driver.type("6")
        driver.press("enter", "m")
        driver.type("Two of six leavers kept access")
        driver.press("enter", "tab", "S")
        guard let form = driver.state.popup?.layer(SampleForm.self) else { return XCTFail("S on a finding with a sample redraws it") }
        XCTAssertEqual(form.population.text, "@lists/leavers.txt", "the file is filled in")
        driver.press("enter")
        XCTAssertTrue(driver.state.status?.text.hasPrefix("Redrawn: the same 6 items as") ?? false, driver.state.status?.text ?? "")
        XCTAssertNil(driver.state.audits.session?.pendingSample, "a check is not a new sample")

        driver.files["lists/leavers.txt"] = (1...31).map { "HR-\($0)" }.joined(separator: "\n")
        driver.press("S", "enter")
        XCTAssertEqual(driver.state.status?.kind, .warning, "the list changed since: the redraw says it differs")
        XCTAssertTrue(driver.state.status?.text.contains("recorded 30") ?? false, driver.state.status?.text ?? "")
    }

    func testASampleFromAWorkspaceFileAndAMissingFileSaysSo() throws {
        var driver = Driver(auditState(), reducer: AppReducer(ids: steppingIDs()))
        driver.files["lists/leavers.txt"] = "a\nb\nc\nd\n"
        planned(&driver)
        driver.press("enter", "S")
        driver.type("@lists/missing.txt")
        driver.press("enter")
        guard let form = driver.state.popup?.layer(SampleForm.self) else { return XCTFail("the form stays open") }
        XCTAssertTrue(form.error?.description.contains("no such file") ?? false)
        driver.press("ctrl+u")
        driver.type("@lists/leavers.txt")
        driver.press("enter")
        XCTAssertEqual(driver.state.audits.session?.pendingSample?.population, "lists/leavers.txt")
        XCTAssertEqual(driver.state.audits.session?.pendingSample?.populationSize, 4)
    }

    func testSomeoneNotOnThePlanMayAuditButIsToldSo() {
        var state = auditState(user: "carla")
        state.workspace.audits = [Audit(id: "IA-1", title: "T", status: .inProgress, auditors: ["anna"], checklist: ["4.1"])]
        var driver = Driver(state)
        driver.press("4", "enter")
        XCTAssertEqual(driver.state.audits.session?.auditor, "carla", "findings go to carla's own journal")
        XCTAssertEqual(driver.state.status?.kind, .warning)
        XCTAssertTrue(driver.state.status?.text.contains("not among the auditors of IA-1") ?? false)
    }

    func testTimeOnOtherScreensDoesNotCountForTheItem() {
        var driver = Driver(auditState(), reducer: AppReducer(ids: steppingIDs()))
        planned(&driver)
        driver.press("enter")
        let item = driver.state.workspace.audits[0].checklist[0]
        driver.advance(seconds: 60)
        driver.press("2")
        driver.advance(seconds: 600)
        driver.press("4")
        XCTAssertNotNil(driver.state.audits.session, "the session waits on its screen")
        driver.advance(seconds: 30)
        driver.press("n")
        XCTAssertEqual(driver.state.workspace.log(of: driver.state.workspace.audits[0].id).timeSpent[item], 90, "60 s before and 30 s after, not the 10 minutes on Controls")
    }

    func testClicksSelectAnAuditAndAnItemWhereTheFrameDrewThem() {
        var state = auditState()
        state.height = 24
        state.workspace.audits = [
            Audit(id: "IA-2", title: "Second", status: .inProgress, auditors: ["anna"], start: Day("2026-11-01"), checklist: ["4.1", "4.2", "5.1"]),
            Audit(id: "IA-1", title: "First", status: .inProgress, auditors: ["anna"], start: Day("2026-06-01"), checklist: ["6.1.2", "A.5.15"]),
        ]
        var driver = Driver(state)
        driver.press("4")
        driver.send(.click(x: 5, y: 4))
        XCTAssertEqual(driver.state.audits.selected, "IA-1", "the second row of the list as drawn")
        driver.press("enter")
        driver.send(.click(x: 5, y: 4))
        XCTAssertEqual(driver.state.audits.session?.cursor, 1, "the second checklist row as drawn")
        driver.send(.click(x: 70, y: 20))
        XCTAssertEqual(driver.state.audits.session?.focus, .findings, "the findings pane at the bottom right")
        driver.send(.click(x: 70, y: 3))
        XCTAssertEqual(driver.state.audits.session?.focus, .item, "the item pane at the top right")
        XCTAssertEqual(driver.state.context, .sessionItem, "its keys follow the focus")
        driver.send(.click(x: 5, y: 3))
        XCTAssertEqual(driver.state.audits.session?.focus, .checklist)
        XCTAssertEqual(driver.state.audits.session?.cursor, 0, "the first checklist row, under the click")
    }

    func testAResizeKeepsTheCurrentItemOnScreen() {
        var driver = Driver(auditState(), reducer: AppReducer(ids: steppingIDs()))
        planned(&driver)
        driver.press("enter")
        for _ in 0..<60 { driver.press("n") }
        driver.send(.resize(width: 80, height: 24))
        let session = driver.state.audits.session!
        let rows = try! XCTUnwrap(driver.state.frame.rows(of: .rows(.sessionChecklist)), "the session was drawn at its new size")
        XCTAssertLessThan(rows, 30, "fewer rows at 24 than before")
        XCTAssertTrue((session.scroll..<(session.scroll + rows)).contains(session.cursor), "item \(session.cursor) in rows \(session.scroll)+\(rows)")
    }

    func testAPastedPopulationTooLongForTheFormSaysToUseAFile() {
        var driver = Driver(auditState(), reducer: AppReducer(ids: steppingIDs()))
        planned(&driver)
        driver.press("enter", "S")
        driver.send(.paste(String(repeating: "HR-L-0001\n", count: 30_000)))
        guard let form = driver.state.popup?.layer(SampleForm.self) else { return XCTFail("the form stays open") }
        XCTAssertEqual(form.population.characters.count, SampleForm.pasteLimit)
        XCTAssertTrue(form.error?.description.contains("give @path") ?? false, form.error?.description ?? "")
    }

    func testAClosedAuditOpensReadOnly() {
        var state = auditState()
        state.workspace.audits = [Audit(id: "IA-1", title: "Done", status: .closed, auditors: ["anna"], checklist: ["4.1"])]
        var driver = Driver(state)
        driver.press("4", "enter", "m")
        XCTAssertNil(driver.state.popup)
        XCTAssertTrue(driver.state.status?.text.contains("closed") ?? false)
        XCTAssertTrue(driver.appended.isEmpty)
    }

    func testShortVisitsAreNotRecordedAndLeavingTheSessionRecordsTheCurrentItem() throws {
        var driver = Driver(auditState(), reducer: AppReducer(ids: steppingIDs()))
        planned(&driver)
        driver.press("enter")
        driver.advance(seconds: 2)
        driver.press("n")
        XCTAssertTrue(driver.appended.isEmpty, "two seconds is skimming")
        driver.advance(seconds: 300)
        driver.press("escape")
        let checklist = driver.state.workspace.audits[0].checklist
        XCTAssertEqual(driver.appended, [.timed(item: checklist[1], seconds: 300, by: "anna", at: start.addingTimeInterval(302))])
    }
}
