/// Something wrong with the ISMS or its files, found by a check. The domain names the record and
/// field; the store turns that into `path:line` because only it knows where records live on disk.
public struct Problem: Sendable, Equatable {
    public enum Severity: String, Sendable, Comparable {
        case warning, error
        public static func < (lhs: Self, rhs: Self) -> Bool { lhs == .warning && rhs == .error }
    }

    public var severity: Severity
    public var subject: Subject
    /// Keys from the record's root to the field at fault, e.g. `["acceptance", "valid_until"]`.
    public var field: [String]
    public var message: String

    public init(_ severity: Severity, _ subject: Subject, field: [String] = [], _ message: String) {
        self.severity = severity
        self.subject = subject
        self.field = field
        self.message = message
    }

    public static func error(_ subject: Subject, field: [String] = [], _ message: String) -> Problem {
        Problem(.error, subject, field: field, message)
    }

    public static func warning(_ subject: Subject, field: [String] = [], _ message: String) -> Problem {
        Problem(.warning, subject, field: field, message)
    }
}

/// The record a problem is about.
public enum Subject: Sendable, Hashable {
    case configuration
    case soa(control: String)
    /// An entry of another framework's status file (`status/<framework>.yaml`).
    case status(framework: String, control: String)
    case risk(String)
    case evidence(String)
    case audit(String)
    case finding(audit: String, id: String)
    case action(String)
}
