public enum ActionStatus: String, Sendable, CaseIterable {
    case open
    case inProgress = "in_progress"
    case done
    /// Checked afterwards and found to have worked.
    case verified

    public var isClosed: Bool { self == .verified }
}

/// The check, some time after an action is done, that it removed the cause.
public struct EffectivenessReview: Sendable, Equatable {
    public var by: String
    public var on: Day
    public var effective: Bool
    public var note: String

    public init(by: String, on: Day, effective: Bool, note: String = "") {
        self.by = by
        self.on = on
        self.effective = effective
        self.note = note
    }
}

/// A corrective action raised from a nonconformity.
public struct CorrectiveAction: Sendable, Equatable {
    public var id: String
    public var audit: String
    public var finding: String
    public var rootCause: String
    public var action: String
    public var owner: String
    public var due: Day?
    public var status: ActionStatus
    /// Every effectiveness review, oldest first: a review that found the action not effective
    /// stays on record when the next one is made.
    public var reviews: [EffectivenessReview]

    /// The latest review (setting it replaces the latest, or records the first).
    public var verification: EffectivenessReview? {
        get { reviews.last }
        set {
            if let newValue {
                if reviews.isEmpty { reviews = [newValue] } else { reviews[reviews.count - 1] = newValue }
            } else if !reviews.isEmpty {
                reviews.removeLast()
            }
        }
    }

    public init(
        id: String, audit: String, finding: String, rootCause: String = "", action: String = "",
        owner: String = "", due: Day? = nil, status: ActionStatus = .open, verification: EffectivenessReview? = nil,
        reviews: [EffectivenessReview] = []
    ) {
        self.id = id
        self.audit = audit
        self.finding = finding
        self.rootCause = rootCause
        self.action = action
        self.owner = owner
        self.due = due
        self.status = status
        self.reviews = reviews + (verification.map { [$0] } ?? [])
    }

    public func isOverdue(on day: Day) -> Bool {
        guard let due, status == .open || status == .inProgress else { return false }
        return due < day
    }

    /// Records an effectiveness review: effective closes the action, not effective reopens it.
    public mutating func verify(_ review: EffectivenessReview) {
        reviews.append(review)
        status = review.effective ? .verified : .open
    }
}
