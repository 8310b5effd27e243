import AnnexDomain
import AnnexServe
import AnnexStore
import ArgumentParser
import Foundation

struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve the workspace over SSH: 'ssh -p 2222 HOST' lands in annex, with no system account and no shell.",
        discussion: """
        A key listed in --authorized-keys (OpenSSH's authorized_keys format) logs in as its person: the \
        annex-user="ID" option of its line, else its comment, with full access as with --as. With --anonymous \
        anyone else with a key gets the read-only, redacted view (and, when no key is listed, anyone at all). \
        Passwords are never accepted; exec, subsystems (sftp), port, agent and X11 forwarding are refused. Each \
        session runs the UI in its own process on its own pseudo-terminal. One line per connect, login, refusal \
        and disconnect goes to standard error. SIGTERM or Ctrl-C ends every session and stops.
        """
    )

    @OptionGroup var options: WorkspaceOptions

    @Flag(help: "Serve a freshly written demo workspace (in a temporary folder); implies --anonymous.")
    var demo = false

    @Option(help: "The address and port to listen on.")
    var listen = "127.0.0.1:2222"

    @Option(name: .customLong("host-key"), help: "The server's ed25519 host key, made (mode 0600) when missing (default: <workspace>/.annex/ssh_host_ed25519_key).")
    var hostKey: String?

    @Option(name: .customLong("authorized-keys"), help: "Keys that log in with full access, as the person named by annex-user=\"ID\" or the key's comment.")
    var authorizedKeys: String?

    @Flag(help: "Let anyone else in, read-only and redacted.")
    var anonymous = false

    @Option(name: .customLong("max-sessions"), help: "Connections served at once.")
    var maxSessions = 8

    @Option(name: .customLong("idle-timeout"), help: "Seconds without a key pressed before a session is closed.")
    var idleTimeout = 900

    func validate() throws {
        if demo && options.workspace != nil { throw ValidationError("--demo serves a new demo workspace: give --demo or --workspace, not both") }
        guard (1...1000).contains(maxSessions) else { throw ValidationError("--max-sessions must be between 1 and 1000") }
        guard (1...86_400).contains(idleTimeout) else { throw ValidationError("--idle-timeout must be between 1 and 86400 seconds") }
        guard ListenAddress(listen) != nil else {
            throw ValidationError("--listen '\(listen)' is not ADDRESS:PORT (127.0.0.1:2222, [::1]:2222, 0.0.0.0:2222)")
        }
        if !demo && !anonymous && authorizedKeys == nil {
            throw ValidationError("nobody could log in: give --authorized-keys FILE, --anonymous, or both")
        }
    }

    func run() throws {
        try reportingErrors {
            let root: String
            if demo {
                root = try Demo.temporaryFolder()
                _ = try WorkspaceStore.create(at: root, with: DemoOrganisation.make(today: Clock.today()))
            } else {
                let store = try options.store()
                // What makes a folder no workspace (no annex.yaml, a newer schema) is said now, not per session.
                _ = try store.loadOutline()
                root = store.root
            }
            let keys: [AuthorizedKey]
            do {
                keys = try authorizedKeys.map { try AuthorizedKeys.load(path: $0) } ?? []
            } catch let error as AuthorizedKeysError {
                throw fail(error.description)
            }
            let keyPath = hostKey ?? root + "/.annex/ssh_host_ed25519_key"
            let host: HostKey.Loaded
            do {
                host = try HostKey.loadOrCreate(path: keyPath)
            } catch let error as HostKey.Failure {
                throw fail(error.description)
            }
            let address = ListenAddress(listen)!
            let anonymous = anonymous || demo
            let configuration = ServeConfiguration(
                workspace: root, host: address.host, port: address.port, hostKey: host.key, authorizedKeys: keys, anonymous: anonymous,
                maxSessions: maxSessions, idleTimeout: TimeInterval(idleTimeout), executable: Self.executable, environment: Self.sessionEnvironment()
            )
            let log = ServeLog { Output.error($0) }
            if demo { log.note("demo workspace: \(root)") }
            if host.created { log.note("made a host key: \(keyPath)") }
            do {
                try SSHServer.run(configuration, log: log) { listening in
                    let who = (keys.isEmpty ? [] : ["\(keys.count) authorized key\(keys.count == 1 ? "" : "s") with full access"])
                        + (anonymous ? [keys.isEmpty ? "anyone read-only and redacted" : "anyone else read-only and redacted"] : [])
                    log.note("listening on \(listening), host key \(host.fingerprint): \(who.joined(separator: "; "))")
                }
            } catch let error as SSHServer.Failure {
                throw fail(error.description)
            }
        }
    }

    /// The annex binary each session runs: this very program.
    static var executable: String {
        #if os(Linux)
        return "/proc/self/exe"
        #else
        return Bundle.main.executablePath ?? CommandLine.arguments[0]
        #endif
    }

    /// The server's environment, less what must come from the session: the client's terminal,
    /// and who the user is (the key says, never a variable the operator happened to set).
    static func sessionEnvironment() -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        for name in ["TERM", "LINES", "COLUMNS", "ANNEX_USER", "ANNEX_WORKSPACE", "TMUX", "TMUX_PANE", "STY", "SSH_AUTH_SOCK", "SSH_CONNECTION", "SSH_CLIENT", "SSH_TTY"] {
            environment[name] = nil
        }
        if environment["LANG"] == nil && environment["LC_ALL"] == nil { environment["LANG"] = "C.UTF-8" }
        return environment
    }
}

/// `127.0.0.1:2222`, `[::1]:2222`, `0.0.0.0:2222`.
struct ListenAddress {
    var host: String
    var port: Int

    init?(_ text: String) {
        guard let colon = text.lastIndex(of: ":") else { return nil }
        var host = String(text[..<colon])
        guard let port = Int(text[text.index(after: colon)...]), (0...65_535).contains(port) else { return nil }
        if host.hasPrefix("[") && host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        guard !host.isEmpty, !host.contains(" ") else { return nil }
        self.host = host
        self.port = port
    }
}
