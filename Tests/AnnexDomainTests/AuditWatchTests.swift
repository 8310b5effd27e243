import XCTest
@testable import AnnexDomain

/// What `annex watch` shows, from the plan and the journals as they grow.
final class AuditWatchTests: XCTestCase {
    private let at = Date(timeIntervalSince1970: 1_780_000_000)

    private func watch() -> AuditWatch {
        let audit = Audit(id: "IA-1", title: "Internal audit", type: .internal_, status: .inProgress, auditors: ["ann", "ben"], checklist: ["A.5.1", "A.5.2", "A.8.8"])
        return AuditWatch(audit: audit, log: AuditLog(events: [
            .logged(Finding(id: "F-1", item: "A.5.1", classification: .conformity, statement: "first", auditor: "ann", at: at)),
            .timed(item: "A.5.2", seconds: 60, by: "ann", at: at.addingTimeInterval(60)),
            .itemMarked(item: "A.8.8", state: .notAudited, by: "ben", at: at.addingTimeInterval(30)),
        ]), catalog: .builtIn)
    }

    func testEachAuditorIsOnTheItemOfTheirLatestEvent() {
        XCTAssertEqual(watch().auditors.map { "\($0.auditor) \($0.item)" }, ["ann A.5.2", "ben A.8.8"])
    }

    func testANewFindingIsFirstAndMovesItsAuditor() {
        var watch = watch()
        var changes = WorkspaceChanges()
        changes.events["IA-1"] = [.logged(Finding(id: "F-2", item: "A.5.1", classification: .minor, statement: "new", auditor: "ben", at: at.addingTimeInterval(120)))]
        XCTAssertTrue(watch.apply(changes))
        XCTAssertEqual(watch.newestFindings.map(\.id), ["F-2", "F-1"])
        XCTAssertEqual(watch.auditors.map { "\($0.auditor) \($0.item)" }, ["ann A.5.2", "ben A.5.1"])
        XCTAssertEqual(watch.progress.count(.nonconformity), 1)
    }

    func testOtherAuditsAndAWithdrawalAreTakenInAsTheyAre() {
        var watch = watch()
        var other = WorkspaceChanges()
        other.events["IA-2"] = [.logged(Finding(id: "F-9", item: "A.5.1", classification: .major, statement: "elsewhere", auditor: "ann", at: at))]
        XCTAssertFalse(watch.apply(other), "another audit's journal changes nothing here")
        var withdrawal = WorkspaceChanges()
        withdrawal.events["IA-1"] = [.withdrawn(findingID: "F-1", reason: "logged twice", by: "ann", at: at.addingTimeInterval(200))]
        XCTAssertTrue(watch.apply(withdrawal))
        XCTAssertEqual(watch.newestFindings.map(\.id), [])
        var removed = WorkspaceChanges()
        removed.removedAudits = ["IA-1"]
        watch.apply(removed)
        XCTAssertTrue(watch.planGone)
    }
}
