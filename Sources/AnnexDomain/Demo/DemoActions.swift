/// Corrective actions for the nonconformities of IA-2026-1, one per nonconformity, at every stage:
/// verified, done and awaiting verification, in progress, and open past its due date.
enum DemoActions {
    static func all(_ c: DemoCalendar) -> [CorrectiveAction] {
        let audit = DemoOrganisation.closedAuditID
        return [
            CorrectiveAction(
                id: "CA-001", audit: audit, finding: "F-IA1-03",
                rootCause: "Leaver notices went from HR to IT by email, with no ticket, deadline or check; contractors were not in the HR system at all, so nothing triggered their removal.",
                action: "Automatic leaver feed from the HR system to Entra ID (accounts disabled at 18:00 on the last working day); contractors entered in the HR system with end dates; weekly reconciliation of active accounts against the HR list, reviewed by IT operations.",
                owner: "adonnelly", due: c.day(-100), status: .verified,
                verification: EffectivenessReview(
                    by: "praghunathan", on: c.day(-35), effective: true,
                    note: "Re-tested 10 leavers of the last 60 days (seeded-random, seed 90211): all accounts disabled within 4 hours of the last working day. Reconciliation reports on file for 8 consecutive weeks."
                )
            ),
            CorrectiveAction(
                id: "CA-002", audit: audit, finding: "F-IA1-04",
                rootCause: "The patch deadline was counted from ticket creation, and scanner findings became tickets only at the weekly triage; there was no way to record an agreed exception.",
                action: "The scanner opens tickets automatically with the deadline counted from detection; exception register approved by the CISO; weekly overdue report to the Head of IT.",
                owner: "adonnelly", due: c.day(-60), status: .done
            ),
            CorrectiveAction(
                id: "CA-003", audit: audit, finding: "F-IA1-05",
                rootCause: "Reminders went only to employees, never to their managers, and new starters were given the training only after probation.",
                action: "Training assigned in the first week; completion dashboard for managers; escalation to the department head after 30 days overdue.",
                owner: "zyilmaz", due: c.day(25), status: .inProgress
            ),
            CorrectiveAction(
                id: "CA-004", audit: audit, finding: "F-IA1-06",
                rootCause: "Credit card purchases bypass procurement, and no rule says that a new SaaS tool must be registered and assessed.",
                action: "SaaS request form in the service desk; monthly comparison of card statements with the supplier register; security and privacy assessment of the seven tools found, and removal of those that fail.",
                owner: "tmueller", due: c.day(-14), status: .open
            ),
        ]
    }
}
