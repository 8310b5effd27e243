import AnnexDomain

/// Everything the Actions screen says on the status line.
public enum ActionsNotice: NoticeWording {
    case noActionSelected
    case verifiedAlready(String)
    case notDoneYet(String, ActionStatus)
    case everyNonconformityAnswered
    case inProgress(String)
    case cannotBeDone(String, missingRootCause: Bool, missingAction: Bool)
    case done(String)
    case isDone(String)
    case isVerified(String)
    case raised(String, finding: String, unknownOwner: String?)
    case saved(String, unknownOwner: String?)
    case verifiedEffective(String)
    case notEffective(String)
    case discarded(String)
    case verificationCancelled
    case shown(Int, summary: String, changed: Bool)

    public var words: MessageText {
        switch self {
        case .noActionSelected: "No action selected"
        case .verifiedAlready(let id): "\(id) is verified already"
        case .notDoneYet(let id, let status): "\(id) is \(status.title): its effectiveness is verified once it is done (\(key: .advanceAction) advances it)"
        case .everyNonconformityAnswered: "Every nonconformity has a corrective action"
        case .inProgress(let id): "\(id) in progress"
        case .cannotBeDone(let id, let rootCause, let action):
            "\(id) cannot be done without \([rootCause ? "a root cause" : nil, action ? "an action" : nil].compactMap { $0 }.joined(separator: " and ")): \(key: .editAction) edits it"
        case .done(let id): "\(id) done; \(key: .verifyAction) verifies it once it has had time to work"
        case .isDone(let id): "\(id) is done: \(key: .verifyAction) records whether it worked"
        case .isVerified(let id): "\(id) is verified and closed"
        case .raised(let id, let finding, let owner): "\(id) raised for \(finding)\(Self.note(owner))"
        case .saved(let id, let owner): "\(id) saved\(Self.note(owner))"
        case .verifiedEffective(let id): "\(id) verified effective: closed"
        case .notEffective(let id): "\(id) not effective: reopened, the review is kept"
        case .discarded(let id): "New action \(id) discarded"
        case .verificationCancelled: "Verification cancelled; nothing changed"
        case .shown(let count, let summary, let changed):
            changed ? "\(Self.actions(count)): \(summary) (\(key: .clearFilters) resets)" : "\(Self.actions(count)): \(summary)"
        }
    }

    private static func note(_ owner: String?) -> String {
        owner.map { " (note: '\($0)' is not among the people in annex.yaml)" } ?? ""
    }

    private static func actions(_ count: Int) -> String { count == 1 ? "1 action" : "\(count) actions" }
}

/// Why the action or verification form refuses to save, said beside its field.
public enum ActionsFormProblem: NoticeWording {
    case chooseEffective(String)
    case sayWhyNotEffective
    case whoVerified
    case badVerifiedDate(String, example: Day)
    case verifiedInFuture(Day)
    case badDue(String, example: Day)
    case keepsRootCause(String, ActionStatus)
    case keepsAction(String, ActionStatus)

    public var words: MessageText {
        switch self {
        case .chooseEffective(let action): "Choose whether \(action) was effective: Space or Left/Right"
        case .sayWhyNotEffective: "Say in the note why it was not effective: the owner starts again from it"
        case .whoVerified: "Who verified it? Type a person (Tab completes)"
        case .badVerifiedDate(let date, let example): "Verified on must be a date like \(example), not '\(date)'"
        case .verifiedInFuture(let day): "Verified on \(day) is after today: record a check once it is made"
        case .badDue(let due, let example): "Due must be a date like \(example), not '\(due)'"
        case .keepsRootCause(let id, let status): "\(id) is \(status.title): it keeps its root cause"
        case .keepsAction(let id, let status): "\(id) is \(status.title): it keeps its action"
        }
    }
}
