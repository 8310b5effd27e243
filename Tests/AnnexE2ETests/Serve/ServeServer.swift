import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// One `annex serve` on 127.0.0.1 and a free port for a test, with its own host key,
/// known_hosts and client keys made by ssh-keygen, and the OpenSSH client to reach it.
final class ServeServer {
    static let ssh = "/usr/bin/ssh"
    static let keygen = "/usr/bin/ssh-keygen"
    static let startTimeout: TimeInterval = 20

    let folder: String
    let port: Int
    private(set) var pid: pid_t?
    private let workspace: String

    /// Skips the test when OpenSSH's client is missing; `.ci/run` installs it.
    static func requireOpenSSH() throws {
        for tool in [ssh, keygen] where !FileManager.default.isExecutableFile(atPath: tool) {
            throw XCTSkip("\(tool) is missing: these tests need OpenSSH's client (apt-get install openssh-client; .ci/run installs it)")
        }
    }

    init(workspace: String) throws {
        self.workspace = workspace
        folder = Scratch.makeFolder(prefix: "annex-e2e-serve")
        port = try FreePort.find()
        try Self.run(Self.keygen, ["-q", "-t", "ed25519", "-N", "", "-C", "host", "-f", folder + "/host_key"])
    }

    var log: String { (try? String(contentsOfFile: folder + "/serve.log", encoding: .utf8)) ?? "" }

    /// Starts `annex serve --workspace … --listen 127.0.0.1:PORT` with `arguments`, and waits
    /// until it listens. Without `defaultHostKey` it serves the test's own host key.
    /// With `demo`, `annex serve --demo` in place of the test's workspace.
    func start(_ arguments: [String], defaultHostKey: Bool = false, demo: Bool = false) throws {
        let hostKey = defaultHostKey ? [] : ["--host-key", folder + "/host_key"]
        let served = demo ? ["--demo"] : ["--workspace", workspace]
        pid = try Spawn.start(AnnexE2E.binaryPath, ["serve"] + served + ["--listen", "127.0.0.1:\(port)"] + hostKey + arguments,
                              environment: ["PATH": "/usr/bin:/bin", "HOME": NSHomeDirectory(), "LANG": "C.UTF-8", "ANNEX_TODAY": AnnexE2E.today],
                              output: folder + "/serve.log")
        try waitForLog("the server to listen", timeout: Self.startTimeout) { $0.contains("listening on 127.0.0.1:\(port)") }
        let key = defaultHostKey ? workspace + "/.annex/ssh_host_ed25519_key" : folder + "/host_key"
        // The client checks the host key strictly against the one the server was given.
        let publicKey = try Self.output(Self.keygen, ["-y", "-f", key]).trimmingCharacters(in: .whitespacesAndNewlines)
        try "[127.0.0.1]:\(port) \(publicKey)\n".write(toFile: folder + "/known_hosts", atomically: true, encoding: .utf8)
    }

