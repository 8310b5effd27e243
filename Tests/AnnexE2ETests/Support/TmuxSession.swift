import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// One `annex` run inside its own tmux server (a private socket), so tests never share a
/// terminal. Keys go in with `send-keys`; the screen comes back with `capture-pane`. Waiting is
/// always for a condition on the screen, polled, never a fixed sleep.
final class TmuxSession {
    static let pollInterval: TimeInterval = 0.02
    static let defaultTimeout: TimeInterval = 5

    let socket: String
    let folder: String
    private var killed = false

    /// Starts `annex --workspace <workspace> <arguments>` in a detached 100x30 (by default) session.
    /// `environment` adds or overrides variables after the defaults (TERM=xterm-256color, a UTF-8
    /// locale, ANNEX_TODAY); LINES and COLUMNS are always removed so the pty size is the truth.
    /// `subcommand` (`watch IA-1`) goes before `--workspace`, where the command line expects it.
    /// `command` runs another program in place of annex (`ssh` to a server that runs it).
    init(workspace: String, subcommand: [String] = [], arguments: [String] = [], command: [String]? = nil,
         environment: [(String, String)] = [], width: Int = 100, height: Int = 30) throws {
        folder = Scratch.makeFolder(prefix: "annex-e2e-tmux")
        // A private server per session; its socket lives in the session's folder (tmux -S, the
        // path form of -L), so removing the folder leaves no stale socket behind.
        socket = folder + "/tmux.sock"
        // remain-on-exit keeps the last screen readable if the launcher ends early (a failure to report).
        let config = folder + "/tmux.conf"
        try "set -g remain-on-exit on\nset -g status off\nset -g history-limit 2000\n".write(toFile: config, atomically: true, encoding: .utf8)
        let launcher = folder + "/run.sh"
        // After annex ends: its status, then the terminal modes it left behind.
        let script = """
        #!/bin/sh
        \((command ?? [AnnexE2E.binaryPath] + subcommand + ["--workspace", workspace] + arguments).map(Shell.quote).joined(separator: " "))
        status=$?
        echo "EXITED:$status"
        echo "STTY: $(stty -a | tr ' ;' '\\n\\n' | grep -xE -- '-?(echo|icanon|isig|icrnl|opost)' | tr '\\n' ' ')"
        # Keep the pane alive for the test to read its modes: a dead pane's flags are tmux's own.
        exec sleep 120

        """
        try script.write(toFile: launcher, atomically: true, encoding: .utf8)
        var command = ["env", "-u", "LINES", "-u", "COLUMNS", "-u", "LC_ALL", "-u", "LC_CTYPE", "-u", "NO_COLOR",
                       "-u", "ANNEX_WORKSPACE", "-u", "ANNEX_THEME", "-u", "ANNEX_THEMES", "-u", "TMUX",
                       "TERM=xterm-256color", "LANG=C.UTF-8", "ANNEX_TODAY=2026-11-29"]
        command += environment.map { "\($0.0)=\($0.1)" }
        command += ["sh", launcher]
        let started = try tmux(["-f", config, "new-session", "-d", "-x", "\(width)", "-y", "\(height)",
                                command.map(Shell.quote).joined(separator: " ")])
        guard started.status == 0 else {
            throw E2EError("tmux new-session failed (\(started.status)): \(started.output)")
        }
    }

    deinit { kill() }

    /// Kills the tmux server (and with it annex, if it still runs). Safe to call twice.
    func kill() {
        guard !killed else { return }
        killed = true
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(atPath: folder)
    }

    // MARK: keys and screen

    /// Keys by tmux name (`Enter`, `C-c`, `PgDn`) or single characters.
    func send(_ keys: String...) throws {
        let result = try tmux(["send-keys", "-t", "0"] + keys)
        guard result.status == 0 else { throw E2EError("send-keys \(keys) failed: \(result.output)") }
    }

    /// Text typed character by character, never interpreted as key names.
    func type(_ text: String) throws {
        let result = try tmux(["send-keys", "-t", "0", "-l", text])
        guard result.status == 0 else { throw E2EError("send-keys -l \(text) failed: \(result.output)") }
    }

    func resize(width: Int, height: Int) throws {
        let result = try tmux(["resize-window", "-t", "0", "-x", "\(width)", "-y", "\(height)"])
        guard result.status == 0 else { throw E2EError("resize-window failed: \(result.output)") }
    }

