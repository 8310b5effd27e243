import Foundation
import XCTest
@testable import AnnexDomain

final class AuditLogTests: XCTestCase {
    private let t0 = Date(timeIntervalSince1970: 1_795_000_000)

    private func at(minutes: Int) -> Date { t0.addingTimeInterval(TimeInterval(minutes * 60)) }

    private func finding(
        _ id: String, on item: String = "A.5.15", _ classification: FindingClass = .minor,
        _ statement: String = "Two leavers still had VPN access", by auditor: String = "tbauer", minute: Int = 0
    ) -> Finding {
        Finding(id: id, item: item, classification: classification, statement: statement, auditor: auditor, at: at(minutes: minute))
    }

    // MARK: Revisions

    /// Caches derived from a log (the actions list) keep its revision, not the log: the same
    /// events still make equal logs, and every change gives a new revision, so a cache notices it.
    func testEveryChangeGivesANewRevisionWhileTheSameEventsStayEqual() {
        let events: [AuditEvent] = [.logged(finding("F-1")), .logged(finding("F-2", minute: 1))]
        var log = AuditLog(events: events)
        XCTAssertEqual(log, AuditLog(events: events), "equal by events, whatever the revisions")
        let before = log.revision
        log.apply(.withdrawn(findingID: "F-1", reason: "Logged twice", by: "tbauer", at: at(minutes: 2)))
        XCTAssertNotEqual(log.revision, before)
        XCTAssertNotEqual(log, AuditLog(events: events))
        XCTAssertEqual(log.activeFindings.map(\.id), ["F-2"])
    }

    // MARK: Folding one journal

    func testEditReplacesTheFindingAndHistoryKeepsBothVersions() {
        let original = finding("F-1", .minor, "Two leavers still had VPN access", minute: 0)
        let edited = finding("F-1", .major, "Leavers are never removed from the VPN", minute: 5)

        let log = AuditLog(events: [.logged(original), .edited(edited)])

        XCTAssertEqual(log.activeFindings, [edited])
        XCTAssertEqual(log.finding("F-1"), edited)
        XCTAssertEqual(log.history["F-1"], [original, edited])
        XCTAssertEqual(log.events.count, 2)
    }

    /// Only replaced versions are stored: a finding never edited still has a history of one,
    /// one edited twice keeps all three in order, and an unknown id has none.
    func testHistoryOfFindingsNeverEditedEditedTwiceAndUnknown() {
        let plain = finding("F-1", minute: 0)
        let first = finding("F-2", .minor, "First wording", minute: 1)
        let second = finding("F-2", .major, "Second wording", minute: 2)
        let third = finding("F-2", .observation, "Third wording", minute: 3)

        let log = AuditLog(events: [.logged(plain), .logged(first), .edited(second), .edited(third)])

        XCTAssertEqual(log.history["F-1"], [plain])
        XCTAssertEqual(log.history["F-2"], [first, second, third])
        XCTAssertNil(log.history["F-3"])
        XCTAssertEqual(log.loggedAt("F-2"), first.at, "first logged, whatever the edits")
        XCTAssertEqual(log.history.values, [[plain], [first, second, third]])
    }

    func testWithdrawnFindingIsHiddenButItsHistoryRemains() {
        let original = finding("F-1", minute: 0)
        let edited = finding("F-1", .observation, "Leaver process is slow", minute: 5)

        let log = AuditLog(events: [
            .logged(original),
            .edited(edited),
            .withdrawn(findingID: "F-1", reason: "Access was removed within the agreed SLA", by: "tbauer", at: at(minutes: 10)),
        ])

        XCTAssertEqual(log.activeFindings, [])
        XCTAssertEqual(log.findings(on: "A.5.15"), [])
        XCTAssertEqual(log.withdrawn["F-1"], "Access was removed within the agreed SLA")
        XCTAssertEqual(log.history["F-1"], [original, edited])
    }

    func testEditAfterWithdrawalRestoresTheFinding() {
        let original = finding("F-1", minute: 0)
        let restored = finding("F-1", .minor, "One leaver still had VPN access after 30 days", minute: 20)

        let log = AuditLog(events: [
            .logged(original),
            .withdrawn(findingID: "F-1", reason: "Logged by mistake", by: "tbauer", at: at(minutes: 10)),
            .edited(restored),
        ])

        XCTAssertEqual(log.activeFindings, [restored])
        XCTAssertNil(log.withdrawn["F-1"])
        XCTAssertEqual(log.history["F-1"], [original, restored])
    }

