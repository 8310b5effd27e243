import XCTest
@testable import AnnexDomain

final class CorrectiveActionTests: XCTestCase {
    private func doneAction() -> CorrectiveAction {
        CorrectiveAction(
            id: "CA-1", audit: "IA-1", finding: "F-IA1-01", rootCause: "No leaver trigger from HR",
            action: "HR ticket opens an IT task", owner: "jmeyer", due: Day("2026-10-31"), status: .done
        )
    }

    func testEffectiveReviewVerifiesAndClosesTheAction() {
        var action = doneAction()
        let review = EffectivenessReview(by: "tbauer", on: Day("2026-11-20")!, effective: true, note: "Three leavers sampled, all removed same day")

        action.verify(review)

        XCTAssertEqual(action.status, .verified)
        XCTAssertTrue(action.status.isClosed)
        XCTAssertEqual(action.verification, review)
    }

    func testIneffectiveReviewReopensTheActionAndKeepsTheReview() {
        var action = doneAction()
        let review = EffectivenessReview(by: "tbauer", on: Day("2026-11-20")!, effective: false, note: "One leaver kept access for 40 days")

        action.verify(review)

        XCTAssertEqual(action.status, .open)
        XCTAssertFalse(action.status.isClosed)
        XCTAssertEqual(action.verification, review)
        XCTAssertTrue(action.isOverdue(on: Day("2026-11-29")!), "a reopened action past its due date is overdue again")
    }

    func testOnlyUnfinishedActionsBecomeOverdue() {
        var action = doneAction()
        action.status = .inProgress
        XCTAssertTrue(action.isOverdue(on: Day("2026-11-01")!))
        XCTAssertFalse(action.isOverdue(on: Day("2026-10-31")!), "due today is not overdue")

        action.status = .done
        XCTAssertFalse(action.isOverdue(on: Day("2026-11-01")!))
    }
}
