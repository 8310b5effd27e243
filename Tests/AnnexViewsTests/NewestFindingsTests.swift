@testable import AnnexViews
import AnnexDomain
import Foundation
import XCTest

/// The Controls detail lists the newest findings on a control over every audit: what it copies
/// must be the tail of all of them, audit by audit, and the total must count them all.
final class NewestFindingsTests: XCTestCase {
    private let today = Day("2026-11-29")!

    func testTheNewestAreTheTailOfEveryAuditsFindingsInOrder() throws {
        var workspace = DemoOrganisation.make(today: today)
        let audits = workspace.audits.map(\.id)
        XCTAssertGreaterThanOrEqual(audits.count, 2)
        let item = "A.5.16"
        for (number, audit) in audits.enumerated() {
            for index in 0..<(8 - number) {
                let finding = Finding(id: "F-NEW-\(number)-\(index)", item: item, classification: .observation, statement: "Seen \(index)",
                                      auditor: "tbauer", at: Date(timeIntervalSince1970: 1_796_000_000 + Double(index)))
                workspace.auditLogs[audit, default: AuditLog()].apply(.logged(finding))
            }
        }
        // One withdrawn: out of force, counted nowhere.
        workspace.auditLogs[audits[0]]!.apply(.withdrawn(findingID: "F-NEW-0-7", reason: "duplicate", by: "tbauer", at: Date(timeIntervalSince1970: 1_796_001_000)))

        let all = audits.flatMap { audit in workspace.log(of: audit).findings(on: item).map { (audit, $0) } }
        for limit in [1, 5, 12, all.count, all.count + 3] {
            let newest = NewestFindings(on: item, in: workspace, limit: limit)
            XCTAssertEqual(newest.total, all.count)
            XCTAssertEqual(newest.shown.map(\.audit), all.suffix(limit).map(\.0), "limit \(limit)")
            XCTAssertEqual(newest.shown.map(\.finding), all.suffix(limit).map(\.1), "limit \(limit)")
        }
        XCTAssertFalse(NewestFindings(on: item, in: workspace, limit: 50).shown.contains { $0.finding.id == "F-NEW-0-7" })
        XCTAssertEqual(NewestFindings(on: "A.9.9", in: workspace, limit: 12).total, 0)
    }
}
