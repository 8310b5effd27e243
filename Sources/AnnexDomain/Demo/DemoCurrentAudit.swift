import Foundation

/// IA-2026-2: the internal audit under way, started three working days ago by two auditors and about half
/// way through its checklist. It also follows up the corrective actions of IA-2026-1.
enum DemoCurrentAudit {
    static let id = DemoOrganisation.currentAuditID
    static let lead = "praghunathan"
    /// Audits HR and remote working items only: never his own product security area.
    static let coAuditor = "kbenali"
    /// The audit days so far: the last three working days.
    static func days(_ c: DemoCalendar) -> [Int] { c.workingDays(beforeToday: 3) }

    static func audit(_ c: DemoCalendar) -> Audit {
        Audit(
            id: id, title: "Internal audit 2: engineering, continuity and people", type: .internal_, status: .inProgress,
            scope: "Secure development and change in the Wrocław engineering office, configuration and continuity of the AWS production environment, HR screening and remote working; follow-up of the corrective actions from IA-2026-1.",
            criteria: [
                "ISO/IEC 27001:2022 clauses and Annex A controls on the checklist",
                "Secure development standard v1.6 (EV-023)",
                "Business continuity and disaster recovery plan (EV-011)",
                "Corrective actions CA-001 to CA-004",
            ],
            auditors: [lead, coAuditor],
            auditees: [
                "Henrike Kraus (Chief Executive Officer)", "Jürgen Weiß (CISO)", "Małgorzata Nowak (Head of Engineering)",
                "Aoife Donnelly (Head of IT and Cloud Operations)", "Zeynep Yılmaz (Head of People)",
            ],
            start: c.day(days(c)[0]), end: c.day(days(c)[0] + 7),
            checklist: checklist,
            followUpOf: DemoOrganisation.closedAuditID
        )
    }

    /// Walked in this order: the first half is done, the rest is to go.
    static let checklist = [
        "4.1", "4.2", "6.2", "7.2", "8.2", "8.3", "A.5.8", "A.5.21", "A.5.30", "A.6.1", "A.6.7", "A.8.4", "A.8.9", "A.8.11",
        "A.8.8", "A.8.16", "A.8.24", "A.8.25", "A.8.26", "A.8.28", "A.8.29", "A.8.31", "A.8.32", "A.8.33", "10.2",
    ]

