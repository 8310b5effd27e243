/// What a yes/no question guards.
public enum ConfirmAction: Sendable, Equatable {
    /// Removing a record of the screen on view: yes hands its id back to that screen's feature.
    case delete(String)
    /// `q` in a live session: a stray key must not end an interview's session.
    case quit
}

/// A yes/no question over the screen, such as "Delete R-004?".
public struct Confirmation: Sendable, Equatable {
    public var message: Notice
    public var action: ConfirmAction

    public init(message: Notice, action: ConfirmAction) {
        self.message = message
        self.action = action
    }
}
