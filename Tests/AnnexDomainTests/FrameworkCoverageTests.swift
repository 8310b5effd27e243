import AnnexDomain
import XCTest

/// Coverage of another framework from the ISO SoA through a mapping: how whole, partial,
/// many-to-one and excluded mappings count.
final class FrameworkCoverageTests: XCTestCase {
    private func control(_ id: String, withdrawn: Bool = false) -> CatalogItem {
        CatalogItem(id: id, title: id, kind: .control, guidance: "", auditQuestions: [],
                    withdrawal: withdrawn ? Withdrawal(relation: .movedTo, into: ["c-1"]) : nil)
    }

    private func framework() -> Framework {
        Framework(id: "other", title: "Other", groups: [CatalogGroup(id: "g", title: "G", items: [
            control("c-1"), control("c-2"), control("c-3"), control("c-4"), control("c-5"), control("c-6"), control("c-7", withdrawn: true),
        ])])
    }

    private func soa(_ entries: [(String, Bool, ImplementationStatus)]) -> StatementOfApplicability {
        StatementOfApplicability(entries: entries.map { SoAEntry(control: $0.0, applicable: $0.1, status: $0.2) })
    }

    func testWholeRelationsCoverPartOnesStayPartialAndExcludedControlsCoverNothing() {
        let mapping = FrameworkMapping(from: ISO27001.frameworkID, to: "other", entries: [
            MappingEntry(from: "A.5.1", to: "c-1", relation: .equivalent),   // implemented: covered
            MappingEntry(from: "A.5.2", to: "c-2", relation: .subset),       // implemented but only part of c-2: partial
            MappingEntry(from: "A.5.3", to: "c-2", relation: .intersects),   // a second part does not make it whole
            MappingEntry(from: "A.5.4", to: "c-3", relation: .superset),     // partially implemented: partial
            MappingEntry(from: "A.5.5", to: "c-4", relation: .equivalent),   // planned: not covered
            MappingEntry(from: "A.5.6", to: "c-5", relation: .equivalent),   // excluded from the SoA: not covered
            MappingEntry(from: "A.5.7", to: "c-5", relation: .subset),       // excluded too
        ])
        let soa = soa([("A.5.1", true, .implemented), ("A.5.2", true, .implemented), ("A.5.3", true, .implemented),
                       ("A.5.4", true, .partial), ("A.5.5", true, .planned), ("A.5.6", false, .implemented), ("A.5.7", false, .implemented)])
        let coverage = FrameworkCoverage(of: framework(), soa: soa, mappings: [mapping])
        XCTAssertEqual(coverage.levels.map(\.level), [.covered, .partial, .partial, .notCovered, .notCovered, .unmapped])
        XCTAssertEqual([coverage.covered, coverage.partial, coverage.notCovered, coverage.unmapped, coverage.mapped], [1, 2, 2, 1, 5])
        XCTAssertEqual(coverage.percentCovered, 20)
    }

    func testManyToOneIsCoveredByAnyWholeImplementedSourceAndAMappingReadsEitherWay() {
        // Written from the other framework's side: c-1 is a subset of A.5.1, so A.5.1 contains it.
        let mapping = FrameworkMapping(from: "other", to: ISO27001.frameworkID, entries: [
            MappingEntry(from: "c-1", to: "A.5.1", relation: .subset),
            MappingEntry(from: "c-1", to: "A.5.2", relation: .superset),
            MappingEntry(from: "c-2", to: "A.5.2", relation: .superset),
        ])
        let soa = soa([("A.5.1", true, .implemented), ("A.5.2", true, .implemented)])
        let coverage = FrameworkCoverage(of: framework(), soa: soa, mappings: [mapping])
        XCTAssertEqual(coverage.levels.prefix(2).map(\.level), [.covered, .partial])
        XCTAssertEqual(coverage.levels.count, 6, "the withdrawn control is not counted")
    }

    func testNothingMappedHasNoPercentage() {
        let coverage = FrameworkCoverage(of: framework(), soa: soa([]), mappings: [])
        XCTAssertNil(coverage.percentCovered)
        XCTAssertEqual(coverage.unmapped, 6)
    }

    func testThe2013MappingGivesRelationsForMergesAndSplits() {
        let entries = ISO27001.mapping2013.entries
        XCTAssertEqual(entries.first { $0.from == "A.6.1.2" }?.relation, .equivalent)
        XCTAssertEqual(entries.filter { $0.from == "A.18.2.3" }.map(\.relation), [.intersects, .intersects])
        XCTAssertEqual(entries.first { $0.from == "A.9.1.1" }?.relation, .subset)
        XCTAssertEqual(entries.filter { $0.from == "A.18.2.3" }.map(\.to), ["A.5.36", "A.8.8"])
    }
}
