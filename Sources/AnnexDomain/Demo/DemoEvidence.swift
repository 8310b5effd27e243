/// The demo's evidence register. The company keeps its documents in its document management
/// system, so every location is a URL there or in another system (a demo cannot ship the PDFs).
/// Two records have run out on purpose (the supplier's assurance report and last year's pen test):
/// the checker warns about them, as it would in a real ISMS.
enum DemoEvidence {
    static func register(_ c: DemoCalendar) -> [EvidenceRecord] {
        func record(_ id: String, _ title: String, _ location: String, _ owner: String, effective: Int, expires: Int? = nil) -> EvidenceRecord {
            EvidenceRecord(id: id, title: title, location: location, owner: owner, effective: c.day(effective), expires: expires.map(c.day))
        }
        let files = "https://dms.korvenhall.example/isms"
        return [
            record("EV-001", "Information security policy v3.2, approved by the management board", "\(files)/policies/information-security-policy-v3.2.pdf", "jweiss", effective: -212, expires: 153),
            record("EV-002", "Topic policies: access control, acceptable use, cryptography, backup, remote work", "\(files)/policies/topic-policies-bundle-v2.4.pdf", "jweiss", effective: -181, expires: 184),
            record("EV-003", "ISMS roles, responsibilities and RACI matrix", "\(files)/isms/roles-and-raci.pdf", "jweiss", effective: -247, expires: 118),
            record("EV-004", "Asset inventory export from the CMDB (devices, cloud accounts, SaaS)", "https://cmdb.korvenhall.example/reports/asset-inventory", "adonnelly", effective: -11),
            record("EV-005", "Information classification scheme and handling guide", "\(files)/policies/classification-and-handling.pdf", "lfournier", effective: -300, expires: 65),
            record("EV-006", "Quarterly access review records: Entra ID, AWS, GitLab, Dispatch admin console", "\(files)/access/access-review-\(c.quarter(-38)).xlsx", "adonnelly", effective: -38, expires: 52),
            record("EV-007", "Supplier register with security assessments and contract clauses", "\(files)/suppliers/supplier-register.xlsx", "tmueller", effective: -64, expires: 301),
            record("EV-008", "AWS SOC 2 Type II report (downloaded from AWS Artifact)", "\(files)/suppliers/aws-soc2-type2-\(c.year(-385)).pdf", "adonnelly", effective: -385, expires: -20),
            record("EV-009", "Incident response plan v2 with playbooks (ransomware, data breach, account takeover)", "\(files)/incident/incident-response-plan-v2.pdf", "jweiss", effective: -140, expires: 225),
            record("EV-010", "Security incident and event register", "https://korvenhall.atlassian.example/jira/servicedesk/projects/SEC", "jweiss", effective: -400),
            record("EV-011", "Business continuity and disaster recovery plan", "\(files)/bcm/bcdr-plan-v1.3.pdf", "adonnelly", effective: -160, expires: 205),
            record("EV-012", "Disaster recovery exercise report: cross-region restore of Dispatch", "\(files)/bcm/dr-exercise-\(c.quarter(-97)).pdf", "adonnelly", effective: -97, expires: 268),
            record("EV-013", "Register of legal, regulatory and contractual requirements, with the NDA register", "\(files)/legal/requirements-register.xlsx", "lfournier", effective: -58, expires: 307),
            record("EV-014", "Records of processing activities and DPIA for the driver app", "\(files)/privacy/records-of-processing.xlsx", "lfournier", effective: -73, expires: 292),
            record("EV-015", "HR onboarding pack: screening checklist, contract security clauses, disciplinary procedure", "\(files)/hr/onboarding-pack-and-screening.pdf", "zyilmaz", effective: -190, expires: 175),
            record("EV-016", "Security awareness training completion report", "\(files)/hr/awareness-completion-\(c.quarter(-25)).pdf", "zyilmaz", effective: -25, expires: 65),
            record("EV-017", "Completed leaver and mover checklists", "\(files)/hr/leaver-checklists-\(c.quarter(-30)).pdf", "zyilmaz", effective: -30, expires: 60),
            record("EV-018", "Intune device compliance report (encryption, screen lock, EDR, USB storage block)", "https://intune.korvenhall.example/reports/device-compliance", "adonnelly", effective: -6, expires: 24),
            record("EV-019", "Conditional access and MFA policy export (Entra ID, AWS IAM Identity Center)", "\(files)/it/conditional-access-export.pdf", "adonnelly", effective: -44, expires: 136),
            record("EV-020", "Vulnerability scan and patch compliance report", "\(files)/it/vulnerability-report-\(c.month(-9)).pdf", "adonnelly", effective: -9, expires: 21),
            record("EV-021", "Backup restore test report: production database and document store", "\(files)/it/backup-restore-test-\(c.quarter(-52)).pdf", "adonnelly", effective: -52, expires: 38),
            record("EV-022", "SIEM dashboards and alert rules for the ISMS", "https://siem.korvenhall.example/dashboards/isms", "adonnelly", effective: -120),
            record("EV-023", "Secure development standard and CI pipeline security gates", "\(files)/dev/secure-development-standard-v1.6.pdf", "mnowak", effective: -95, expires: 270),
            record("EV-024", "External penetration test report: Dispatch web app, API and driver app", "\(files)/dev/pentest-report-\(c.year(-400)).pdf", "kbenali", effective: -400, expires: -35),
            record("EV-025", "Change records: GitLab merge requests with approvals and release tickets", "https://gitlab.korvenhall.example/dispatch/platform/-/merge_requests", "mnowak", effective: -365),
            record("EV-026", "Management review minutes", "\(files)/isms/management-review-minutes-\(c.quarter(-70)).pdf", "hkraus", effective: -70, expires: 295),
            record("EV-027", "Office badge access logs and visitor register (Hamburg and Wrocław)", "\(files)/facilities/access-and-visitor-logs-\(c.quarter(-20)).pdf", "bakesson", effective: -20, expires: 70),
            record("EV-028", "Cyber insurance policy certificate", "\(files)/legal/cyber-insurance-certificate.pdf", "tmueller", effective: -165, expires: 200),
            record("EV-029", "Cloud security baseline: network segmentation, KMS keys, TLS and environment separation (Terraform)", "https://gitlab.korvenhall.example/platform/infrastructure/-/tree/main/baseline", "adonnelly", effective: -80),
            record("EV-030", "Internal audit report IA-2026-1", "\(files)/audits/IA-2026-1-report.pdf", "praghunathan", effective: -145),
        ]
    }
}
