import XCTest
@testable import AnnexDomain

final class RiskRemapTests: XCTestCase {
    func testProportionalKeepsThePositionOnTheScale() {
        let remap = RatingRemap.proportional
        XCTAssertEqual((1...5).map { remap.step($0, from: 5, to: 3) }, [1, 2, 2, 3, 3])
        XCTAssertEqual((1...3).map { remap.step($0, from: 3, to: 5) }, [1, 3, 5])
        XCTAssertEqual((1...4).map { remap.step($0, from: 4, to: 6) }, [1, 3, 4, 6])
        XCTAssertEqual((1...5).map { remap.step($0, from: 5, to: 5) }, [1, 2, 3, 4, 5], "same size changes nothing")
    }

    func testClampKeepsNumbersAndLowersOnlyThoseAboveTheTop() {
        XCTAssertEqual((1...5).map { RatingRemap.clamp.step($0, from: 5, to: 3) }, [1, 2, 3, 3, 3])
        XCTAssertEqual((1...3).map { RatingRemap.clamp.step($0, from: 3, to: 5) }, [1, 2, 3])
    }

    func testRemappingRisksMovesInherentAndResidualAndNothingElse() {
        var small = RiskMatrix.standard5x5
        small.likelihood = ["Low", "Medium", "High"]
        small.impact = ["Low", "Medium", "High"]
        let risk = Risk(id: "R-1", title: "x", inherent: RiskRating(likelihood: 5, impact: 1), residual: RiskRating(likelihood: 3, impact: 4))
        let moved = RiskMatrix.standard5x5.remap([risk], to: small, using: .proportional)
        XCTAssertEqual(moved.first?.inherent, RiskRating(likelihood: 3, impact: 1))
        XCTAssertEqual(moved.first?.residual, RiskRating(likelihood: 2, impact: 3))
        XCTAssertEqual(moved.first?.title, "x")
        XCTAssertTrue(RiskMatrix.standard5x5.rescales(to: small))
        XCTAssertFalse(RiskMatrix.standard5x5.rescales(to: .standard5x5))
    }
}

final class RiskQueryTests: XCTestCase {
    let today = Day("2026-11-29")!
    let risks = [
        Risk(id: "R-2", title: "beta", owner: "ben", inherent: RiskRating(likelihood: 5, impact: 5), treatment: .retain, nextReview: Day("2026-01-01")),
        Risk(id: "R-1", title: "Alpha", owner: "anna", inherent: RiskRating(likelihood: 1, impact: 2), controls: ["A.8.13"], residual: RiskRating(likelihood: 1, impact: 1)),
        Risk(id: "R-3", title: "gamma", owner: "anna", inherent: RiskRating(likelihood: 3, impact: 3), status: .closed),
    ]

    func testSortsByEveryColumnWithIdBreakingTies() {
        var query = RiskQuery()
        XCTAssertEqual(query.apply(risks, matrix: .standard5x5, today: today).map(\.id), ["R-1", "R-2", "R-3"])
        query.sort = .title
        XCTAssertEqual(query.apply(risks, matrix: .standard5x5, today: today).map(\.id), ["R-1", "R-2", "R-3"], "case-insensitive")
        query.sort = .inherent
        query.ascending = false
        XCTAssertEqual(query.apply(risks, matrix: .standard5x5, today: today).map(\.id), ["R-2", "R-3", "R-1"])
        query.sort = .owner
        query.ascending = true
        XCTAssertEqual(query.apply(risks, matrix: .standard5x5, today: today).map(\.id), ["R-1", "R-3", "R-2"])
    }

    func testFiltersCombine() {
        var query = RiskQuery()
        query.owner = "anna"
        XCTAssertEqual(query.apply(risks, matrix: .standard5x5, today: today).map(\.id), ["R-1", "R-3"])
        query.level = "medium"
        XCTAssertEqual(query.apply(risks, matrix: .standard5x5, today: today).map(\.id), ["R-3"])
        query = RiskQuery()
        query.overdueOnly = true
        XCTAssertEqual(query.apply(risks, matrix: .standard5x5, today: today).map(\.id), ["R-2"])
        query = RiskQuery()
        query.text = "a.8.13"
        XCTAssertEqual(query.apply(risks, matrix: .standard5x5, today: today).map(\.id), ["R-1"], "linked controls are searchable")
        query = RiskQuery()
        query.view = .residual
        query.cell = RiskRating(likelihood: 1, impact: 1)
        XCTAssertEqual(query.apply(risks, matrix: .standard5x5, today: today).map(\.id), ["R-1"])
    }
}

final class RiskQueryTextSearchTests: XCTestCase {
    func testTextSearchIgnoresCaseAcrossScriptsAndNeedsEveryWord() {
        var query = RiskQuery()
        let risks = [
            Risk(id: "R-1", title: "Zugriffsprüfung fehlt", owner: "anna", inherent: RiskRating(likelihood: 1, impact: 1)),
            Risk(id: "R-2", title: "ÄRGER mit Lieferanten", owner: "ben", inherent: RiskRating(likelihood: 1, impact: 1), controls: ["A.5.19"]),
            Risk(id: "R-3", title: "情報漏えい", owner: "anna", inherent: RiskRating(likelihood: 1, impact: 1)),
        ]
        let matrix = RiskMatrix.standard5x5
        let today = Day("2026-11-29")!
        func shown(_ text: String) -> [String] {
            query.text = text
            return query.apply(risks, matrix: matrix, today: today).map(\.id)
        }
        XCTAssertEqual(shown("PRÜF"), ["R-1"])
        XCTAssertEqual(shown("ärger a.5.19"), ["R-2"])
        XCTAssertEqual(shown("漏え"), ["R-3"])
        XCTAssertEqual(shown("anna fehlt"), ["R-1"], "every word must match")
        XCTAssertEqual(shown("  "), ["R-1", "R-2", "R-3"], "blanks filter nothing")
        XCTAssertEqual(shown("zugriffsprüfung-fehlt"), [])
    }
}
