import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// `annex serve` against the real OpenSSH client, driven in tmux: who gets in and with what
/// access, what is refused, that the client's terminal reaches the UI, and that no session
/// leaves a process behind.
final class ServeTests: AnnexE2ETestCase {
    private var server: ServeServer!
    static let loginTimeout: TimeInterval = 15

    override func setUpWithError() throws {
        try ServeServer.requireOpenSSH()
        try super.setUpWithError()
        server = try ServeServer(workspace: workspace)
    }

    override func tearDown() {
        server?.remove()
        super.tearDown()
    }

    /// Starts `ssh` in tmux and waits for the dashboard's first frame.
    private func login(key: String?, width: Int = 100, height: Int = 30, file: StaticString = #filePath, line: UInt = #line,
                       _ texts: String...) throws -> (TmuxSession, String) {
        let session = try start(command: server.ssh(key: key), width: width, height: height, waitForDashboard: false)
        let screen = try session.waitForScreen("the dashboard over SSH", timeout: Self.loginTimeout, file: file, line: line) { screen in
            (["1 Dashboard", "Statement of Applicability"] + texts).allSatisfy(screen.contains)
                && !(Screen.rows(screen).last ?? "").trimmingCharacters(in: .whitespaces).isEmpty
        }
        return (session, screen)
    }

    private func openControl(_ session: TmuxSession, _ id: String, title: String) throws -> String {
        try session.send("2")
        try session.waitFor("Catalog")
        try session.send("/")
        try session.waitFor("Filter /")
        try session.type(id)
        try session.waitFor("1 shown: \"\(id)\"")
        try session.send("Enter")
        return try session.waitFor("\(id) \(title)")
    }

