/// The demo's risk register, R-001 to R-042, rated on the standard 5x5 matrix.
/// Technical risks are in `DemoRisks+Technical.swift`, people, supplier, legal and site risks in
/// `DemoRisks+Operational.swift`.
enum DemoRisks {
    static func all(_ c: DemoCalendar) -> [Risk] {
        let builder = Builder(calendar: c)
        return (technical(builder) + operational(builder)).sorted { $0.id < $1.id }
    }

    /// Turns short rows into risks: ratings as (likelihood, impact), dates as days from today.
    struct Builder {
        let calendar: DemoCalendar

        func risk(
            _ id: String, _ title: String, owner: String, _ description: String,
            assets: [String], threat: String, vulnerability: String,
            inherent: (Int, Int), treatment: RiskTreatment, controls: [String], plan: String,
            due: Int?, residual: (Int, Int)?, accepted: (by: String, on: Int, why: String, until: Int)? = nil,
            review: Int, status: RiskStatus
        ) -> Risk {
            Risk(
                id: id, title: title, description: description, assets: assets, threat: threat,
                vulnerability: vulnerability, owner: owner,
                inherent: RiskRating(likelihood: inherent.0, impact: inherent.1),
                treatment: treatment, controls: controls, plan: plan, due: due.map(calendar.day),
                residual: residual.map { RiskRating(likelihood: $0.0, impact: $0.1) },
                acceptance: accepted.map {
                    RiskAcceptance(by: $0.by, on: calendar.day($0.on), rationale: $0.why, validUntil: calendar.day($0.until))
                },
                nextReview: calendar.day(review), status: status
            )
        }
    }
}
