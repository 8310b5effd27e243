import XCTest
@testable import AnnexDomain

final class DemoOrganisationTests: XCTestCase {
    private let today = Day("2026-11-29")!
    private var demo: Workspace { DemoOrganisation.make(today: today) }

    func testSoAHasOneEntryPerCatalogControlInOrder() {
        let workspace = demo
        let controls = ISO27001.framework.controls.map(\.id)
        XCTAssertEqual(controls.count, 93)
        XCTAssertEqual(workspace.soa.entries.map(\.control), controls)
        for entry in workspace.soa.entries {
            XCTAssertFalse(entry.justification.isEmpty, "\(entry.control) has no justification")
            XCTAssertNotNil(entry.reviewed, "\(entry.control) has no review date")
            if entry.applicable { XCTAssertNotNil(workspace.config.person(entry.owner), "\(entry.control) owner '\(entry.owner)'") }
        }
        let excluded = workspace.soa.entries.filter { !$0.applicable }.count
        XCTAssertTrue((5...8).contains(excluded), "\(excluded) controls excluded")
    }

    func testRiskRegisterSpreadsOverAllLevels() {
        let workspace = demo
        XCTAssertTrue((30...50).contains(workspace.risks.count), "\(workspace.risks.count) risks")
        XCTAssertEqual(Set(workspace.risks.map(\.id)).count, workspace.risks.count, "risk ids are unique")
        let figures = RiskFigures(risks: workspace.risks, matrix: workspace.config.riskMatrix, view: .inherent)
        for level in ["low", "medium", "high", "critical"] {
            XCTAssertGreaterThan(figures.byLevel[level, default: 0], 0, "no inherent \(level) risk")
        }
        XCTAssertEqual(figures.unrated, 0)
    }

    func testCheckerFindsNoErrorsAndFewWarnings() {
        let problems = ISMSChecker(today: today).problems(in: demo)
        let listing = problems.map { "\($0.severity) \($0.subject) \($0.field): \($0.message)" }.joined(separator: "\n")
        XCTAssertFalse(problems.contains { $0.severity == .error }, "errors in the demo:\n\(listing)")
        XCTAssertLessThan(problems.filter { $0.severity == .warning }.count, 15, "too many warnings:\n\(listing)")
    }

    func testCheckerIsCleanWhateverTheDay() {
        for day in ["2024-02-29", "2027-01-01", "2031-07-15"] {
            let today = Day(day)!
            let problems = ISMSChecker(today: today).problems(in: DemoOrganisation.make(today: today))
            XCTAssertFalse(problems.contains { $0.severity == .error }, "errors on \(day): \(problems)")
            XCTAssertLessThan(problems.count, 15, "warnings on \(day): \(problems)")
        }
    }

    func testInProgressAuditIsAboutHalfWay() throws {
        let workspace = demo
        let audit = try XCTUnwrap(workspace.audits.first { $0.id == DemoOrganisation.currentAuditID })
        XCTAssertEqual(audit.status, .inProgress)
        let progress = AuditProgress(audit: audit, log: workspace.log(of: audit.id))
        let share = Double(progress.reached) / Double(progress.items)
        XCTAssertTrue((0.35...0.65).contains(share), "reached \(progress.fraction)")
        XCTAssertGreaterThan(progress.count(.notAudited), 0)
        XCTAssertGreaterThan(progress.count(.toGo), 0)
    }

    func testClosedAuditHasEveryFindingClassAndActionsForEveryNonconformity() throws {
        let workspace = demo
        let audit = try XCTUnwrap(workspace.audits.first { $0.id == DemoOrganisation.closedAuditID })
        XCTAssertEqual(audit.status, .closed)
        XCTAssertFalse(audit.conclusion.isEmpty)
        let log = workspace.log(of: audit.id)
        let classes = Set(log.activeFindings.map(\.classification))
        XCTAssertEqual(classes, Set(FindingClass.allCases))
        let nonconformities = log.activeFindings.filter(\.classification.isNonconformity)
        XCTAssertEqual(nonconformities.filter { $0.classification == .major }.count, 1)
        XCTAssertEqual(nonconformities.filter { $0.classification == .minor }.count, 3)
        let actioned = Set(workspace.actions.filter { $0.audit == audit.id }.map(\.finding))
        for finding in nonconformities {
            XCTAssertTrue(actioned.contains(finding.id), "\(finding.id) has no corrective action")
        }
        XCTAssertEqual(Set(workspace.actions.map(\.status)), Set(ActionStatus.allCases))
        XCTAssertTrue(workspace.actions.contains { $0.isOverdue(on: today) })
        // History: one finding edited, one withdrawn, one sampled with a seed.
        XCTAssertTrue(log.history.values.contains { $0.count > 1 })
        XCTAssertEqual(log.withdrawn.count, 1)
        XCTAssertTrue(log.activeFindings.contains { $0.sample?.seed != nil && !($0.sample?.items.isEmpty ?? true) })
        let progress = AuditProgress(audit: audit, log: log)
        XCTAssertEqual(progress.count(.toGo), 0, "a closed audit has walked its whole checklist")
    }

    func testRetainedHighRisksAreAccepted() {
        let workspace = demo
        let matrix = workspace.config.riskMatrix
        for risk in workspace.risks where risk.treatment == .retain || risk.status == .accepted {
            guard matrix.needsAcceptance(risk.current) else { continue }
            let acceptance = risk.acceptance
            XCTAssertNotNil(acceptance, "\(risk.id) is retained at a high level without acceptance")
            if let until = acceptance?.validUntil { XCTAssertLessThan(today, until, risk.id) }
        }
    }

    func testDatesFollowToday() {
        // Whole weeks, because audits are moved to working days.
        let later = DemoOrganisation.make(today: today.adding(days: 98))
        let now = demo
        XCTAssertEqual(later.risks[0].nextReview, now.risks[0].nextReview?.adding(days: 98))
        XCTAssertEqual(later.audits[0].start, now.audits[0].start?.adding(days: 98))
        XCTAssertNotEqual(later, now)
    }

    func testAuditWorkHappensOnPastWorkingDays() {
        for offset in 0..<7 {
            let today = today.adding(days: offset)
            let calendar = DemoCalendar(today: today)
            let workspace = DemoOrganisation.make(today: today)
            for log in workspace.auditLogs.values {
                for event in log.events {
                    let day = Day(event.at)
                    XCTAssertLessThan(day, today, "\(event) is not in the past")
                    XCTAssertLessThanOrEqual(calendar.weekday(day.daysSinceEpoch - today.daysSinceEpoch), 5, "\(day) is a weekend")
                }
            }
        }
    }

    func testDemoIsDeterministic() {
        XCTAssertEqual(DemoOrganisation.make(today: today), DemoOrganisation.make(today: today))
    }
}
