/// The demo's Statement of Applicability, written as a table: one line per Annex A control with
/// status, owner, evidence ids, days since last review, justification and notes.
enum DemoSoA {
    /// One line of the table; `reviewed` is days before today.
    struct Row {
        let number: String
        let applicable: Bool
        let status: ImplementationStatus
        let owner: String
        let evidence: [String]
        let reviewed: Int
        let justification: String
        let notes: String
    }

    static func statement(_ c: DemoCalendar, risks: [Risk]) -> StatementOfApplicability {
        let byNumber = Dictionary(table.map { ($0.number, $0) }, uniquingKeysWith: { first, _ in first })
        let linked = Set(risks.filter { $0.status != .closed }.flatMap(\.controls))
        return StatementOfApplicability(entries: ISO27001.framework.controls.map { control in
            // A control missing from the table stays a bare entry, which the checker then reports.
            guard let row = byNumber[control.number] else { return SoAEntry(control: control.id) }
            return SoAEntry(
                control: control.id, applicable: row.applicable, justification: row.justification,
                status: row.status, owner: row.owner, evidence: row.evidence, notes: row.notes,
                reviewed: c.day(-row.reviewed), reasons: row.applicable ? reasons(row, linked: linked.contains(control.id)) : []
            )
        })
    }

    /// What the justification says the control answers: a risk of the register, the law,
    /// customers' contracts; anything else is there as good practice.
    private static func reasons(_ row: Row, linked: Bool) -> [InclusionReason] {
        let text = row.justification.lowercased()
        var reasons: [InclusionReason] = linked ? [.riskTreatment] : []
        if ["gdpr", "nis2", "law", "legal", "regulat", "authorit", "tax"].contains(where: text.contains) { reasons.append(.legal) }
        if ["customer", "contract", "msa", "tender"].contains(where: text.contains) { reasons.append(.contractual) }
        if reasons.isEmpty { reasons.append(.bestPractice) }
        return reasons
    }

    private static let I = ImplementationStatus.implemented
    private static let P = ImplementationStatus.partial
    private static let L = ImplementationStatus.planned
    private static let N = ImplementationStatus.notStarted

    private static func row(_ number: String, _ status: ImplementationStatus, _ owner: String, _ evidence: [String], _ reviewed: Int, _ justification: String, _ notes: String = "") -> Row {
        Row(number: number, applicable: true, status: status, owner: owner, evidence: evidence, reviewed: reviewed, justification: justification, notes: notes)
    }

    private static func excluded(_ number: String, _ owner: String, _ reviewed: Int, _ justification: String) -> Row {
        Row(number: number, applicable: false, status: .notStarted, owner: owner, evidence: [], reviewed: reviewed, justification: justification, notes: "")
    }

