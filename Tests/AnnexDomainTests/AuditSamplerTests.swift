import Foundation
import XCTest
@testable import AnnexDomain

final class AuditSamplerTests: XCTestCase {
    private let population = (1...23).map { "HR-L-\($0)" }

    func testTheSameSeedDrawsTheSameSampleAndAnotherSeedAnotherOne() {
        let first = AuditSampler.draw(from: population, size: 8, seed: 20_260_417)
        XCTAssertEqual(first, AuditSampler.draw(from: population, size: 8, seed: 20_260_417))
        XCTAssertNotEqual(first, AuditSampler.draw(from: population, size: 8, seed: 20_260_418))
        XCTAssertEqual(first.count, 8)
        XCTAssertEqual(Set(first).count, 8, "no entry is drawn twice")
        XCTAssertTrue(Set(first).isSubset(of: population))
    }

    /// Pinned so a later Annex (or another tool implementing SplitMix64) redraws old samples exactly.
    func testTheDrawIsPinnedForAllTime() {
        XCTAssertEqual(AuditSampler.draw(from: ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"], size: 3, seed: 42), ["d", "c", "e"])
        var generator = SplitMix64(seed: 0)
        XCTAssertEqual(generator.next(), 0xE220_A839_7B1D_CDAF, "SplitMix64's published first output for seed 0")
    }

    func testASampleLargerThanThePopulationIsTheWholePopulation() {
        let sample = AuditSampler.sample(population: ["a", "b"], describedAs: "two", size: 5, seed: 1)
        XCTAssertEqual(Set(sample.items), ["a", "b"])
        XCTAssertEqual(sample.size, 2)
        XCTAssertEqual(sample.populationSize, 2)
        XCTAssertEqual(sample.method, "seeded-random")
    }

    func testAPopulationIsOneEntryPerLineOrCommaSeparatedWithoutBlanksOrRepeats() {
        XCTAssertEqual(AuditSampler.population(from: "a\n\n b \r\nc\na\n"), ["a", "b", "c"])
        XCTAssertEqual(AuditSampler.population(from: "ONB-1, ONB-2; ONB-3"), ["ONB-1", "ONB-2", "ONB-3"])
        XCTAssertEqual(AuditSampler.population(from: "Ticket 1, part two\nTicket 2"), ["Ticket 1, part two", "Ticket 2"], "lines win over commas")
        XCTAssertEqual(AuditSampler.population(from: "  \n"), [])
    }
}

final class AuditTimeAndFollowUpTests: XCTestCase {
    private let t0 = Date(timeIntervalSince1970: 1_795_000_000)

    func testTimeSpentAddsUpVisitsOfEveryAuditor() {
        let log = AuditLog(events: [
            .timed(item: "A.8.8", seconds: 600, by: "anna", at: t0),
            .timed(item: "A.8.8", seconds: 120, by: "ben", at: t0.addingTimeInterval(700)),
            .timed(item: "4.1", seconds: 60, by: "anna", at: t0.addingTimeInterval(800)),
        ])
        XCTAssertEqual(log.timeSpent, ["A.8.8": 720, "4.1": 60])
        XCTAssertEqual(log.totalTimeSpent, 780)
        XCTAssertEqual(log.activeFindings, [], "time is not a finding")
    }

    func testAFollowUpVerifiesNonconformitiesWhoseActionsAreNotVerified() {
        let previous = Audit(id: "IA-1", title: "First", checklist: ["4.1", "A.5.15", "A.8.8"])
        func nc(_ id: String, _ item: String, _ classification: FindingClass = .minor) -> AuditEvent {
            .logged(Finding(id: id, item: item, classification: classification, statement: id, auditor: "anna", at: t0))
        }
        let log = AuditLog(events: [nc("F-3", "A.8.8", .major), nc("F-1", "4.1"), nc("F-2", "A.5.15"), nc("F-4", "A.5.15", .observation)])
        let actions = [
            CorrectiveAction(id: "CA-1", audit: "IA-1", finding: "F-1", status: .verified),
            CorrectiveAction(id: "CA-2", audit: "IA-1", finding: "F-2", status: .done),
        ]
        XCTAssertEqual(AuditFollowUp.openNonconformities(of: previous, log: log, actions: actions).map(\.id), ["F-2", "F-3"],
                       "verified F-1 is settled, the observation is no NC; checklist order")

        let followUp = AuditFollowUp.plan(of: previous, id: "IA-2", today: Day("2026-11-29")!)
        XCTAssertEqual(followUp.checklist, previous.checklist)
        XCTAssertEqual(followUp.followUpOf, "IA-1")
        XCTAssertEqual(followUp.status, .planned)
    }

    func testADraftRecognisesTheFindingItBecame() {
        let draft = FindingDraft(audit: "IA-1", auditor: "anna", id: "F-1", item: "4.1", classification: .minor, statement: "  Late patches \n")
        let saved = draft.finding(at: t0)
        XCTAssertEqual(saved.statement, "Late patches")
        XCTAssertTrue(draft.isSaved(as: saved))
        var changed = saved
        changed.statement = "Other"
        XCTAssertFalse(draft.isSaved(as: changed))
        XCTAssertFalse(draft.isSaved(as: nil))
    }
}

final class AuditLogCountTests: XCTestCase {
    /// The running counts always equal a recount of the findings in force, whatever the mix of
    /// logs, edits that move or regrade findings, withdrawals and re-edits of withdrawn ones.
    func testRunningCountsMatchARecountAfterEveryEvent() {
        var generator = SplitMix64(seed: 7)
        var log = AuditLog()
        let items = ["4.1", "A.5.15", "A.8.8"]
        let t0 = Date(timeIntervalSince1970: 1_795_000_000)
        for step in 0..<2_000 {
            let id = "F-\(generator.next(below: 40))"
            let finding = Finding(
                id: id, item: items[Int(generator.next(below: 3))], classification: FindingClass.allCases[Int(generator.next(below: 5))],
                statement: "s\(step)", auditor: "anna", at: t0.addingTimeInterval(Double(step))
            )
            switch generator.next(below: 3) {
            case 0: log.apply(.logged(finding))
            case 1: log.apply(.edited(finding))
            default: log.apply(.withdrawn(findingID: id, reason: "r", by: "anna", at: finding.at))
            }
            var recount: [String: [FindingClass: Int]] = [:]
            for active in log.activeFindings { recount[active.item, default: [:]][active.classification, default: 0] += 1 }
            XCTAssertEqual(log.activeCounts.mapValues { $0.filter { $0.value != 0 } }.filter { !$0.value.isEmpty }, recount, "after step \(step)")
            for item in items {
                XCTAssertEqual(log.activeCount(on: item), log.findings(on: item).count)
                XCTAssertEqual(log.hasNonconformity(on: item), log.findings(on: item).contains { $0.classification.isNonconformity })
            }
        }
    }
}
