import CPseudoTerminal
import Foundation

/// A session's UI: a child process on its own pseudo-terminal, started the way sshd starts a
/// login shell (new session, the pty as controlling terminal, nothing else inherited).
struct TerminalProcess {
    let pid: pid_t
    /// The pty's master side; the relay owns it once it is handed to SwiftNIO.
    let master: Int32

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func start(executable: String, arguments: [String], environment: [String: String], rows: Int, columns: Int) throws -> TerminalProcess {
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var master: Int32 = -1
        let pid = annex_pty_spawn(executable, argv, envp, clamp(rows, unknown: 24), clamp(columns, unknown: 80), &master)
        guard pid > 0 else { throw Failure(description: "cannot start the session's UI: \(String(cString: strerror(errno)))") }
        return TerminalProcess(pid: pid, master: master)
    }

    /// The client's window changed: the kernel tells the UI with SIGWINCH.
    static func resize(master: Int32, rows: Int, columns: Int) {
        _ = annex_pty_resize(master, clamp(rows, unknown: 24), clamp(columns, unknown: 80))
    }

    /// A size the client sent, kept to what a terminal can be; 0 says the client does not know.
    static func clamp(_ value: Int, unknown: UInt16) -> UInt16 {
        value <= 0 ? unknown : UInt16(clamping: min(value, 1000))
    }
}