    /// The visible screen as text, one line per row; with `escapes`, with SGR attributes too;
    /// with `history`, the lines scrolled off the top come first (the alternate screen never
    /// adds any).
    func capture(escapes: Bool = false, history: Bool = false) throws -> String {
        let result = try tmux(["capture-pane", "-p", "-t", "0"] + (escapes ? ["-e"] : []) + (history ? ["-S", "-"] : []))
        guard result.status == 0 else { throw E2EError("capture-pane failed: \(result.output)") }
        return result.output
    }

    /// A tmux format about the pane, such as `#{pane_dead_status}` or `#{alternate_on}`.
    func format(_ format: String) throws -> String {
        try tmux(["display-message", "-p", "-t", "0", format]).output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Polls the screen until `condition` holds, and returns that screen; fails the test with
    /// the last screen seen when it does not hold within `timeout`.
    @discardableResult
    func waitForScreen(_ what: String, escapes: Bool = false, history: Bool = false, timeout: TimeInterval = defaultTimeout,
                       file: StaticString = #filePath, line: UInt = #line,
                       _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = ""
        while true {
            screen = try capture(escapes: escapes, history: history)
            if condition(screen) { return screen }
            if Date() >= deadline { break }
            Thread.sleep(forTimeInterval: TmuxSession.pollInterval)
        }
        XCTFail("Timed out after \(timeout) s waiting for \(what). Last screen:\n\(screen)", file: file, line: line)
        throw E2EError("timed out waiting for \(what)")
    }

    /// Waits until every one of `texts` is on screen.
    @discardableResult
    func waitFor(_ texts: String..., history: Bool = false, timeout: TimeInterval = defaultTimeout,
                 file: StaticString = #filePath, line: UInt = #line) throws -> String {
        try waitForScreen(texts.map { "\"\($0)\"" }.joined(separator: " and "), history: history, timeout: timeout, file: file, line: line) { screen in
            texts.allSatisfy(screen.contains)
        }
    }

    // MARK: tmux

    struct Result {
        var status: Int32
        var output: String
    }

    @discardableResult
    func tmux(_ arguments: [String]) throws -> Result {
        var environment = ProcessInfo.processInfo.environment
        environment["TMUX"] = nil
        environment["LANG"] = "C.UTF-8"
        environment["LC_ALL"] = nil
        // -u: the client speaks UTF-8 whatever the test's locale, so captures keep line drawing.
        let outputPath = folder + "/tmux-output-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: outputPath) }
        let status = try Spawn.run(TmuxSession.tmuxPath!, ["-u", "-S", socket] + arguments, environment: environment, output: outputPath)
        let data = FileManager.default.contents(atPath: outputPath) ?? Data()
        return Result(status: status, output: String(decoding: data, as: UTF8.self))
    }

    static let tmuxPath: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return (path.split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin"])
            .map { $0 + "/tmux" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }()
}

struct E2EError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

enum Shell {
    /// Single-quotes a word for /bin/sh.
    static func quote(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

/// Runs a program and waits for it with posix_spawn and waitpid. Not Foundation's `Process`:
/// `tmux new-session` forks the tmux server from the client, the server inherits every
/// descriptor the client had, and on Linux `Process` only notices the client's exit when a
/// socket it gave the child is closed, which the long-lived server never does (the test hangs,
/// with the client a zombie). Here the child gets /dev/null, an output file, and nothing else.
enum Spawn {
    static func run(_ path: String, _ arguments: [String], environment: [String: String], output: String) throws -> Int32 {
        try wait(start(path, arguments, environment: environment, output: output), path)
    }

    /// Starts the program in the background; the caller ends it (by its pid) and waits for it.
    static func start(_ path: String, _ arguments: [String], environment: [String: String], output: String) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        // Nothing else either (glibc 2.34+; Swift does not import it, so it is looked up).
        if let closeFrom = Spawn.addCloseFrom { _ = closeFrom(&actions, 3) }
        let argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, path, &actions, nil, argv, envp)
        guard spawned == 0 else { throw E2EError("cannot run \(path): \(String(cString: strerror(spawned)))") }
        return pid
    }

    /// Waits for a started program; its exit status, or 128 + the signal that ended it.
    static func wait(_ pid: pid_t, _ path: String) throws -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 {
            guard errno == EINTR else { throw E2EError("waitpid failed for \(path): \(String(cString: strerror(errno)))") }
        }
        // WIFEXITED / WEXITSTATUS, which Swift does not import; a signal gives 128 + its number.
        return status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }

    private typealias AddCloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>?, Int32) -> Int32
    private static let addCloseFrom: AddCloseFrom? = {
        guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "posix_spawn_file_actions_addclosefrom_np") else { return nil }
        return unsafeBitCast(symbol, to: AddCloseFrom.self)
    }()
}
