import XCTest
@testable import AnnexDomain

final class RiskMatrixTests: XCTestCase {
    private let standard = RiskMatrix.standard5x5

    private func level(_ matrix: RiskMatrix, _ likelihood: Int, _ impact: Int) -> String? {
        matrix.level(of: RiskRating(likelihood: likelihood, impact: impact))?.id
    }

    private func fields(_ problems: [Problem]) -> [[String]] { problems.map(\.field) }

    // MARK: Levels

    func testStandardMatrixLevelsAtCornersAndBandBoundaries() {
        XCTAssertEqual(level(standard, 1, 1), "low")
        XCTAssertEqual(level(standard, 2, 2), "low", "score 4 is the top of low")
        XCTAssertEqual(level(standard, 1, 5), "medium", "score 5 starts medium")
        XCTAssertEqual(level(standard, 5, 1), "medium")
        XCTAssertEqual(level(standard, 3, 3), "medium", "score 9 is the top of medium")
        XCTAssertEqual(level(standard, 2, 5), "high", "score 10 starts high")
        XCTAssertEqual(level(standard, 4, 4), "high", "score 16 is the top of high")
        XCTAssertEqual(level(standard, 4, 5), "critical", "score 20 is critical")
        XCTAssertEqual(level(standard, 5, 5), "critical")
    }

    func testRatingsOffTheMatrixHaveNoLevel() {
        XCTAssertNil(level(standard, 0, 3))
        XCTAssertNil(level(standard, 6, 1))
        XCTAssertNil(level(standard, 3, 9))
    }

    func testCellGridOverridesScoreThresholds() {
        var matrix = standard
        var grid = Array(repeating: Array(repeating: "low", count: 5), count: 5)
        grid[0][0] = "critical"
        grid[4][4] = "medium"
        grid[1][3] = "high"
        matrix.cells = grid

        XCTAssertTrue(matrix.problems().isEmpty, "\(matrix.problems())")
        XCTAssertEqual(level(matrix, 1, 1), "critical", "score 1 would be low by threshold")
        XCTAssertEqual(level(matrix, 5, 5), "medium", "score 25 would be critical by threshold")
        XCTAssertEqual(level(matrix, 2, 4), "high", "cells are indexed [likelihood - 1][impact - 1]")
        XCTAssertEqual(level(matrix, 4, 2), "low")
        XCTAssertEqual(level(matrix, 4, 5), "low")
    }

    func testAcceptanceIsNeededFromHighUpButNotForMedium() {
        XCTAssertTrue(standard.needsAcceptance(RiskRating(likelihood: 2, impact: 5)), "high")
        XCTAssertTrue(standard.needsAcceptance(RiskRating(likelihood: 4, impact: 4)), "high")
        XCTAssertTrue(standard.needsAcceptance(RiskRating(likelihood: 5, impact: 5)), "critical")
        XCTAssertFalse(standard.needsAcceptance(RiskRating(likelihood: 3, impact: 3)), "medium")
        XCTAssertFalse(standard.needsAcceptance(RiskRating(likelihood: 1, impact: 1)), "low")
    }

    // MARK: Valid sizes

    func testStandardMatrixIsValid() {
        XCTAssertEqual(standard.problems(), [])
    }

    func testThreeByThreeMatrixIsValidAndRatesItsTopCell() {
        let matrix = RiskMatrix(
            likelihood: ["Low", "Medium", "High"], impact: ["Low", "Medium", "High"],
            levels: [
                RiskLevel(id: "low", name: "Low", maxScore: 2),
                RiskLevel(id: "medium", name: "Medium", maxScore: 4),
                RiskLevel(id: "high", name: "High", maxScore: 9),
            ],
            acceptanceFrom: "high"
        )
        XCTAssertEqual(matrix.problems(), [])
        XCTAssertEqual(level(matrix, 3, 3), "high")
        XCTAssertEqual(level(matrix, 2, 2), "medium")
        XCTAssertNil(level(matrix, 4, 1))
        XCTAssertTrue(matrix.needsAcceptance(RiskRating(likelihood: 3, impact: 2)))
    }

    func testSixBySixMatrixIsValidAndRatesItsTopCell() {
        let steps = ["1", "2", "3", "4", "5", "6"]
        let matrix = RiskMatrix(
            likelihood: steps, impact: steps,
            levels: [
                RiskLevel(id: "low", name: "Low", maxScore: 6),
                RiskLevel(id: "medium", name: "Medium", maxScore: 12),
                RiskLevel(id: "high", name: "High", maxScore: 24),
                RiskLevel(id: "critical", name: "Critical", maxScore: 36),
            ],
            acceptanceFrom: "high"
        )
        XCTAssertEqual(matrix.problems(), [])
        XCTAssertEqual(level(matrix, 6, 6), "critical")
        XCTAssertEqual(level(matrix, 5, 5), "critical")
        XCTAssertEqual(level(matrix, 4, 6), "high")
    }

    // MARK: Problems