    /// SIGTERM, then the exit status (within `timeout`, else the test fails and it is killed).
    @discardableResult
    func stop(timeout: TimeInterval = 15) -> Int32? {
        guard let pid else { return nil }
        self.pid = nil
        kill(pid, SIGTERM)
        let deadline = Date().addingTimeInterval(timeout)
        var status: Int32 = 0
        while Date() < deadline {
            if waitpid(pid, &status, WNOHANG) == pid { return status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F) }
            Thread.sleep(forTimeInterval: 0.02)
        }
        kill(pid, SIGKILL)
        waitpid(pid, &status, 0)
        return nil
    }

    func remove() {
        stop()
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// A client key `name` (its comment too); returns its private key's path.
    @discardableResult
    func makeClientKey(_ name: String) throws -> String {
        let path = folder + "/\(name)_key"
        if !FileManager.default.fileExists(atPath: path) { try Self.run(Self.keygen, ["-q", "-t", "ed25519", "-N", "", "-C", name, "-f", path]) }
        return path
    }

    func fingerprint(_ key: String) throws -> String {
        let line = try Self.output(Self.keygen, ["-l", "-f", key + ".pub"])
        return String(line.split(separator: " ")[1])
    }

    /// An authorized_keys file listing `people`' keys with `annex-user="ID"`.
    func authorizedKeys(_ people: [String]) throws -> String {
        let path = folder + "/authorized_keys"
        let lines = try people.map { person -> String in
            let key = try makeClientKey(person)
            return "annex-user=\"\(person)\" " + (try String(contentsOfFile: key + ".pub", encoding: .utf8)).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        try (["# people who edit", ""] + lines).joined(separator: "\n").appending("\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// `ssh` to the server with `key` only, checking its host key, never asking anything.
    func ssh(key: String?, _ options: [String] = ["-tt"], command: [String] = []) -> [String] {
        let identity = key.map { ["-i", $0, "-o", "IdentitiesOnly=yes"] } ?? ["-o", "PubkeyAuthentication=no"]
        return [Self.ssh] + options + identity + [
            "-p", "\(port)", "-o", "BatchMode=yes", "-o", "StrictHostKeyChecking=yes", "-o", "UserKnownHostsFile=\(folder)/known_hosts",
            "-o", "UpdateHostKeys=no", "-o", "LogLevel=ERROR", "-o", "ConnectTimeout=10", "demo@127.0.0.1",
        ] + command
    }

    /// Runs `ssh` to its end without a terminal; its status and what it printed.
    func runSSH(key: String?, _ options: [String], command: [String] = []) throws -> (status: Int32, output: String) {
        let output = folder + "/ssh-\(UUID().uuidString).out"
        let arguments = Array(ssh(key: key, options, command: command).dropFirst())
        let status = try Spawn.run(Self.ssh, arguments, environment: ["PATH": "/usr/bin:/bin", "HOME": NSHomeDirectory()], output: output)
        return (status, (try? String(contentsOfFile: output, encoding: .utf8)) ?? "")
    }

    @discardableResult
    func waitForLog(_ what: String, timeout: TimeInterval = TmuxSession.defaultTimeout, file: StaticString = #filePath, line: UInt = #line,
                    _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let text = log
            if condition(text) { return text }
            if let pid, waitpid(pid, nil, WNOHANG) == pid {
                self.pid = nil
                XCTFail("annex serve ended while waiting for \(what):\n\(text)", file: file, line: line)
                throw E2EError("annex serve ended")
            }
            if Date() >= deadline {
                XCTFail("Timed out after \(timeout) s waiting for \(what). Server log:\n\(text)", file: file, line: line)
                throw E2EError("timed out waiting for \(what)")
            }
            Thread.sleep(forTimeInterval: TmuxSession.pollInterval)
        }
    }

    /// The log's lines of one kind (`connect`, `authenticate`, `refuse`, `disconnect`).
    func logLines(_ event: String) -> [String] {
        log.split(separator: "\n").map(String.init).filter { $0.split(separator: " ").dropFirst().first.map(String.init) == event }
    }

    /// The server's child processes (zombies included), from /proc.
    func children() -> [pid_t] {
        guard let pid else { return [] }
        return ProcessTable.children(of: pid)
    }

    static func run(_ path: String, _ arguments: [String]) throws {
        _ = try output(path, arguments)
    }

    static func output(_ path: String, _ arguments: [String]) throws -> String {
        let folder = Scratch.makeFolder(prefix: "annex-e2e-run")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let status = try Spawn.run(path, arguments, environment: ["PATH": "/usr/bin:/bin", "HOME": NSHomeDirectory()], output: folder + "/out")
        let text = (try? String(contentsOfFile: folder + "/out", encoding: .utf8)) ?? ""
        guard status == 0 else { throw E2EError("\(path) \(arguments) failed (\(status)): \(text)") }
        return text
    }
}

enum ProcessTable {
    /// Processes whose parent is `parent`, from /proc/PID/stat (the field after the name's `)`).
    static func children(of parent: pid_t) -> [pid_t] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { entry -> pid_t? in
            guard let pid = pid_t(entry), let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                  let close = stat.range(of: ")", options: .backwards) else { return nil }
            let fields = stat[close.upperBound...].split(separator: " ")
            guard fields.count > 1, let ppid = pid_t(fields[1]) else { return nil }
            return ppid == parent ? pid : nil
        }
    }
}
