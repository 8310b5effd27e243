import Foundation

/// IA-2026-1: the internal audit closed about five months ago. Its journal shows a full audit:
/// conformities, one major and three minor nonconformities, observations, opportunities for
/// improvement, a sampled test, one finding edited after discussion and one withdrawn.
enum DemoClosedAudit {
    static let id = DemoOrganisation.closedAuditID
    static let auditor = "praghunathan"
    /// First audit day, days from today: the Monday about five months ago.
    static func start(_ c: DemoCalendar) -> Int { c.monday(onOrBefore: -152) }

    static func audit(_ c: DemoCalendar) -> Audit {
        Audit(
            id: id, title: "Internal audit 1: access, suppliers, operations", type: .internal_, status: .closed,
            scope: "Access management, supplier and cloud service management, vulnerability management, backup, logging, awareness and the core ISMS clauses, at the Hamburg office and for the AWS production environment.",
            criteria: [
                "ISO/IEC 27001:2022 clauses 4 to 10 and the Annex A controls on the checklist",
                "Information security policy v3.2 and topic policies (EV-001, EV-002)",
                "Statement of Applicability as approved by management",
                "Security annexes of the top 10 customer contracts",
            ],
            auditors: [auditor],
            auditees: [
                "Henrike Kraus (Chief Executive Officer)", "Jürgen Weiß (CISO)", "Aoife Donnelly (Head of IT and Cloud Operations)",
                "Zeynep Yılmaz (Head of People)", "Tobias Müller (CFO)", "Björn Åkesson (Facilities and Office Manager)",
                "Małgorzata Nowak (Head of Engineering)",
            ],
            start: c.day(start(c)), end: c.day(start(c) + 3),
            checklist: checklist,
            conclusion: """
                The ISMS is established and largely effective: management is visibly involved, the risk method is applied \
                consistently and backup, logging and incident handling work as designed. Removal of leavers' access is not \
                under control (major nonconformity F-IA1-03), and patching times, training completion and the inventory of \
                cloud services fall short of the company's own rules (minor nonconformities F-IA1-04 to F-IA1-06). \
                Corrective actions CA-001 to CA-004 are agreed with owners and due dates. The ISMS is ready for the \
                certification audit once CA-001 has been verified as effective.
                """
        )
    }

    static let checklist = [
        "4.3", "5.1", "6.1.2", "6.1.3", "7.3", "7.5.3", "9.1", "9.3.2", "10.2",
        "A.5.15", "A.5.18", "A.5.19", "A.5.23", "A.5.24", "A.6.3", "A.6.5", "A.7.7",
        "A.8.8", "A.8.13", "A.8.15", "A.8.32",
    ]