    static func events(_ c: DemoCalendar) -> [AuditEvent] {
        let auditDays = days(c), d0 = auditDays[0], d1 = auditDays[1], d2 = auditDays[2]
        func finding(
            _ number: Int, _ item: String, _ classification: FindingClass, by auditor: String, day: Int, _ hour: Int, _ minute: Int,
            _ statement: String, evidence: String, interviewee: String, role: String, method: AuditMethod,
            sample: AuditSample? = nil
        ) -> AuditEvent {
            .logged(Finding(
                id: String(format: "F-IA2-%02d", number), item: item, classification: classification,
                statement: statement, evidence: evidence, interviewee: interviewee, role: role, method: method,
                sample: sample, auditor: auditor, at: c.time(day, hour, minute)
            ))
        }
        func mark(_ item: String, _ state: ChecklistItemState, by auditor: String, day: Int, _ hour: Int, _ minute: Int) -> AuditEvent {
            .itemMarked(item: item, state: state, by: auditor, at: c.time(day, hour, minute))
        }

        let epicSample = AuditSample(
            population: "Jira: customer onboarding epics closed in the last 6 months", populationSize: 14, size: 5,
            method: "seeded-random", seed: 731_902,
            items: ["ONB-112", "ONB-118", "ONB-121", "ONB-127", "ONB-133"]
        )

        return [
            finding(1, "4.1", .conformity, by: lead, day: d0, 9, 20,
                    "Internal and external issues are reviewed twice a year; the last review added NIS2 and the growth of the Wrocław office.",
                    evidence: "Context analysis in the ISMS manual; management review minutes (EV-026).",
                    interviewee: "Henrike Kraus", role: "Chief Executive Officer", method: .interview),
            finding(2, "4.2", .conformity, by: lead, day: d0, 10, 0,
                    "Interested parties and their security requirements are listed and linked to the requirements register.",
                    evidence: "Requirements register (EV-013) with customer, regulator and employee requirements.",
                    interviewee: "Jürgen Weiß", role: "CISO", method: .examine),
            finding(3, "6.2", .improvement, by: lead, day: d0, 10, 45,
                    "Engineering's security objectives are worded as intentions ('improve secure coding'); a target and measure for each would show progress.",
                    evidence: "ISMS objectives sheet for this year.",
                    interviewee: "Jürgen Weiß", role: "CISO", method: .examine),
            mark("7.2", .notAudited, by: lead, day: d0, 11, 0),
            finding(4, "8.2", .conformity, by: lead, day: d0, 13, 30,
                    "Risk assessments are repeated at the planned six-month interval and after major changes, such as the move of the driver app to a new API.",
                    evidence: "Risk register review dates; change-triggered assessment of R-027.",
                    interviewee: "Jürgen Weiß", role: "CISO", method: .examine),
            mark("8.3", .done, by: lead, day: d0, 14, 15),
            finding(5, "A.6.1", .conformity, by: coAuditor, day: d0, 14, 30,
                    "Background checks match the screening matrix for all five sampled hires in Hamburg and Wrocław, and were completed before start dates.",
                    evidence: "Onboarding pack and screening records (EV-015) for five new hires chosen by the auditor.",
                    interviewee: "Zeynep Yılmaz", role: "Head of People", method: .examine),
            finding(6, "A.5.8", .minor, by: lead, day: d1, 9, 40,
                    "Security is not considered in customer onboarding projects: 2 of 5 sampled projects built custom interfaces without the security review the secure development standard requires.",
                    evidence: "Jira epics and linked merge requests for the sampled projects; secure development standard v1.6 (EV-023), section 3.",
                    interviewee: "Małgorzata Nowak", role: "Head of Engineering", method: .test, sample: epicSample),
            finding(7, "A.5.21", .observation, by: lead, day: d1, 11, 10,
                    "Dependencies are scanned on every build, but no software bill of materials is produced, so a new advisory cannot quickly be matched to released versions.",
                    evidence: "GitLab CI configuration and dependency scan results (EV-025).",
                    interviewee: "Małgorzata Nowak", role: "Head of Engineering", method: .examine),
            mark("A.5.30", .notAudited, by: lead, day: d1, 11, 30),
            finding(8, "A.6.7", .conformity, by: coAuditor, day: d1, 13, 0,
                    "Remote working rules are acknowledged by all staff and enforced on devices: encryption, screen lock and the zero-trust client were compliant on 98% of laptops.",
                    evidence: "Topic policies (EV-002); Intune compliance report (EV-018) viewed live.",
                    interviewee: "Aoife Donnelly", role: "Head of IT and Cloud Operations", method: .examine),
            finding(9, "A.8.4", .conformity, by: lead, day: d1, 14, 20,
                    "Source code access follows team membership, main branches are protected and merges need a second approver.",
                    evidence: "GitLab group membership and branch protection settings; merge request approvals (EV-025).",
                    interviewee: "Małgorzata Nowak", role: "Head of Engineering", method: .test),
            finding(10, "A.8.9", .observation, by: lead, day: d2, 9, 50,
                    "Two security groups in the staging account differ from their Terraform definition; drift detection reports it but nobody is assigned to act on the report.",
                    evidence: "Terraform drift report; AWS Config rule results (EV-029).",
                    interviewee: "Aoife Donnelly", role: "Head of IT and Cloud Operations", method: .test),
            mark("A.8.11", .done, by: lead, day: d2, 11, 0),
        ]
    }
}
