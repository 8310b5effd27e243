/// The four risk treatment options.
public enum RiskTreatment: String, Sendable, CaseIterable {
    /// Reduce the risk with controls.
    case modify
    /// Accept the risk as it is.
    case retain
    /// Stop the activity that causes it.
    case avoid
    /// Transfer part of it (insurance, a supplier).
    case share
}

public enum RiskStatus: String, Sendable, CaseIterable {
    /// Recorded, not yet assessed or decided.
    case identified
    /// Treatment decided and under way.
    case treating
    /// Residual risk accepted by its owner.
    case accepted
    /// No longer relevant.
    case closed
}

/// Who accepted a residual risk, when, why and until when.
public struct RiskAcceptance: Sendable, Equatable {
    public var by: String
    public var on: Day
    public var rationale: String
    public var validUntil: Day?

    public init(by: String, on: Day, rationale: String = "", validUntil: Day? = nil) {
        self.by = by
        self.on = on
        self.rationale = rationale
        self.validUntil = validUntil
    }
}

/// One entry of the risk register with its treatment plan.
public struct Risk: Sendable, Equatable {
    public var id: String
    public var title: String
    public var description: String
    public var assets: [String]
    public var threat: String
    public var vulnerability: String
    public var owner: String
    public var inherent: RiskRating
    public var treatment: RiskTreatment
    /// Catalog ids of the controls that treat it.
    public var controls: [String]
    public var plan: String
    public var due: Day?
    /// Rating after treatment; nil until assessed.
    public var residual: RiskRating?
    public var acceptance: RiskAcceptance?
    public var nextReview: Day?
    public var status: RiskStatus

    public init(
        id: String, title: String, description: String = "", assets: [String] = [], threat: String = "",
        vulnerability: String = "", owner: String = "", inherent: RiskRating, treatment: RiskTreatment = .modify,
        controls: [String] = [], plan: String = "", due: Day? = nil, residual: RiskRating? = nil,
        acceptance: RiskAcceptance? = nil, nextReview: Day? = nil, status: RiskStatus = .identified
    ) {
        self.id = id
        self.title = title
        self.description = description
        self.assets = assets
        self.threat = threat
        self.vulnerability = vulnerability
        self.owner = owner
        self.inherent = inherent
        self.treatment = treatment
        self.controls = controls
        self.plan = plan
        self.due = due
        self.residual = residual
        self.acceptance = acceptance
        self.nextReview = nextReview
        self.status = status
    }

    /// The rating that counts now: residual once assessed, inherent before.
    public var current: RiskRating { residual ?? inherent }

    public func isReviewOverdue(on day: Day) -> Bool {
        guard status != .closed, let nextReview else { return false }
        return nextReview < day
    }
}
