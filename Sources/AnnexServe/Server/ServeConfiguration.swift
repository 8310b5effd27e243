import Foundation
import NIOSSH

/// Everything `annex serve` was asked for, checked by the command line before the server starts.
public struct ServeConfiguration: Sendable {
    public var workspace: String
    public var host: String
    public var port: Int
    public var hostKey: NIOSSHPrivateKey
    public var authorizedKeys: [AuthorizedKey]
    public var anonymous: Bool
    public var maxSessions: Int
    public var idleTimeout: TimeInterval
    /// A client that has not logged in by then is dropped.
    public var authenticationTimeout: TimeInterval = 30
    /// The annex binary each session runs (this same program).
    public var executable: String
    /// The environment of every session's UI, before its TERM is set.
    public var environment: [String: String]

    public init(workspace: String, host: String, port: Int, hostKey: NIOSSHPrivateKey, authorizedKeys: [AuthorizedKey], anonymous: Bool,
                maxSessions: Int, idleTimeout: TimeInterval, executable: String, environment: [String: String]) {
        self.workspace = workspace
        self.host = host
        self.port = port
        self.hostKey = hostKey
        self.authorizedKeys = authorizedKeys
        self.anonymous = anonymous
        self.maxSessions = maxSessions
        self.idleTimeout = idleTimeout
        self.executable = executable
        self.environment = environment
    }
}

/// Who a connection logged in as, and so what its session may do.
struct Access: Sendable {
    /// The person's id for a listed key; nil for an anonymous visitor.
    var person: String?
    var fingerprint: String
    var readOnly: Bool { person == nil }

    /// The UI's arguments after the workspace: a person edits as themself; a visitor sees the
    /// read-only, redacted view.
    var arguments: [String] {
        if let person { return ["--as", person] }
        return ["--read-only", "--redact"]
    }
}