    func testAnAnonymousVisitorSeesTheRedactedDashboardAndCannotChangeAnything() throws {
        // A listed key too, so the visitor's key is the one that gets in (and is logged).
        try server.start(["--anonymous", "--authorized-keys", try server.authorizedKeys(["kbenali"])])
        let key = try server.makeClientKey("visitor")
        let before = try FolderSnapshot(workspace)

        let (session, dashboard) = try login(key: key, "REDACTED", "READ-ONLY")
        XCTAssertFalse(dashboard.contains("Korvenhall"), "the organisation is masked:\n\(dashboard)")
        let control = try openControl(session, "A.5.15", title: "Access control")
        XCTAssertTrue(control.contains("(Person-"), "the owner is a pseudonym:\n\(control)")
        for person in ["jweiss", "Jürgen", "Weiss", "adonnelly", "Aoife", "kbenali", "Karim"] {
            XCTAssertFalse(control.contains(person), "\(person) on screen:\n\(control)")
        }
        try session.send("s")
        try session.waitForScreen("the status change to be refused") { Screen.statusLine($0).contains("Read-only: Cycle implementation status") }
        try session.send("q")
        try session.waitFor("EXITED:0", timeout: 10)
        XCTAssertEqual(try FolderSnapshot(workspace), before, "nothing written over SSH")

        let fingerprint = try server.fingerprint(key)
        let login = try XCTUnwrap(server.logLines("authenticate").first, server.log)
        for field in ["peer=127.0.0.1:", "user=anonymous", "login=demo", "fingerprint=\(fingerprint)", "access=read-only"] {
            XCTAssertTrue(login.contains(field), "\(field) in: \(login)")
        }
        let end = try server.waitForLog("the disconnect line") { _ in !self.server.logLines("disconnect").isEmpty }
        let disconnect = try XCTUnwrap(server.logLines("disconnect").first, end)
        XCTAssertNotNil(disconnect.range(of: #"access=read-only duration=\d+\.\ds$"#, options: .regularExpression), disconnect)
        XCTAssertEqual(server.logLines("connect").count, 1)
        XCTAssertTrue(server.children().isEmpty, "the UI was reaped: \(server.children())")
    }

    func testAnAuthorizedKeyEditsAsItsPerson() throws {
        let keys = try server.authorizedKeys(["kbenali"])
        try server.start(["--authorized-keys", keys], defaultHostKey: true)
        var info = stat()
        XCTAssertEqual(stat(workspace + "/.annex/ssh_host_ed25519_key", &info), 0, "the default host key is made in the workspace")
        XCTAssertEqual(info.st_mode & 0o777, 0o600)
        XCTAssertTrue(read(".gitignore")?.split(separator: "\n").contains(".annex/") == true, "and kept out of git")

        let (session, dashboard) = try login(key: server.folder + "/kbenali_key")
        XCTAssertFalse(dashboard.contains("READ-ONLY"), "full access:\n\(dashboard)")
        XCTAssertTrue(dashboard.contains("Korvenhall"), "nothing masked:\n\(dashboard)")
        XCTAssertEqual(SoAFile.status(of: "A.5.15", in: read("soa.yaml") ?? ""), "implemented")
        _ = try openControl(session, "A.5.15", title: "Access control")
        try session.send("s")
        try session.waitForScreen("the change to be saved") { Screen.statusLine($0).contains("A.5.15 status: Not started") }
        XCTAssertEqual(SoAFile.status(of: "A.5.15", in: read("soa.yaml") ?? ""), "not_started", "the edit over SSH is in soa.yaml")

        // The SoA records no author; the audit journal does: the key's person is the auditor.
        try session.send("4")
        try session.waitFor("IA-2026-2")
        try session.send("Enter")
        try session.waitForScreen("the live session as kbenali") { Screen.statusLine($0).contains("Session started as kbenali") }
        try session.send("o")
        try session.waitFor("Enter saves")
        let statement = "Over SSH: the visitor badge log is kept"
        try session.type(statement)
        try session.waitFor(statement)
        try session.send("Enter")
        try session.waitForScreen("the finding to be saved") { Screen.statusLine($0).contains("saved") }
        let journal = try XCTUnwrap(read("audits/IA-2026-2/findings-kbenali.jsonl"), "kbenali's own journal")
        XCTAssertTrue(journal.contains(statement), journal)

        let login = try XCTUnwrap(server.logLines("authenticate").first, server.log)
        XCTAssertTrue(login.contains("user=kbenali") && login.contains("access=full"), login)
        XCTAssertTrue(login.contains("fingerprint=\(try server.fingerprint(server.folder + "/kbenali_key"))"), login)
    }

    /// `--demo`: a new demo workspace, and anyone in, even without a key, read-only and redacted.
    func testTheDemoIsServedToAnyoneEvenWithoutAKey() throws {
        try server.start([], demo: true)
        let line = try XCTUnwrap(server.log.split(separator: "\n").first { $0.contains("demo workspace: ") })
        let demo = String(line[line.range(of: "demo workspace: ")!.upperBound...])
        defer { try? FileManager.default.removeItem(atPath: demo) }
        XCTAssertNotEqual(demo, workspace)
        XCTAssertTrue(FileManager.default.fileExists(atPath: demo + "/annex.yaml"), "a demo workspace was written: \(demo)")
        XCTAssertTrue(server.log.contains("anyone read-only and redacted"), server.log)

        let (session, dashboard) = try login(key: nil, "REDACTED", "READ-ONLY")
        XCTAssertFalse(dashboard.contains("Korvenhall"), dashboard)
        try session.send("q")
        try session.waitFor("EXITED:0", timeout: 10)
        let login = try XCTUnwrap(server.logLines("authenticate").first, server.log)
        XCTAssertTrue(login.contains("user=anonymous") && login.contains("fingerprint=-") && login.contains("access=read-only"), login)
    }

    func testUnknownKeysPasswordsCommandsAndForwardingAreRefused() throws {
        let keys = try server.authorizedKeys(["kbenali"])
        try server.start(["--authorized-keys", keys])
        let stranger = try server.makeClientKey("stranger")

        let unknown = try server.runSSH(key: stranger, ["-T"])
        XCTAssertEqual(unknown.status, 255, "an unknown key without --anonymous: \(unknown.output)")
        XCTAssertTrue(unknown.output.contains("Permission denied"), unknown.output)
        let refused = server.logLines("refuse").first { $0.contains("reason=\"unknown key\"") }
        XCTAssertTrue(refused?.contains("fingerprint=\(try server.fingerprint(stranger))") == true, server.log)

        let password = try server.runSSH(key: nil, ["-T", "-o", "PreferredAuthentications=password", "-o", "PubkeyAuthentication=no"])
        XCTAssertEqual(password.status, 255, "a password is never accepted: \(password.output)")
        XCTAssertTrue(password.output.contains("Permission denied"), password.output)

        let marker = server.folder + "/ran"
        let exec = try server.runSSH(key: server.folder + "/kbenali_key", ["-T"], command: ["touch", marker])
        XCTAssertNotEqual(exec.status, 0, "a command asked for fails: \(exec.output)")
        XCTAssertFalse(FileManager.default.fileExists(atPath: marker), "and nothing ran")
        XCTAssertTrue(exec.output.contains("exec request failed"), exec.output)
        XCTAssertTrue(server.logLines("refuse").contains { $0.contains("user=kbenali") && $0.contains("reason=\"exec request\"") }, server.log)

        let noTerminal = try server.runSSH(key: server.folder + "/kbenali_key", ["-T"])
        XCTAssertEqual(noTerminal.status, 1, noTerminal.output)
        XCTAssertTrue(noTerminal.output.contains("annex serve needs a terminal: connect with ssh -t"), noTerminal.output)

        let forward = try server.runSSH(key: server.folder + "/kbenali_key", ["-T", "-W", "127.0.0.1:\(server.port)"])
        XCTAssertNotEqual(forward.status, 0, "no port forwarding: \(forward.output)")
        XCTAssertTrue(server.logLines("refuse").contains { $0.contains("reason=\"port forwarding\"") }, server.log)
        XCTAssertTrue(server.children().isEmpty, "no UI was started: \(server.children())")
        // Every connection, refused or not, is closed and logged as such.
        try server.waitForLog("a disconnect per connect") { _ in self.server.logLines("disconnect").count == self.server.logLines("connect").count }
        XCTAssertEqual(server.logLines("disconnect").filter { $0.contains("access=none") }.count, 2, "the stranger and the password: never in\n\(server.log)")
    }

    /// A client that connects and never logs in holds its connection 30 s, no longer.
    func testAClientThatNeverLogsInIsDroppedAfter30Seconds() throws {
        try server.start(["--anonymous"])
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = in_port_t(UInt16(server.port).bigEndian)
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        XCTAssertEqual(connected, 0)
        var timeout = timeval(tv_sec: 40, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let started = Date()
        var buffer = [UInt8](repeating: 0, count: 512)
        // The server's version line comes first; then nothing until it closes the connection.
        while recv(socket, &buffer, buffer.count, 0) > 0 {}
        let held = Date().timeIntervalSince(started)
        XCTAssertGreaterThan(held, 29, "not dropped before its 30 s")
        XCTAssertLessThan(held, 35, "dropped at 30 s")
        try server.waitForLog("the refusal") { $0.contains("reason=\"not logged in within 30 s\"") }
    }

    func testAnIdleSessionIsClosed() throws {
        try server.start(["--anonymous", "--idle-timeout", "2"])
        let (session, _) = try login(key: try server.makeClientKey("visitor"))
        try session.send("2")
        try session.waitFor("Catalog")
        try session.waitFor("EXITED:", timeout: 8)
        XCTAssertTrue(server.logLines("idle").contains { $0.contains("after=2s") }, server.log)
        try server.waitForLog("the disconnect") { _ in !self.server.logLines("disconnect").isEmpty }
        let deadline = Date().addingTimeInterval(5)
        while !server.children().isEmpty && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        XCTAssertEqual(server.children(), [], "the idle session's UI was reaped")
    }

    func testAClientResizeReachesTheUI() throws {
        try server.start(["--anonymous"])
        let (session, _) = try login(key: try server.makeClientKey("visitor"))
        try session.resize(width: 60, height: 20)
        let small = try session.waitFor("80x24", "60x20", timeout: 10)
        XCTAssertFalse(small.contains("Statement of Applicability"), "the UI gave way to the too-small message:\n\(small)")
        try session.resize(width: 120, height: 35)
        let large = try session.waitForScreen("the dashboard at 120x35", timeout: 10) { screen in
            screen.contains("Statement of Applicability") && Screen.rows(screen).count == 35
                && !(Screen.rows(screen).last ?? "").trimmingCharacters(in: .whitespaces).isEmpty
        }
        XCTAssertFalse(large.contains("60x20"), large)
    }

    func testFiveSessionsAtOnceAndClosingTheClientsLeavesNoProcess() throws {
        try server.start(["--anonymous", "--max-sessions", "5"])
        var sessions: [TmuxSession] = []
        for index in 0..<5 {
            let (session, _) = try login(key: try server.makeClientKey("visitor\(index)"))
            sessions.append(session)
        }
        XCTAssertEqual(server.children().count, 5, "one UI process per session")
        let sixth = try server.runSSH(key: try server.makeClientKey("late"), ["-T"])
        XCTAssertEqual(sixth.status, 255, "a sixth is refused: \(sixth.output)")
        try server.waitForLog("the refusal of the sixth") { $0.contains("reason=\"all 5 sessions in use\"") }
        // The sessions still work while full.
        try sessions[2].send("2")
        try sessions[2].waitFor("Catalog")

        for session in sessions { session.kill() }
        try server.waitForLog("five disconnects", timeout: 10) { _ in self.server.logLines("disconnect").count == 5 }
        let deadline = Date().addingTimeInterval(5)
        while !server.children().isEmpty && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        XCTAssertEqual(server.children(), [], "every UI ended and was reaped once its client went away")
    }

    func testSIGTERMEndsEverySessionAndTheServerExitsZero() throws {
        try server.start(["--anonymous"])
        let (first, _) = try login(key: try server.makeClientKey("one"))
        let (second, _) = try login(key: try server.makeClientKey("two"))
        let uis = server.children()
        XCTAssertEqual(uis.count, 2)
        XCTAssertEqual(server.stop(), 0, "annex serve exits 0 on SIGTERM:\n\(server.log)")
        for session in [first, second] {
            let screen = try session.waitFor("EXITED:", timeout: 10)
            XCTAssertFalse(screen.contains("Statement of Applicability"), "the UI restored the client's screen as it ended:\n\(screen)")
        }
        for pid in uis { XCTAssertFalse(FileManager.default.fileExists(atPath: "/proc/\(pid)"), "UI \(pid) is gone") }
        XCTAssertTrue(server.log.contains("stopped"), server.log)
        XCTAssertEqual(server.logLines("disconnect").count, 2, server.log)
    }
}
