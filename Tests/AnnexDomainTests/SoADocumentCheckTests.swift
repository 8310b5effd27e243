import XCTest
@testable import AnnexDomain

/// What a certification auditor cross-checks in the SoA as a document and against the register.
final class SoADocumentCheckTests: XCTestCase {
    private let today = Day("2026-11-29")!

    private func clean() -> Workspace {
        var workspace = Workspace.new(organisation: "Nordlicht Logistik GmbH", scope: "The dispatch platform")
        workspace.config.people = [Person(id: "jmeyer", name: "Julia Meyer", role: "ISMS manager")]
        for var entry in workspace.soa.entries {
            entry.justification = "Needed to treat risks from the risk assessment"
            entry.owner = "jmeyer"
            workspace.soa.upsert(entry)
        }
        return workspace
    }

    private func problems(_ workspace: Workspace) -> [Problem] { ISMSChecker(today: today).problems(in: workspace) }

    func testAnApprovedVersionWithEverythingSaidRaisesNothing() {
        var workspace = clean()
        workspace.config.soaDocument = SoADocumentInfo(version: "1.0", date: today, approval: SoAApproval(by: "jmeyer", role: "ISMS manager", on: today))
        XCTAssertEqual(problems(workspace), [])
    }

    func testAnApprovalNamesAPersonARoleAVersionAndADayThatHasCome() {
        var workspace = clean()
        workspace.config.soaDocument = SoADocumentInfo(version: "", approval: SoAApproval(by: "ceo", role: " ", on: today.adding(days: 1)))
        XCTAssertEqual(problems(workspace), [
            .warning(.configuration, field: ["soa_document", "approval", "by"], "SoA approver 'ceo' is not among the people in annex.yaml"),
            .warning(.configuration, field: ["soa_document", "approval", "role"], "the SoA's approval does not say in what role it was given"),
            .error(.configuration, field: ["soa_document", "approval", "on"], "the SoA is approved on 2026-11-30, which is in the future"),
            .warning(.configuration, field: ["soa_document", "version"], "the SoA is approved but has no version"),
        ])
    }

    func testExcludingAControlThatARisksTreatmentReliesOnIsWarned() {
        var workspace = clean()
        workspace.soa.upsert(SoAEntry(control: "A.8.13", applicable: false, justification: "No backups of our own", owner: "jmeyer"))
        workspace.risks = [
            Risk(id: "R-001", title: "Ransomware", owner: "jmeyer", inherent: RiskRating(likelihood: 3, impact: 3), controls: ["A.8.13"], plan: "Backups", status: .treating),
            Risk(id: "R-002", title: "Old", owner: "jmeyer", inherent: RiskRating(likelihood: 1, impact: 1), controls: ["A.8.13"], status: .closed),
        ]
        XCTAssertEqual(problems(workspace).filter { $0.subject == .soa(control: "A.8.13") }, [
            .warning(.soa(control: "A.8.13"), field: ["applicable"], "A.8.13 is excluded, but the treatment of R-001 relies on it"),
        ], "a closed risk relies on nothing")
    }

    func testReasonsForInclusionAgreeWithTheRegister() {
        var workspace = clean()
        var included = workspace.soa["A.5.1"]!
        included.reasons = [.riskTreatment, .contractual]
        workspace.soa.upsert(included)
        workspace.soa.upsert(SoAEntry(control: "A.7.4", applicable: false, justification: "No premises", reasons: [.bestPractice]))
        XCTAssertEqual(problems(workspace), [
            .warning(.soa(control: "A.5.1"), field: ["reasons"], "A.5.1 is included for risk treatment, but no open risk links it"),
            .warning(.soa(control: "A.7.4"), field: ["reasons"], "A.7.4 is excluded but gives reasons for inclusion"),
        ])
    }

    func testReasonsAreKeptSortedAndOnce() {
        let entry = SoAEntry(control: "A.5.1", reasons: [.bestPractice, .legal, .bestPractice])
        XCTAssertEqual(entry.reasons, [.legal, .bestPractice])
    }
}

/// Risk ratings and matrices an auditor would question.
final class RiskConsistencyCheckTests: XCTestCase {
    private let today = Day("2026-11-29")!

    private func problems(_ workspace: Workspace) -> [Problem] { ISMSChecker(today: today).problems(in: workspace) }

    func testAThreeByThreeMatrixWithFiveByFiveThresholdsReachesNeitherHighNorCritical() {
        var workspace = Workspace.new(organisation: "Nordlicht", scope: "")
        var matrix = RiskMatrix.standard5x5
        matrix.likelihood = ["Low", "Medium", "High"]
        matrix.impact = ["Low", "Medium", "High"]
        workspace.config.riskMatrix = matrix
        XCTAssertEqual(matrix.unreachableLevels.map(\.id), ["high", "critical"])
        XCTAssertTrue(problems(workspace).contains(.warning(.configuration, field: ["risk_matrix", "levels"],
            "no cell of the 3x3 matrix reaches 'High', 'Critical', so no residual risk ever needs acceptance (acceptance_from: high)")))
        XCTAssertEqual(RiskMatrix.standard5x5.unreachableLevels, [], "the standard matrix reaches every level")
    }

    func testAResidualRatingAboveTheInherentOneIsWarned() {
        var workspace = Workspace.new(organisation: "Nordlicht", scope: "")
        workspace.risks = [Risk(id: "R-1", title: "T", inherent: RiskRating(likelihood: 2, impact: 3), controls: ["A.5.1"],
                                residual: RiskRating(likelihood: 3, impact: 3), status: .treating)]
        XCTAssertTrue(problems(workspace).contains(.warning(.risk("R-1"), field: ["residual_likelihood"],
            "the residual rating (3x3 = 9) is above the inherent one (2x3 = 6): treatment does not raise a risk")))
    }
}