    static let table: [Row] = [
        // Organizational controls
        row("5.1", I, "jweiss", ["EV-001", "EV-026"], 70, "Management direction for the ISMS; customer MSAs require a published security policy.", "Policy v3.2 approved by the board; topic policies cascade from it."),
        row("5.2", I, "jweiss", ["EV-003"], 70, "Every risk, control and supplier needs a named owner (all risks).", "RACI refreshed after the Wrocław team grew to 60 people."),
        row("5.3", P, "mnowak", [], 45, "Limits misuse of admin rights and fraudulent payments (R-013, R-020).", "Four-eyes merges enforced in GitLab; two platform engineers still approve their own infrastructure changes at night."),
        row("5.4", I, "hkraus", ["EV-001", "EV-016"], 70, "Managers must make the policies work in their teams (R-003, R-030).", "Security objectives are part of every team lead's yearly goals."),
        row("5.5", I, "lfournier", ["EV-009"], 140, "GDPR 72-hour breach notification; police and BSI contacts for incidents (R-009).", "Contact list checked in the last tabletop exercise."),
        row("5.6", N, "jweiss", [], 140, "Early warning of threats to logistics software (R-001, R-008).", "No memberships yet; joining the regional logistics ISAC is proposed for next year's budget."),
        row("5.7", L, "jweiss", [], 60, "Needed to react to exploited vulnerabilities and ransomware campaigns (R-001, R-008).", "Threat feed into the SIEM planned together with the managed SOC evaluation."),
        row("5.8", P, "mnowak", [], 3, "Security has to be designed into product and customer integration projects (R-014, R-042).", "Security review step exists in the product epic template, not yet in customer onboarding projects; see IA-2026-2."),
        row("5.9", I, "adonnelly", ["EV-004"], 35, "Cannot protect what is not known; customer due diligence asks for it (R-025).", "CMDB synced from Intune and AWS Config nightly."),
        row("5.10", I, "jweiss", ["EV-002"], 181, "Sets the rules for company devices, data and tools (R-025, R-035).", "Acceptable use policy acknowledged at onboarding and yearly."),
        row("5.11", I, "zyilmaz", ["EV-017"], 30, "Laptops and badges of leavers hold customer data (R-006, R-029).", "Return tracked on the leaver checklist."),
        row("5.12", I, "lfournier", ["EV-005"], 120, "Customer shipment data and driver location data need stronger handling than public material (R-004, R-009).", "Four levels: public, internal, confidential, strictly confidential."),
        row("5.13", L, "lfournier", [], 120, "Makes the classification visible in documents and exports (R-004).", "Microsoft 365 sensitivity labels to be rolled out after the classification guide update."),
        row("5.14", P, "mnowak", [], 40, "Customs documents and shipment data are exchanged with customers daily (R-038, R-020).", "SFTP and AS2 in place for most customers; three still use the legacy FTP endpoint."),
        row("5.15", I, "adonnelly", ["EV-002", "EV-006"], 38, "Need-to-know access to customer data is a contract requirement (R-004, R-029).", "Role-based access defined per system in the access control policy."),
        row("5.16", I, "adonnelly", ["EV-006", "EV-019"], 38, "One identity per person in Entra ID, federated to AWS and GitLab (R-019, R-029).", ""),
        row("5.17", I, "adonnelly", ["EV-019"], 44, "Password and MFA rules against account takeover (R-003, R-019).", "Phishing-resistant MFA for admins; authenticator app for everyone else."),
        row("5.18", P, "adonnelly", ["EV-006"], 38, "Access must follow joiners, movers and leavers (R-029, R-018).", "Leaver gaps found in IA-2026-1 fixed by CA-001 (verified); mover reviews are still manual."),
        row("5.19", I, "tmueller", ["EV-007"], 64, "Hosting, EDI broker and payroll suppliers handle our data (R-010, R-037).", "Tiered supplier assessment: tier 1 yearly, tier 2 every two years."),
        row("5.20", I, "tmueller", ["EV-007"], 64, "Security and data processing clauses are needed in every supplier contract (R-018, R-037).", "DPA and security annex template used since last year."),
        row("5.21", P, "mnowak", [], 40, "Open-source libraries and build tools are a route into the product (R-011, R-040).", "Dependency scanning in CI; SBOM for each release still to come."),
        row("5.22", P, "tmueller", ["EV-007"], 64, "Supplier performance and changes must be followed (R-010).", "The AWS SOC 2 report on file has expired; the new one has been requested."),
        row("5.23", I, "adonnelly", ["EV-007", "EV-008"], 64, "The whole platform runs in AWS and staff use Microsoft 365 (R-002, R-025).", "SaaS inventory gap found in IA-2026-1, see CA-004."),
        row("5.24", I, "jweiss", ["EV-009"], 140, "Incidents must be handled quickly and consistently (R-001, R-009).", "Plan v2 with playbooks; on-call rota with the platform team."),
        row("5.25", I, "jweiss", ["EV-010"], 140, "Reported events must be triaged so real incidents are not missed (R-003).", "Triage criteria in the SEC service desk project."),
        row("5.26", I, "jweiss", ["EV-009", "EV-010"], 140, "Containment and recovery limit damage and notification duties (R-001, R-009).", ""),
        row("5.27", P, "jweiss", ["EV-010"], 140, "Incidents should make the next one less likely (R-003).", "Post-incident reviews held for major incidents only; minor ones are closed without lessons learned."),
        row("5.28", N, "jweiss", [], 140, "Evidence may be needed for insurance claims or prosecution (R-004, R-020).", "Forensic procedure and a retainer with a DFIR firm are on next year's plan."),
        row("5.29", I, "adonnelly", ["EV-011"], 97, "Security must hold during a crisis, e.g. ransomware recovery (R-001, R-005).", ""),
        row("5.30", I, "adonnelly", ["EV-011", "EV-012"], 97, "Customers' SLAs promise 99.9% availability and a 4-hour recovery time (R-005, R-016, R-039).", "Cross-region restore exercised last quarter within the 4-hour target."),
        row("5.31", I, "lfournier", ["EV-013"], 58, "GDPR, German commercial and tax law, customer contracts and NIS2 (R-026, R-031).", ""),
        row("5.32", L, "lfournier", [], 58, "Open-source licences and third-party map data come with conditions (R-040).", "Licence scan in the CI pipeline planned; today checked by hand before each major release."),
        row("5.33", L, "lfournier", [], 58, "Tax and commercial law require retention of invoices and contracts (R-026).", "Retention schedule drafted, waiting for approval by finance."),
        row("5.34", I, "lfournier", ["EV-014"], 73, "The platform processes personal data of drivers and consignees (R-009).", "DPIA for driver location tracking reviewed this year."),
        row("5.35", I, "hkraus", ["EV-026", "EV-030"], 70, "Independent assurance for the board and for certification (all risks).", "Internal audit programme plus the certification body's surveillance audits."),
        row("5.36", L, "jweiss", [], 45, "Policies only help when they are followed (R-026).", "Quarterly policy compliance self-checks by team leads planned."),
        row("5.37", P, "adonnelly", [], 45, "Operations must not depend on one person's memory (R-017).", "Production runbooks complete; corporate IT procedures still partly undocumented."),
        // People controls
        row("6.1", I, "zyilmaz", ["EV-015"], 190, "Staff get access to customer data; customers require background checks (R-004).", "Checks proportionate to role and local law in Germany and Poland."),
        row("6.2", I, "zyilmaz", ["EV-015"], 190, "Security duties must be part of every employment contract (R-004, R-030).", ""),
        row("6.3", I, "zyilmaz", ["EV-016"], 25, "People are the main target of phishing and fraud (R-003, R-019, R-020, R-030).", "Completion gaps found in IA-2026-1; CA-003 in progress."),
        row("6.4", P, "zyilmaz", ["EV-015"], 190, "Breaches of policy need a fair and known consequence (R-004).", "Disciplinary procedure does not yet name security breaches explicitly; update drafted."),
        row("6.5", I, "zyilmaz", ["EV-017"], 30, "Duties continue after people leave or change team (R-029).", ""),
        row("6.6", I, "lfournier", ["EV-013"], 58, "Customers, partners and contractors see confidential information (R-004, R-026).", "NDA templates reviewed by legal this year."),
        row("6.7", I, "adonnelly", ["EV-002", "EV-018"], 44, "Most staff work from home part of the week (R-006).", ""),
        row("6.8", I, "jweiss", ["EV-010"], 140, "Early reporting of phishing and lost devices limits damage (R-003, R-006).", "Report-phish button in Outlook; about 40 reports a month."),
        // Physical controls
        row("7.1", I, "bakesson", ["EV-027"], 20, "Both offices hold laptops and printed customer documents (R-021).", "Hamburg: rented floor with the landlord's perimeter; Wrocław: locked suite in a shared building."),
        row("7.2", I, "bakesson", ["EV-027"], 20, "Only staff and escorted visitors may enter the offices (R-021).", "Badge system in both offices; visitor register at reception."),
        row("7.3", I, "bakesson", ["EV-027"], 20, "Meeting rooms and the HR office hold confidential information (R-021).", ""),
        row("7.4", P, "bakesson", [], 20, "Detects intrusion outside office hours (R-021).", "Alarm monitored by the landlord in Hamburg; the Wrocław building has CCTV in common areas only."),
        row("7.5", L, "bakesson", [], 120, "Fire and water could damage equipment and paper records (R-022).", "Landlord's fire protection relied on; a review of the HR archive room is planned."),
        excluded("7.6", "bakesson", 120, "Excluded: there are no secure areas. All production systems run in AWS; the offices hold no servers, network rooms or archives that need one."),
        row("7.7", I, "bakesson", ["EV-002"], 20, "Open-plan offices with visitors and printed customer documents (R-036).", "Walk-through in IA-2026-1 found lapses in sales; monthly spot checks since."),
        excluded("7.8", "adonnelly", 120, "Excluded: no servers, network racks or other processing equipment are sited on our premises. Office Wi-Fi and printers are provided and sited by the landlords."),
        row("7.9", I, "adonnelly", ["EV-018"], 44, "Laptops travel to customers, homes and trade fairs (R-006).", "Full-disk encryption and remote wipe on all laptops."),
        row("7.10", I, "adonnelly", ["EV-018"], 44, "Removable media could carry customer data out (R-004).", "USB storage blocked by Intune; exceptions approved by the CISO."),
        excluded("7.11", "bakesson", 120, "Excluded: no information processing facility is on our premises. A power or network failure at an office does not affect the service, and staff can work from home."),
        excluded("7.12", "bakesson", 120, "Excluded: office cabling carries only internet access for laptops, over encrypted connections; all processing is in AWS, whose cabling is covered by the supplier's assurance."),
        excluded("7.13", "adonnelly", 120, "Excluded: we maintain no equipment ourselves. Laptops are leased and repaired or swapped by the lessor; wiping before hand-back falls under 8.1 and 7.14."),
        row("7.14", L, "adonnelly", [], 44, "Leased laptops go back to the lessor and may hold data (R-006, R-041).", "Wipe certificates per device from the new leasing partner to be filed in the CMDB."),
        // Technological controls
        row("8.1", I, "adonnelly", ["EV-018"], 44, "Laptops and phones are where staff handle customer data (R-006, R-024).", "All 192 laptops enrolled in Intune; compliance 98%."),
        row("8.2", I, "adonnelly", ["EV-006", "EV-019"], 38, "Admin rights in AWS and Entra ID could bring down or expose the platform (R-008, R-013).", "Just-in-time elevation for AWS production; quarterly admin review."),
        row("8.3", P, "mnowak", ["EV-006"], 38, "Customers' data must be visible only to their own users and our support staff with a ticket (R-004, R-014).", "Support access to tenant data needs a ticket; the admin console role model is being redesigned."),
        row("8.4", I, "mnowak", ["EV-023", "EV-025"], 40, "Source code is our main asset and can leak secrets (R-011, R-012).", "GitLab groups by team; protected branches."),
        row("8.5", I, "adonnelly", ["EV-019"], 44, "Stolen passwords are the commonest way in (R-003, R-013, R-027).", "SSO with MFA for all staff apps; customer users can enforce MFA in Dispatch."),
        row("8.6", P, "adonnelly", [], 60, "Q4 shipping peaks triple API traffic (R-007, R-033).", "Autoscaling in place; a peak load test before Q4 is planned."),
        row("8.7", I, "adonnelly", ["EV-018"], 44, "Malware and ransomware enter through endpoints and email (R-001, R-024).", "EDR on all laptops; email attachment sandboxing."),
        row("8.8", P, "adonnelly", ["EV-020"], 9, "Exploited vulnerabilities are a main cause of breaches (R-008).", "Patch SLA gaps found in IA-2026-1; CA-002 done, effectiveness to be checked in IA-2026-2."),
        row("8.9", P, "adonnelly", ["EV-029"], 60, "Misconfigured cloud resources expose data (R-002, R-028).", "Production is Terraform-managed with AWS Config rules; laptop and SaaS baselines not yet written down."),
        row("8.10", L, "lfournier", [], 73, "GDPR and customer contracts require deletion when contracts end (R-009).", "Automated deletion of ended tenants is in the engineering backlog for next quarter."),
        row("8.11", L, "mnowak", [], 40, "Test and support work should not need real personal data (R-015).", "Masked staging dataset pipeline planned."),
        row("8.12", N, "jweiss", [], 60, "Bulk export of customer data by insiders or malware (R-004, R-035).", "DLP tool evaluation not started; budget requested for next financial year."),
        row("8.13", I, "adonnelly", ["EV-021"], 52, "Recovery from ransomware, deletion and corruption (R-001, R-016).", "Immutable cross-region backups; quarterly restore tests."),
        row("8.14", I, "adonnelly", ["EV-011", "EV-012"], 97, "The 99.9% availability promise in customer SLAs (R-005, R-007, R-033).", "Three availability zones; second region is a warm standby for data only (see R-039)."),
        row("8.15", I, "adonnelly", ["EV-022"], 60, "Incidents must be traceable; customers ask for audit logs (R-004, R-013, R-023).", "13 months of retention in the SIEM."),
        row("8.16", P, "adonnelly", ["EV-022"], 60, "Attacks must be noticed in time (R-001, R-002, R-023).", "24x7 alerting for production only; corporate IT monitored in office hours. Managed SOC under evaluation."),
        row("8.17", I, "adonnelly", ["EV-029"], 60, "Log correlation and token validity depend on correct time (R-023, R-034).", "AWS Time Sync and Windows time service."),
        row("8.18", L, "adonnelly", [], 60, "Tools that bypass controls must be restricted (R-013).", "Inventory of break-glass and database admin tools planned."),
        row("8.19", I, "mnowak", ["EV-025"], 40, "Production changes must come only through the pipeline (R-011).", "Immutable container images; no shell access to production."),
        row("8.20", I, "adonnelly", ["EV-029"], 60, "Internet-facing platform and remote access (R-007, R-008, R-032).", "VPCs, security groups and WAF managed in Terraform."),
        row("8.21", P, "adonnelly", [], 60, "CDN, DNS and EDI network services carry customer traffic (R-038).", "Security requirements agreed with the CDN provider; the EDI broker's service levels are not yet reviewed."),
        row("8.22", I, "adonnelly", ["EV-029"], 60, "Tenants, environments and the office networks must be kept apart (R-014, R-032).", ""),
        row("8.23", N, "adonnelly", [], 60, "Malicious websites used in phishing and malware campaigns (R-003, R-024).", "Not started: the choice between DNS filtering and EDR web protection is pending."),
        row("8.24", I, "adonnelly", ["EV-002", "EV-029"], 60, "Customer contracts require encryption in transit and at rest (R-006, R-012, R-028).", "KMS keys per environment; TLS 1.2+ everywhere."),
        row("8.25", I, "mnowak", ["EV-023"], 40, "All product code is written in-house (R-011, R-014).", ""),
        row("8.26", I, "mnowak", ["EV-023"], 40, "Customer tenders ask for documented security requirements (R-014, R-027).", ""),
        row("8.27", P, "mnowak", [], 40, "Multi-tenant isolation depends on sound architecture (R-014).", "Architecture principles applied to new services; the legacy customs module predates them."),
        row("8.28", I, "mnowak", ["EV-023", "EV-025"], 40, "Coding flaws lead to data exposure (R-011, R-012, R-014).", "SAST and secret scanning block merges."),
        row("8.29", I, "kbenali", ["EV-023", "EV-024"], 35, "Customer contracts require a yearly penetration test (R-014, R-027).", "Last year's pen test report has expired; this year's test is booked for next month."),
        excluded("8.30", "mnowak", 120, "Excluded: we do not outsource development. All product code is written by employees, and the procurement policy forbids development contracts without a new risk assessment."),
        row("8.31", I, "mnowak", ["EV-029"], 40, "Test work must not affect production or its data (R-015).", "Separate AWS accounts per environment."),
        row("8.32", I, "mnowak", ["EV-025"], 40, "Uncontrolled changes cause outages and security gaps (R-011).", "Emergency changes recorded in GitLab since IA-2026-1."),
        row("8.33", P, "mnowak", [], 40, "Test data must not expose customers' personal data (R-015).", "Policy forbids production copies; one legacy staging database still holds a pseudonymised extract."),
        row("8.34", N, "kbenali", [], 35, "Penetration tests and audits run against production (R-014).", "Rules of engagement for testers not yet written."),
    ]
}
