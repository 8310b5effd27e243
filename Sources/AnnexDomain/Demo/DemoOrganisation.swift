/// A realistic sample ISMS: Korvenhall Freight Software GmbH, an invented 180-person company in
/// Hamburg and Wrocław that sells a SaaS transport management platform to freight forwarders.
/// Every date is counted from the day the demo is made, so it always looks current; nothing
/// is random, so the same day always gives the same workspace.
public enum DemoOrganisation {
    public static let organisation = "Korvenhall Freight Software GmbH"

    public static let scope = """
        The development, operation and support of the Korvenhall Dispatch SaaS platform and its driver app, \
        including the production environment in AWS eu-central-1 (Frankfurt) and the corporate IT that supports it. \
        It covers the people, processes and premises of the Hamburg head office and the Wrocław engineering office. \
        Payroll, office facility services and reseller sales offices are outside the scope and managed as suppliers.
        """

    /// The closed internal audit of about five months ago and the one under way now.
    public static let closedAuditID = "IA-2026-1"
    public static let currentAuditID = "IA-2026-2"

    public static func make(today: Day) -> Workspace {
        let calendar = DemoCalendar(today: today)
        let risks = DemoRisks.all(calendar)
        let soa = DemoSoA.statement(calendar, risks: risks)
        return Workspace(
            config: WorkspaceConfig(
                organisation: organisation, scope: scope, riskMatrix: .standard5x5, people: people,
                soaDocument: SoADocumentInfo(
                    version: "2.0", date: calendar.day(-40),
                    approval: SoAApproval(by: "hkraus", role: "Chief Executive Officer", on: calendar.day(-38))
                )
            ),
            soa: soa,
            risks: risks,
            evidence: DemoEvidence.register(calendar),
            audits: [DemoClosedAudit.audit(calendar), DemoCurrentAudit.audit(calendar)],
            auditLogs: [
                closedAuditID: AuditLog(events: DemoTimeSpent.adding(to: DemoClosedAudit.events(calendar))),
                currentAuditID: AuditLog(events: DemoTimeSpent.adding(to: DemoCurrentAudit.events(calendar))),
            ],
            actions: DemoActions.all(calendar)
        )
    }

    public static let people: [Person] = [
        Person(id: "hkraus", name: "Henrike Kraus", role: "Chief Executive Officer", email: "h.kraus@korvenhall.example"),
        Person(id: "jweiss", name: "Jürgen Weiß", role: "Chief Information Security Officer (ISMS manager)", email: "j.weiss@korvenhall.example"),
        Person(id: "adonnelly", name: "Aoife Donnelly", role: "Head of IT and Cloud Operations", email: "a.donnelly@korvenhall.example"),
        Person(id: "mnowak", name: "Małgorzata Nowak", role: "Head of Engineering (Wrocław)", email: "m.nowak@korvenhall.example"),
        Person(id: "zyilmaz", name: "Zeynep Yılmaz", role: "Head of People (HR)", email: "z.yilmaz@korvenhall.example"),
        Person(id: "lfournier", name: "Léa Fournier", role: "Data Protection Officer and Legal Counsel", email: "l.fournier@korvenhall.example"),
        Person(id: "tmueller", name: "Tobias Müller", role: "Chief Financial Officer (procurement and suppliers)", email: "t.mueller@korvenhall.example"),
        Person(id: "bakesson", name: "Björn Åkesson", role: "Facilities and Office Manager", email: "b.akesson@korvenhall.example"),
        Person(id: "kbenali", name: "Karim Benali", role: "Product Security Engineer (trained internal auditor)", email: "k.benali@korvenhall.example"),
        Person(id: "praghunathan", name: "Priya Raghunathan", role: "Internal Auditor, Quality and Compliance", email: "p.raghunathan@korvenhall.example"),
        Person(id: "ebrandt", name: "Eva Brandt", role: "External auditor, Certalis Zertifizierung GmbH (certification body)", email: "eva.brandt@certalis.example"),
    ]
}
