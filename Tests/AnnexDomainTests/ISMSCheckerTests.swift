import Foundation
import XCTest
@testable import AnnexDomain

/// Each test starts from a workspace the checker finds nothing wrong with, adds one defect,
/// and expects exactly the problem a user should see for it.
final class ISMSCheckerTests: XCTestCase {
    private let today = Day("2026-11-29")!
    private let auditStart = Date(timeIntervalSince1970: 1_795_000_000)

    private func clean() -> Workspace {
        var workspace = Workspace.new(organisation: "Nordlicht Logistik GmbH", scope: "The dispatch platform")
        workspace.config.people = [
            Person(id: "jmeyer", name: "Julia Meyer", role: "ISMS manager"),
            Person(id: "tbauer", name: "Tobias Bauer", role: "Internal auditor"),
        ]
        for var entry in workspace.soa.entries {
            entry.justification = "Needed to treat risks from the risk assessment"
            entry.owner = "jmeyer"
            workspace.soa.upsert(entry)
        }
        return workspace
    }

    private func problems(_ workspace: Workspace) -> [Problem] {
        ISMSChecker(today: today).problems(in: workspace)
    }

    private func risk(
        _ id: String = "R-001", inherent: RiskRating = RiskRating(likelihood: 3, impact: 3),
        treatment: RiskTreatment = .modify, controls: [String] = ["A.5.15"], residual: RiskRating? = nil,
        acceptance: RiskAcceptance? = nil, owner: String = "jmeyer", status: RiskStatus = .treating
    ) -> Risk {
        Risk(
            id: id, title: "Former staff keep access", owner: owner, inherent: inherent, treatment: treatment,
            controls: controls, plan: "Quarterly access review", residual: residual, acceptance: acceptance, status: status
        )
    }

    private func finding(_ id: String, on item: String, _ classification: FindingClass = .minor) -> Finding {
        Finding(id: id, item: item, classification: classification, statement: "Leavers not removed in time", auditor: "tbauer", at: auditStart)
    }

    /// A clean workspace with one internal audit under way and a minor nonconformity F-1 on A.5.15.
    private func withAudit(checklist: [String] = ["9.2", "A.5.15"], actions: [CorrectiveAction] = []) -> Workspace {
        var workspace = clean()
        workspace.audits = [
            Audit(id: "IA-1", title: "Internal audit 2026", status: .inProgress, auditors: ["tbauer"], checklist: checklist)
        ]
        workspace.auditLogs = ["IA-1": AuditLog(events: [.logged(finding("F-1", on: "A.5.15"))])]
        workspace.actions = actions
        return workspace
    }

    // MARK: A clean ISMS

    func testCleanWorkspaceHasNoProblems() {
        XCTAssertEqual(problems(clean()), [])
    }

    func testWellKeptRecordsOfEveryKindRaiseNothing() {
        var workspace = withAudit(actions: [
            CorrectiveAction(
                id: "CA-1", audit: "IA-1", finding: "F-1", rootCause: "No leaver trigger from HR", action: "HR ticket opens IT task",
                owner: "jmeyer", due: Day("2026-12-15"), status: .verified,
                verification: EffectivenessReview(by: "tbauer", on: Day("2026-11-20")!, effective: true)
            ),
        ])
        workspace.risks = [
            risk(),
            risk(
                "R-002", inherent: RiskRating(likelihood: 4, impact: 4), treatment: .retain, controls: [],
                acceptance: RiskAcceptance(by: "jmeyer", on: Day("2026-06-01")!, rationale: "Cost of treatment too high", validUntil: Day("2027-06-01")),
                status: .accepted
            ),
        ]
        workspace.evidence = [
            EvidenceRecord(id: "E-1", title: "Access review Q3", location: "evidence/files/review.pdf", owner: "jmeyer",
                           effective: Day("2026-10-01"), expires: Day("2027-10-01")),
        ]
        var entry = workspace.soa["A.5.15"]!
        entry.status = .implemented
        entry.evidence = ["E-1"]
        workspace.soa.upsert(entry)

        XCTAssertEqual(problems(workspace), [])
    }

    // MARK: Statement of Applicability

    func testAnAuditThatFollowsItselfUpIsAnError() {
        var workspace = withAudit()
        workspace.audits[0].followUpOf = "IA-1"
        workspace.audits.append(Audit(id: "IA-2", title: "Follow-up", status: .planned, auditors: ["tbauer"], checklist: ["9.2"], followUpOf: "IA-3"))
        workspace.audits.append(Audit(id: "IA-3", title: "Follow-up", status: .planned, auditors: ["tbauer"], checklist: ["9.2"], followUpOf: "IA-2"))
        XCTAssertEqual(problems(workspace).map(\.message), [
            "follows up itself through IA-1 -> IA-1: a follow-up must verify an earlier audit",
            "follows up itself through IA-2 -> IA-3 -> IA-2: a follow-up must verify an earlier audit",
            "follows up itself through IA-3 -> IA-2 -> IA-3: a follow-up must verify an earlier audit",
        ])
        XCTAssertEqual(Set(problems(workspace).map(\.severity)), [.error])
    }

