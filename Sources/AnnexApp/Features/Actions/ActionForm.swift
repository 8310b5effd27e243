import AnnexDomain

/// The fields of the corrective action form, in the order Tab visits them.
public enum ActionField: String, Sendable, CaseIterable {
    /// Which nonconformity a new action answers; offered only when there is a choice.
    case nonconformity
    case rootCause, action, owner, due

    public var label: String {
        switch self {
        case .nonconformity: "Nonconformity"
        case .rootCause: "Root cause"
        case .action: "Action"
        case .owner: "Owner"
        case .due: "Due"
        }
    }
}

/// A corrective action being raised or edited. The live audit session opens one with `new` when
/// an auditor raises a nonconformity; the Actions screen opens one to edit or to answer a
/// nonconformity that has no action yet.
public struct ActionForm: Sendable, Equatable {
    /// The action as it will be saved, but for the text fields: status and verification pass
    /// through an edit untouched.
    public private(set) var record: CorrectiveAction
    public let isNew: Bool
    /// The nonconformity the action answers; nil when its audit no longer holds it.
    public private(set) var finding: Finding?
    /// Nonconformities a new action may answer, chosen with Left/Right; empty when it is fixed.
    public private(set) var choices: [Nonconformity] = []
    public var texts: [ActionField: LineEditor]
    public var field: ActionField
    public var error: Notice?

    /// A new action starts due in a month, so one nobody looks at again shows as overdue
    /// instead of staying quietly open; the owner changes it as needed.
    public static let defaultDueDays = 30

    public static func new(for finding: Finding, audit: String, id: String, today: Day) -> ActionForm {
        let action = CorrectiveAction(id: id, audit: audit, finding: finding.id, due: today.adding(days: defaultDueDays))
        return ActionForm(action, finding: finding, isNew: true)
    }

    public init(editing action: CorrectiveAction, finding: Finding?) {
        self.init(action, finding: finding, isNew: false)
    }

    private init(_ action: CorrectiveAction, finding: Finding?, isNew: Bool) {
        record = action
        self.finding = finding
        self.isNew = isNew
        field = .rootCause
        texts = [
            .rootCause: LineEditor(action.rootCause),
            .action: LineEditor(action.action),
            .owner: LineEditor(action.owner),
            .due: LineEditor(action.due?.description ?? ""),
        ]
    }

    /// A new id for a corrective action: `CA-` and a random part, so two copies of a workspace
    /// edited apart and merged with git do not both hand out `CA-005`.
    public static func newID(using ids: IDGenerator, in workspace: Workspace) -> String {
        ids.make(prefix: "CA", avoiding: Set(workspace.actions.map(\.id)))
    }

    public var id: String { record.id }

    /// The same typed text over the action as the file now has it (after a conflict).
    public func rebased(onto action: CorrectiveAction) -> ActionForm {
        var form = self
        form.record = action
        return form
    }

    public var audit: String { record.audit }

    /// The fields Tab visits: the nonconformity only when there is one to choose.
    public var fields: [ActionField] {
        choices.count > 1 ? ActionField.allCases : ActionField.allCases.filter { $0 != .nonconformity }
    }

    public func text(_ field: ActionField) -> String { texts[field]?.text ?? "" }

    /// Lets a new action answer any of `nonconformities`; the form starts on the first.
    public mutating func offer(_ nonconformities: [Nonconformity]) {
        guard isNew, let first = nonconformities.first else { return }
        choices = nonconformities
        answer(first)
        if choices.count > 1 { field = .nonconformity }
    }

    /// Steps to the next or previous nonconformity on offer.
    public mutating func choose(forward: Bool) {
        guard let current = choices.first(where: { $0.audit == record.audit && $0.finding.id == record.finding }) else { return }
        answer(ListScrolling.step(from: current, in: choices, forward: forward))
    }

    private mutating func answer(_ nonconformity: Nonconformity) {
        record.audit = nonconformity.audit
        record.finding = nonconformity.finding.id
        finding = nonconformity.finding
        error = nil
    }

    /// The action the form describes, or the field at fault and why.
    public func build(today: Day) -> Result<CorrectiveAction, ActionFormError> {
        var action = record
        action.rootCause = text(.rootCause).trimmingWhitespace
        action.action = text(.action).trimmingWhitespace
        action.owner = text(.owner).trimmingWhitespace
        let due = text(.due).trimmingWhitespace
        if due.isEmpty {
            action.due = nil
        } else if let day = Day(due) {
            action.due = day
        } else {
            return .failure(ActionFormError(field: .due, message: ActionsFormProblem.badDue(due, example: today).notice))
        }
        // Done and verified actions were judged on their root cause and action: those stay filled in.
        if action.status == .done || action.status == .verified {
            if action.rootCause.isEmpty {
                return .failure(ActionFormError(field: .rootCause, message: ActionsFormProblem.keepsRootCause(action.id, action.status).notice))
            }
            if action.action.isEmpty {
                return .failure(ActionFormError(field: .action, message: ActionsFormProblem.keepsAction(action.id, action.status).notice))
            }
        }
        return .success(action)
    }
}

public struct ActionFormError: Error, Sendable, Equatable {
    public var field: ActionField
    public var message: Notice
}

extension ActionStatus {
    /// The status in words, as the list and the messages show it.
    public var title: String {
        switch self {
        case .open: "open"
        case .inProgress: "in progress"
        case .done: "done"
        case .verified: "verified"
        }
    }
}
