/// A problem tied to a place in the workspace, printed as `path:line: message` so editors and
/// CI logs can jump to it. Paths are relative to the workspace root.
public struct FileIssue: Sendable, Equatable, CustomStringConvertible {
    public enum Severity: String, Sendable { case warning, error }

    public var severity: Severity
    public var path: String
    public var line: Int?
    public var message: String

    public init(_ severity: Severity, path: String, line: Int? = nil, _ message: String) {
        self.severity = severity
        self.path = path
        self.line = line
        self.message = message
    }

    public var description: String {
        if let line { return "\(path):\(line): \(message)" }
        return "\(path): \(message)"
    }
}

/// Why a store operation failed, in words a user can act on.
public struct StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    public var issue: FileIssue

    public init(path: String, line: Int? = nil, _ message: String) {
        issue = FileIssue(.error, path: path, line: line, message)
    }

    public var description: String { issue.description }
}