    func testExcludedControlWithoutJustificationIsAnError() {
        var workspace = clean()
        workspace.soa.upsert(SoAEntry(control: "A.7.4", applicable: false, justification: "  "))

        XCTAssertEqual(problems(workspace), [
            .error(.soa(control: "A.7.4"), field: ["justification"], "A.7.4 is excluded without a justification"),
        ])
    }

    func testIncludedControlWithoutJustificationIsOnlyAWarning() {
        var workspace = clean()
        workspace.soa.upsert(SoAEntry(control: "A.5.15", applicable: true, justification: "", owner: "jmeyer"))

        XCTAssertEqual(problems(workspace), [
            .warning(.soa(control: "A.5.15"), field: ["justification"], "A.5.15 is included without a justification"),
        ])
    }

    func testControlOwnerNotAmongPeopleIsAWarning() {
        var workspace = clean()
        var entry = workspace.soa["A.8.13"]!
        entry.owner = "ghost"
        workspace.soa.upsert(entry)

        XCTAssertEqual(problems(workspace), [
            .warning(.soa(control: "A.8.13"), field: ["owner"], "owner 'ghost' is not among the people in annex.yaml"),
        ])
    }

    // MARK: Risks

    func testLikelihoodOutsideTheScaleIsAnError() {
        var workspace = clean()
        workspace.risks = [risk(inherent: RiskRating(likelihood: 9, impact: 3))]

        XCTAssertEqual(problems(workspace), [
            .error(.risk("R-001"), field: ["likelihood"], "likelihood 9 is outside the scale 1-5"),
        ])
    }

    func testRetainedHighResidualRiskWithoutAcceptanceIsAnError() {
        var workspace = clean()
        workspace.risks = [
            risk(inherent: RiskRating(likelihood: 5, impact: 4), treatment: .retain, controls: [],
                 residual: RiskRating(likelihood: 4, impact: 4)),
        ]

        XCTAssertEqual(problems(workspace), [
            .error(.risk("R-001"), field: ["acceptance"], "a high residual risk is retained but nobody has accepted it"),
        ])
    }

    func testRetainedMediumRiskNeedsNoAcceptance() {
        var workspace = clean()
        workspace.risks = [risk(inherent: RiskRating(likelihood: 3, impact: 3), treatment: .retain, controls: [])]

        XCTAssertEqual(problems(workspace), [])
    }

    func testAcceptancePastItsValidityIsAnError() {
        var workspace = clean()
        workspace.risks = [
            risk(
                inherent: RiskRating(likelihood: 4, impact: 4), treatment: .retain, controls: [],
                acceptance: RiskAcceptance(by: "jmeyer", on: Day("2025-11-01")!, rationale: "Accepted for one year", validUntil: Day("2026-11-01")),
                status: .accepted
            ),
        ]

        XCTAssertEqual(problems(workspace), [
            .error(.risk("R-001"), field: ["acceptance", "valid_until"],
                   "the acceptance ran out on 2026-11-01; the risk must be accepted again or treated"),
        ])
    }

    func testLinkToUnknownControlIsAnErrorOnThatLink() {
        var workspace = clean()
        workspace.risks = [risk(controls: ["A.9.9", "A.5.15"])]

        XCTAssertEqual(problems(workspace), [
            .error(.risk("R-001"), field: ["controls", "0"], "linked control 'A.9.9' is not in the catalog"),
        ])
    }

    func testRiskOwnerNotAmongPeopleIsAWarning() {
        var workspace = clean()
        workspace.risks = [risk(owner: "kschulz")]

        XCTAssertEqual(problems(workspace), [
            .warning(.risk("R-001"), field: ["owner"], "risk owner 'kschulz' is not among the people in annex.yaml"),
        ])
    }

    // MARK: Evidence

    func testExpiredEvidenceIsAWarningNamingTheDateAndTheControlsThatClaimIt() {
        var workspace = clean()
        workspace.evidence = [
            EvidenceRecord(id: "E-7", title: "Pen test report", location: "evidence/files/pentest.pdf", owner: "jmeyer",
                           expires: Day("2026-10-31")),
        ]
        var entry = workspace.soa["A.8.8"]!
        entry.evidence = ["E-7"]
        workspace.soa.upsert(entry)

        XCTAssertEqual(problems(workspace), [
            .warning(.evidence("E-7"), field: ["expires"], "evidence E-7 expired on 2026-10-31 (claimed for A.8.8)"),
        ])
    }