    static func events(_ c: DemoCalendar) -> [AuditEvent] {
        let d0 = start(c), d1 = d0 + 1, d2 = d0 + 2, d3 = d0 + 3
        func finding(
            _ number: Int, _ item: String, _ classification: FindingClass, day: Int, _ hour: Int, _ minute: Int,
            _ statement: String, evidence: String, interviewee: String, role: String, method: AuditMethod,
            sample: AuditSample? = nil
        ) -> AuditEvent {
            .logged(Finding(
                id: String(format: "F-IA1-%02d", number), item: item, classification: classification,
                statement: statement, evidence: evidence, interviewee: interviewee, role: role, method: method,
                sample: sample, auditor: auditor, at: c.time(day, hour, minute)
            ))
        }
        func done(_ item: String, day: Int, _ hour: Int, _ minute: Int) -> AuditEvent {
            .itemMarked(item: item, state: .done, by: auditor, at: c.time(day, hour, minute))
        }

        let leaverSample = AuditSample(
            population: "HR system export: leavers of the last 6 months, incl. contractors", populationSize: 23, size: 8,
            method: "seeded-random", seed: 20_260_417,
            items: ["HR-L-0412", "HR-L-0415", "HR-L-0419", "HR-L-0421", "HR-L-0426", "HR-L-0428", "HR-L-0431", "CTR-0087"]
        )
        // Logged as major during the audit, graded down to minor at the closing meeting: the edit shows in its history.
        let patchFirst = Finding(
            id: "F-IA1-04", item: "A.8.8", classification: .major,
            statement: "Critical vulnerabilities on internet-facing systems are not fixed within the 14 days the vulnerability policy requires.",
            evidence: "Vulnerability report (EV-020) for the last three months: 3 of 12 critical findings on internet-facing hosts open 21 to 38 days.",
            interviewee: "Aoife Donnelly", role: "Head of IT and Cloud Operations", method: .examine,
            auditor: auditor, at: c.time(d2, 10, 5)
        )
        var patchRevised = patchFirst
        patchRevised.classification = .minor
        patchRevised.statement = "Three critical vulnerabilities on internet-facing systems were fixed later than the 14 days the vulnerability policy requires, and no exception was recorded."
        patchRevised.evidence = patchFirst.evidence + " WAF virtual patches were in place for two of the three within 48 hours, so exposure was limited; graded minor after the closing discussion."
        patchRevised.at = c.time(d3, 15, 10)

        return [
            finding(1, "5.1", .conformity, day: d0, 9, 40,
                    "Top management leads the ISMS: objectives are set, resources approved and the CEO chairs the management review.",
                    evidence: "Management review minutes (EV-026); budget approval for EDR and backup isolation; security objectives in team leads' goals.",
                    interviewee: "Henrike Kraus", role: "Chief Executive Officer", method: .interview),
            finding(2, "6.1.2", .conformity, day: d0, 11, 15,
                    "The risk assessment method is documented and applied consistently; ratings use the approved 5x5 matrix and every risk has an owner.",
                    evidence: "Risk register R-001 to R-039; method section of the ISMS manual; traced R-001 and R-013 from identification to treatment.",
                    interviewee: "Jürgen Weiß", role: "CISO", method: .examine),
            done("4.3", day: d0, 12, 0),
            done("6.1.3", day: d0, 14, 30),
            finding(3, "A.5.18", .major, day: d1, 10, 20,
                    "Access of leavers is not removed in time: 3 of 8 sampled leavers still had active accounts 9 to 41 days after their last day, one of them with AWS console access. The process depends on an email from HR that is not tracked.",
                    evidence: "Entra ID sign-in and account status for the 8 sampled leavers; AWS IAM Identity Center assignments; HR leaver emails. Contractor CTR-0087 was never in the HR system.",
                    interviewee: "Aoife Donnelly", role: "Head of IT and Cloud Operations", method: .test, sample: leaverSample),
            done("A.5.15", day: d1, 11, 0),
            finding(5, "A.6.3", .minor, day: d1, 14, 10,
                    "19 of 176 employees (11%) had not completed the yearly security awareness training, 7 of them for more than three months, with no follow-up by their managers.",
                    evidence: "Training completion report (EV-016); reminder emails; no escalation records.",
                    interviewee: "Zeynep Yılmaz", role: "Head of People", method: .examine),
            done("A.6.5", day: d1, 15, 0),
            .logged(patchFirst),
            finding(6, "A.5.23", .minor, day: d2, 11, 30,
                    "The company has no complete list of the cloud services it uses: seven SaaS tools paid by credit card, two of them holding customer data, are missing from the supplier register and were never assessed.",
                    evidence: "Credit card statements of the last six months compared with the supplier register (EV-007).",
                    interviewee: "Tobias Müller", role: "CFO", method: .examine),
            finding(7, "A.8.13", .conformity, day: d2, 13, 45,
                    "Backups are isolated from production and restore tests are run every quarter; the last test restored the database within 2 hours 10 minutes.",
                    evidence: "Backup restore test report (EV-021); AWS Backup vault lock settings viewed on screen.",
                    interviewee: "Aoife Donnelly", role: "Head of IT and Cloud Operations", method: .test),
            finding(8, "A.7.7", .observation, day: d2, 16, 0,
                    "In the Hamburg sales area, three screens were unlocked with nobody present and customer rate sheets lay on two empty desks after 18:00.",
                    evidence: "Walk-through of both Hamburg floors at 18:15 with the facilities manager.",
                    interviewee: "Björn Åkesson", role: "Facilities and Office Manager", method: .examine),
            finding(9, "A.8.32", .improvement, day: d2, 17, 0,
                    "Emergency changes are approved in a chat channel and recorded only afterwards; recording them in GitLab at the time would make them traceable.",
                    evidence: "Two emergency changes from last month traced in chat and in GitLab (EV-025).",
                    interviewee: "Małgorzata Nowak", role: "Head of Engineering", method: .interview),
            finding(10, "A.5.24", .conformity, day: d3, 9, 30,
                    "The incident response plan defines roles, severity levels and playbooks, and was exercised in a ransomware tabletop two months ago.",
                    evidence: "Incident response plan v2 (EV-009); tabletop exercise report; incident register (EV-010).",
                    interviewee: "Jürgen Weiß", role: "CISO", method: .examine),
            finding(11, "9.1", .improvement, day: d3, 10, 40,
                    "ISMS objectives are measured every quarter, but the figures are not shown as trends, so management cannot see whether things improve.",
                    evidence: "Quarterly ISMS metrics sheet; management review minutes (EV-026).",
                    interviewee: "Jürgen Weiß", role: "CISO", method: .examine),
            finding(12, "A.5.19", .observation, day: d3, 11, 20,
                    "Security assessments of four tier-2 suppliers are older than the two years the supplier policy allows.",
                    evidence: "Supplier register (EV-007): assessment dates.",
                    interviewee: "Tobias Müller", role: "CFO", method: .examine),
            finding(13, "A.8.15", .conformity, day: d3, 13, 0,
                    "Security logs from AWS, Entra ID and GitLab reach the SIEM and are kept for 13 months; a sampled admin sign-in could be traced end to end.",
                    evidence: "SIEM dashboards (EV-022); search for an admin sign-in chosen by the auditor.",
                    interviewee: "Aoife Donnelly", role: "Head of IT and Cloud Operations", method: .test),
            finding(14, "7.5.3", .minor, day: d3, 13, 50,
                    "An obsolete version 2 of the access control policy is still available on the intranet.",
                    evidence: "Intranet search result for 'access control policy'.",
                    interviewee: "Jürgen Weiß", role: "CISO", method: .examine),
            .withdrawn(findingID: "F-IA1-14",
                       reason: "The auditee showed the page was a search-engine cache of an archived version, already removed; not a finding.",
                       by: auditor, at: c.time(d3, 14, 20)),
            done("7.5.3", day: d3, 14, 25),
            done("7.3", day: d3, 14, 40),
            done("9.3.2", day: d3, 14, 50),
            done("10.2", day: d3, 15, 0),
            .edited(patchRevised),
        ]
    }
}