    func testTwoByTwoMatrixIsRefusedOnBothAxes() {
        var matrix = standard
        matrix.likelihood = ["Unlikely", "Likely"]
        matrix.impact = ["Minor", "Major"]

        let problems = matrix.problems()
        XCTAssertEqual(fields(problems), [["risk_matrix", "likelihood"], ["risk_matrix", "impact"]])
        XCTAssertEqual(problems.first?.message, "the likelihood scale has 2 steps; a matrix needs 3 to 6")
        XCTAssertTrue(problems.allSatisfy { $0.severity == .error && $0.subject == .configuration })
    }

    func testSevenBySevenMatrixIsRefusedOnBothAxes() {
        var matrix = standard
        let steps = ["1", "2", "3", "4", "5", "6", "7"]
        matrix.likelihood = steps
        matrix.impact = steps
        matrix.levels[3].maxScore = 49

        let problems = matrix.problems()
        XCTAssertEqual(fields(problems), [["risk_matrix", "likelihood"], ["risk_matrix", "impact"]])
        XCTAssertEqual(problems.last?.message, "the impact scale has 7 steps; a matrix needs 3 to 6")
    }

    func testMaxScoresThatDoNotRiseAreReportedOnTheLevel() {
        var matrix = standard
        matrix.levels[2].maxScore = 9

        let problems = matrix.problems()
        XCTAssertEqual(fields(problems), [["risk_matrix", "levels", "2", "max_score"]])
        XCTAssertEqual(problems.first?.message, "max_score 9 of 'high' must be above 9 of the level before")
    }

    func testTopLevelEndingBelowTheHighestScoreIsReported() {
        var matrix = standard
        matrix.levels[3].maxScore = 20

        let problems = matrix.problems()
        XCTAssertEqual(fields(problems), [["risk_matrix", "levels", "3", "max_score"]])
        XCTAssertEqual(problems.first?.message, "the highest level ends at 20 but the matrix reaches 25")
        // A rating above the top band has no level rather than a wrong one.
        XCTAssertNil(level(matrix, 5, 5))
    }

    func testLevelWithoutMaxScoreAndNoGridIsReported() {
        var matrix = standard
        matrix.levels[1].maxScore = nil

        XCTAssertEqual(fields(matrix.problems()), [["risk_matrix", "levels", "1", "max_score"]])
    }

    func testCellGridWithTooFewRowsIsReported() {
        var matrix = standard
        matrix.cells = Array(repeating: Array(repeating: "low", count: 5), count: 4)

        let problems = matrix.problems()
        XCTAssertEqual(fields(problems), [["risk_matrix", "cells"]])
        XCTAssertEqual(problems.first?.message, "the cell grid has 4 rows; the likelihood scale has 5 steps")
        XCTAssertNil(level(matrix, 5, 1), "a missing row gives no level instead of crashing")
    }

    func testCellGridRowOfTheWrongLengthIsReportedOnTheRow() {
        var matrix = standard
        var grid = Array(repeating: Array(repeating: "low", count: 5), count: 5)
        grid[2] = ["low", "low", "low", "low"]
        matrix.cells = grid

        let problems = matrix.problems()
        XCTAssertEqual(fields(problems), [["risk_matrix", "cells", "2"]])
        XCTAssertEqual(problems.first?.message, "row 3 of the cell grid has 4 cells; the impact scale has 5 steps")
        XCTAssertNil(level(matrix, 3, 5))
    }

    func testUnknownLevelInCellGridIsReportedOnTheRow() {
        var matrix = standard
        var grid = Array(repeating: Array(repeating: "low", count: 5), count: 5)
        grid[1][4] = "extreme"
        matrix.cells = grid

        let problems = matrix.problems()
        XCTAssertEqual(fields(problems), [["risk_matrix", "cells", "1"]])
        XCTAssertEqual(problems.first?.message, "row 2 of the cell grid names the unknown level 'extreme'")
        XCTAssertNil(level(matrix, 2, 5))
    }

    func testUnknownAcceptanceLevelIsReported() {
        var matrix = standard
        matrix.acceptanceFrom = "severe"

        let problems = matrix.problems()
        XCTAssertEqual(fields(problems), [["risk_matrix", "acceptance_from"]])
        XCTAssertEqual(problems.first?.message, "acceptance_from names the unknown level 'severe'")
        XCTAssertFalse(matrix.needsAcceptance(RiskRating(likelihood: 5, impact: 5)))
    }

    func testDuplicateLevelIDIsReportedOnTheSecondUse() {
        var matrix = standard
        matrix.levels[2].id = "medium"
        matrix.acceptanceFrom = "critical"

        let problems = matrix.problems()
        XCTAssertEqual(fields(problems), [["risk_matrix", "levels", "2", "id"]])
        XCTAssertEqual(problems.first?.message, "level id 'medium' is used twice")
    }

    func testUnnamedScaleStepIsReported() {
        var matrix = standard
        matrix.impact[3] = "  "

        XCTAssertEqual(fields(matrix.problems()), [["risk_matrix", "impact", "3"]])
        XCTAssertEqual(matrix.problems().first?.message, "impact step 4 has no name")
    }
}