    func testWithdrawingAnUnknownFindingChangesNothing() {
        let kept = finding("F-1", minute: 0)
        let log = AuditLog(events: [
            .logged(kept),
            .withdrawn(findingID: "F-9", reason: "typo", by: "tbauer", at: at(minutes: 1)),
        ])

        XCTAssertEqual(log.activeFindings, [kept])
        XCTAssertEqual(log.withdrawn, [:])
    }

    func testFindingsOnAnItemAreTheActiveOnesInTheOrderLogged() {
        let first = finding("F-1", on: "A.5.15", minute: 0)
        let other = finding("F-2", on: "A.8.13", .conformity, minute: 1)
        let second = finding("F-3", on: "A.5.15", .observation, minute: 2)

        let log = AuditLog(events: [.logged(first), .logged(other), .logged(second), .edited(finding("F-1", minute: 3))])

        XCTAssertEqual(log.findings(on: "A.5.15").map(\.id), ["F-1", "F-3"])
        XCTAssertEqual(log.findings(on: "A.8.13"), [other])
    }

    // MARK: Merging journals

    func testJournalsOfTwoAuditorsMergeByTimeWhateverTheInputOrder() {
        let anna = [
            AuditEvent.logged(finding("F-A1", on: "A.5.15", by: "akoch", minute: 0)),
            AuditEvent.logged(finding("F-A2", on: "A.8.13", by: "akoch", minute: 20)),
        ]
        let tobias = [
            AuditEvent.logged(finding("F-T1", on: "9.2", .conformity, by: "tbauer", minute: 10)),
            AuditEvent.logged(finding("F-T2", on: "A.5.1", .observation, by: "tbauer", minute: 30)),
        ]

        let merged = AuditLog(events: anna + tobias)
        let mergedTheOtherWay = AuditLog(events: tobias + anna)

        XCTAssertEqual(merged.activeFindings.map(\.id), ["F-A1", "F-T1", "F-A2", "F-T2"])
        XCTAssertEqual(merged.events.map(\.at), [0, 10, 20, 30].map { at(minutes: $0) })
        XCTAssertEqual(merged, mergedTheOtherWay)
    }

    func testEditReadBeforeItsFindingIsStillAppliedAfterIt() {
        let original = finding("F-1", .minor, minute: 0)
        let edited = finding("F-1", .major, "Edited on another laptop", minute: 15)
        let withdrawal = AuditEvent.withdrawn(findingID: "F-1", reason: "Duplicate", by: "tbauer", at: at(minutes: 10))

        let log = AuditLog(events: [.edited(edited), withdrawal, .logged(original)])

        XCTAssertEqual(log.activeFindings, [edited])
        XCTAssertEqual(log.history["F-1"], [original, edited])
    }

    // MARK: Checklist item states

    func testMarkingItemsDoneNotAuditedAndOpenAgain() {
        let log = AuditLog(events: [
            .itemMarked(item: "A.5.1", state: .done, by: "tbauer", at: at(minutes: 0)),
            .itemMarked(item: "A.7.4", state: .notAudited, by: "tbauer", at: at(minutes: 1)),
            .itemMarked(item: "A.8.13", state: .done, by: "tbauer", at: at(minutes: 2)),
            .itemMarked(item: "A.5.1", state: .open, by: "tbauer", at: at(minutes: 3)),
        ])

        XCTAssertEqual(log.itemStates, ["A.7.4": .notAudited, "A.8.13": .done])
        XCTAssertNil(log.itemStates["A.5.1"], "open puts the item back to go")
    }

    // MARK: Progress

