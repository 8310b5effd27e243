import AnnexDomain

/// The fields of the effectiveness review, in the order Tab visits them.
public enum VerifyField: String, Sendable, CaseIterable {
    case effective, note, verifier, date

    public var label: String {
        switch self {
        case .effective: "Effective"
        case .note: "Note"
        case .verifier: "Verified by"
        case .date: "Verified on"
        }
    }
}

/// Checking that a done action removed the cause: effective closes it, not effective reopens it
/// with the review kept (`CorrectiveAction.verify`).
public struct VerifyForm: Sendable, Equatable {
    public let action: String
    /// Nil until chosen: closing an action is a judgement, so the form does not guess it.
    public var effective: Bool?
    public var texts: [VerifyField: LineEditor]
    public var field: VerifyField = .effective
    public var error: Notice?

    public init(action: CorrectiveAction, today: Day) {
        self.action = action.id
        // Who checks is usually not the owner, and the workspace does not know who manages whom.
        texts = [.note: LineEditor(), .verifier: LineEditor(), .date: LineEditor(today.description)]
    }

    public func text(_ field: VerifyField) -> String { texts[field]?.text ?? "" }

    /// The review the form describes, or the field at fault and why.
    public func build(today: Day) -> Result<EffectivenessReview, VerifyFormError> {
        guard let effective else {
            return .failure(VerifyFormError(field: .effective, message: ActionsFormProblem.chooseEffective(action).notice))
        }
        let note = text(.note).trimmingWhitespace
        if !effective, note.isEmpty {
            return .failure(VerifyFormError(field: .note, message: ActionsFormProblem.sayWhyNotEffective.notice))
        }
        let verifier = text(.verifier).trimmingWhitespace
        if verifier.isEmpty {
            return .failure(VerifyFormError(field: .verifier, message: ActionsFormProblem.whoVerified.notice))
        }
        let date = text(.date).trimmingWhitespace
        guard let day = Day(date) else {
            return .failure(VerifyFormError(field: .date, message: ActionsFormProblem.badVerifiedDate(date, example: today).notice))
        }
        if today < day {
            return .failure(VerifyFormError(field: .date, message: ActionsFormProblem.verifiedInFuture(day).notice))
        }
        return .success(EffectivenessReview(by: verifier, on: day, effective: effective, note: note))
    }
}

public struct VerifyFormError: Error, Sendable, Equatable {
    public var field: VerifyField
    public var message: Notice
}