    func testEvidenceExpiringTodayIsStillValid() {
        var workspace = clean()
        workspace.evidence = [
            EvidenceRecord(id: "E-7", title: "Pen test report", location: "evidence/files/pentest.pdf", owner: "jmeyer",
                           expires: today),
        ]

        XCTAssertEqual(problems(workspace), [])
    }

    // MARK: Audits and corrective actions

    func testChecklistItemNotInTheCatalogIsAnError() {
        let workspace = withAudit(checklist: ["9.2", "A.99", "A.5.15"])

        XCTAssertEqual(problems(workspace), [
            .error(.audit("IA-1"), field: ["checklist", "1"], "checklist item 'A.99' is not in the catalog"),
        ])
    }

    func testActionVerifiedWithoutVerificationIsAnError() {
        let workspace = withAudit(actions: [
            CorrectiveAction(id: "CA-1", audit: "IA-1", finding: "F-1", rootCause: "No leaver trigger from HR", owner: "jmeyer", status: .verified),
        ])

        XCTAssertEqual(problems(workspace), [
            .error(.action("CA-1"), field: ["verification"], "the action is closed as verified without a verification of effectiveness"),
        ])
    }

    func testActionDoneWithoutRootCauseIsAnError() {
        let workspace = withAudit(actions: [
            CorrectiveAction(id: "CA-1", audit: "IA-1", finding: "F-1", rootCause: " ", owner: "jmeyer", status: .done),
        ])

        XCTAssertEqual(problems(workspace), [
            .error(.action("CA-1"), field: ["root_cause"], "the action is done but no root cause was recorded"),
        ])
    }

    func testActionOwnerNotAmongPeopleIsAWarning() {
        let workspace = withAudit(actions: [
            CorrectiveAction(id: "CA-1", audit: "IA-1", finding: "F-1", owner: "ghost", status: .inProgress),
        ])

        XCTAssertEqual(problems(workspace), [
            .warning(.action("CA-1"), field: ["owner"], "owner 'ghost' is not among the people in annex.yaml"),
        ])
    }

    func testProblemsAreErrorsOrWarningsAsAUserWouldSortThem() {
        var workspace = clean()
        workspace.soa.upsert(SoAEntry(control: "A.7.4", applicable: false))
        workspace.risks = [risk(owner: "ghost")]

        let found = problems(workspace)
        XCTAssertEqual(found.filter { $0.severity == .error }.map(\.subject), [.soa(control: "A.7.4")])
        XCTAssertEqual(found.filter { $0.severity == .warning }.map(\.subject), [.risk("R-001")])
        XCTAssertEqual(found.map(\.severity).max(), .error)
    }
}

final class WithdrawnFindingActionTests: XCTestCase {
    func testAnOpenActionOnAWithdrawnFindingIsQuestioned() {
        let day = Day("2026-11-29")!
        var workspace = Workspace.new(organisation: "Test")
        workspace.audits = [Audit(id: "IA-1", title: "Audit", checklist: ["A.5.1"])]
        let finding = Finding(id: "F-1", item: "A.5.1", classification: .minor, statement: "x", auditor: "a", at: Date(timeIntervalSince1970: 0))
        workspace.auditLogs = ["IA-1": AuditLog(events: [
            .logged(finding),
            .withdrawn(findingID: "F-1", reason: "duplicate of F-2", by: "a", at: Date(timeIntervalSince1970: 60)),
        ])]
        workspace.actions = [CorrectiveAction(id: "CA-1", audit: "IA-1", finding: "F-1", owner: "a")]
        let problems = ISMSChecker(today: day).problems(in: workspace).filter { $0.subject == .action("CA-1") && $0.field == ["finding"] }
        XCTAssertEqual(problems.map(\.message), ["finding F-1 was withdrawn (duplicate of F-2); is corrective action CA-1 still needed?"])
        XCTAssertEqual(problems.first?.severity, .warning)
    }
}

final class AuditChecksTests: XCTestCase {
    func testATwiceListedItemAndAnUnknownAuthorAreFlaggedOnce() {
        var workspace = Workspace.new(organisation: "T")
        workspace.config.people = [Person(id: "anna", name: "Anna")]
        workspace.audits = [Audit(id: "IA-1", title: "T", auditors: ["anna"], checklist: ["4.1", "A.5.15", "4.1"])]
        let t0 = Date(timeIntervalSince1970: 1_795_000_000)
        workspace.auditLogs["IA-1"] = AuditLog(events: (1...3).map {
            .logged(Finding(id: "F-\($0)", item: "4.1", classification: .conformity, statement: "ok", auditor: "guest", at: t0))
        })
        let messages = ISMSChecker(today: Day("2026-11-29")!).problems(in: workspace).map(\.message)
        XCTAssertEqual(messages.filter { $0 == "checklist item 4.1 is listed twice" }.count, 1)
        XCTAssertEqual(messages.filter { $0 == "findings by 'guest', who is not among the people in annex.yaml" }.count, 1, "\(messages)")
    }
}