    func testProgressCountsDoneNotAuditedToGoAndNonconformities() {
        let audit = Audit(id: "IA-1", title: "Internal audit", checklist: ["4.1", "9.2", "A.5.1", "A.5.15", "A.7.4", "A.8.13"])
        let log = AuditLog(events: [
            .itemMarked(item: "4.1", state: .done, by: "tbauer", at: at(minutes: 0)),
            .logged(finding("F-1", on: "9.2", .conformity, minute: 1)),
            .logged(finding("F-2", on: "A.5.15", .minor, minute: 2)),
            .logged(finding("F-3", on: "A.5.15", .observation, minute: 3)),
            .itemMarked(item: "A.7.4", state: .notAudited, by: "tbauer", at: at(minutes: 4)),
            .logged(finding("F-4", on: "A.8.13", .major, minute: 5)),
            .withdrawn(findingID: "F-4", reason: "Wrong item", by: "tbauer", at: at(minutes: 6)),
            .logged(finding("F-5", on: "A.5.1", .improvement, minute: 7)),
        ])

        let progress = AuditProgress(audit: audit, log: log)

        XCTAssertEqual(progress.items, 6)
        XCTAssertEqual(progress.count(.audited), 3, "4.1 marked done; 9.2 and A.5.1 have findings other than nonconformities")
        XCTAssertEqual(progress.count(.nonconformity), 1, "A.5.15: a minor nonconformity stands")
        XCTAssertEqual(progress.count(.notAudited), 1)
        XCTAssertEqual(progress.count(.toGo), 1, "A.8.13: its only finding was withdrawn")
        XCTAssertEqual(progress.status(of: "A.8.13"), .toGo)
        XCTAssertEqual(progress.fraction, "5/6")
        XCTAssertEqual(progress.summary, "3 audited, 1 nonconformity, 1 not audited, 1 to go")
        XCTAssertEqual(progress.nonconformities, 1)
        XCTAssertEqual(progress.findings, [.conformity: 1, .minor: 1, .observation: 1, .improvement: 1])
    }

    func testProgressOfAnUntouchedAuditIsAllToGo() {
        let audit = Audit(id: "IA-1", title: "Internal audit", checklist: ["4.1", "A.5.1"])
        let progress = AuditProgress(audit: audit, log: AuditLog())

        XCTAssertEqual(progress.count(.toGo), 2)
        XCTAssertEqual(progress.reached, 0)
        XCTAssertEqual(progress.findings, [:])
    }

    // MARK: Default checklist

    func testDefaultChecklistIsAllClausesThenApplicableControlsOnly() {
        let framework = ISO27001.framework
        var soa = StatementOfApplicability(controlsOf: framework)
        soa.upsert(SoAEntry(control: "A.5.7", applicable: false, justification: "No threat intelligence function"))
        soa.upsert(SoAEntry(control: "A.7.4", applicable: false, justification: "No premises of our own"))

        let checklist = Audit.defaultChecklist(framework: framework, statement: soa)

        XCTAssertEqual(checklist.count, 41 + 91)
        XCTAssertEqual(Array(checklist.prefix(41)), framework.clauses.map(\.id))
        XCTAssertEqual(checklist.first, "4")
        XCTAssertEqual(checklist[41], "A.5.1")
        XCTAssertEqual(checklist.last, "A.8.34")
        XCTAssertFalse(checklist.contains("A.5.7"))
        XCTAssertFalse(checklist.contains("A.7.4"))
        XCTAssertEqual(
            Array(checklist.dropFirst(41)),
            framework.controls.map(\.id).filter { $0 != "A.5.7" && $0 != "A.7.4" }
        )
    }

    func testDefaultChecklistOfAFreshSoACoversAllControls() {
        let framework = ISO27001.framework
        let checklist = Audit.defaultChecklist(framework: framework, statement: StatementOfApplicability(controlsOf: framework))

        XCTAssertEqual(checklist.count, 134)
    }
}

/// A log folds any events without trapping: time spent saturates instead of overflowing.
final class AuditLogTimeOverflowTests: XCTestCase {
    func testTimeSpentSaturatesInsteadOfOverflowing() {
        let at = Date(timeIntervalSince1970: 1_800_000_000)
        let log = AuditLog(events: [
            .timed(item: "A.8.8", seconds: Int.max - 10, by: "aud", at: at),
            .timed(item: "A.8.8", seconds: Int.max - 10, by: "aud", at: at),
            .timed(item: "A.5.1", seconds: Int.max, by: "aud", at: at),
        ])
        XCTAssertEqual(log.timeSpent["A.8.8"], Int.max)
        XCTAssertEqual(log.totalTimeSpent, Int.max)
    }
}
