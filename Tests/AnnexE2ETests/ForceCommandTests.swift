import Foundation
import XCTest

/// The README's `ForceCommand` recipe for teams that run their own sshd: Debian's OpenSSH server,
/// started by the test on a loopback port with its own configuration (no system sshd is
/// touched), with the recipe's `Match User` block as the README prints it. A key login lands in
/// annex, read-only and redacted; a command asked for runs annex instead; nothing is written.
final class ForceCommandTests: AnnexE2ETestCase {
    private var sshd: pid_t?
    private var folder = ""
    private var port = 0

    override func setUpWithError() throws {
        try super.setUpWithError()
        for tool in ["/usr/sbin/sshd", "/usr/bin/ssh", "/usr/bin/ssh-keygen"] where !FileManager.default.isExecutableFile(atPath: tool) {
            throw XCTSkip("\(tool) is missing (.ci/run installs openssh-server and openssh-client)")
        }
        folder = Scratch.makeFolder(prefix: "annex-e2e-sshd")
        try keygen(folder + "/host_key")
        try keygen(folder + "/client_key")
        try FileManager.default.copyItem(atPath: folder + "/client_key.pub", toPath: folder + "/authorized_keys")
        port = try FreePort.find()
        let user = String(cString: getpwuid(geteuid()).pointee.pw_name)
        let recipe = try Self.recipe()
            .replacingOccurrences(of: "Match User demo", with: "Match User \(user)")
            .replacingOccurrences(of: "/usr/local/bin/annex", with: AnnexE2E.binaryPath)
            .replacingOccurrences(of: "/srv/isms", with: workspace)
        let config = """
        Port \(port)
        ListenAddress 127.0.0.1
        HostKey \(folder)/host_key
        PidFile \(folder)/sshd.pid
        AuthorizedKeysFile \(folder)/authorized_keys
        StrictModes no
        UsePAM no
        PasswordAuthentication no
        KbdInteractiveAuthentication no
        PermitRootLogin prohibit-password
        \(recipe)
        """
        try config.write(toFile: folder + "/sshd_config", atomically: true, encoding: .utf8)
        // The privilege separation folder sshd insists on; made only where the package did not.
        if getuid() == 0 { try? FileManager.default.createDirectory(atPath: "/run/sshd", withIntermediateDirectories: true) }
        sshd = try Spawn.start("/usr/sbin/sshd", ["-D", "-e", "-f", folder + "/sshd_config"], environment: [:], output: folder + "/sshd.log")
        try waitForListening()
    }

    override func tearDown() {
        if let sshd {
            kill(sshd, SIGTERM)
            _ = try? Spawn.wait(sshd, "sshd")
        }
        try? FileManager.default.removeItem(atPath: folder)
        super.tearDown()
    }

    func testAKeyLoginLandsInARedactedReadOnlyAnnex() throws {
        let before = try FolderSnapshot(workspace)
        let session = try start(command: ssh(["-tt"]), waitForDashboard: false)
        let dashboard = try session.waitFor("Statement of Applicability", "REDACTED", "READ-ONLY")
        XCTAssertFalse(dashboard.contains("Korvenhall"), "the organisation is masked:\n\(dashboard)")
        try session.send("2")
        try session.waitFor("Catalog")
        try session.send("/")
        try session.waitFor("Filter /")
        try session.type("A.5.15")
        try session.waitFor("1 shown: \"A.5.15\"")
        try session.send("Enter")
        let control = try session.waitFor("A.5.15 Access control", "(Person-")
        for person in ["jweiss", "Jürgen", "adonnelly", "Aoife"] { XCTAssertFalse(control.contains(person), "\(person) on screen:\n\(control)") }
        try session.send("s")
        try session.waitForScreen("the status change to be refused") { Screen.statusLine($0).contains("Read-only: Cycle implementation status") }
        try session.send("q")
        try session.waitFor("EXITED:0")
        XCTAssertEqual(try FolderSnapshot(workspace), before, "nothing written over SSH")
    }

    /// `ssh host cat /etc/passwd` does not run cat: ForceCommand runs annex, which without a
    /// terminal says so and ends.
    func testACommandAskedForRunsAnnexInstead() throws {
        let output = folder + "/ssh.out"
        let status = try Spawn.run("/usr/bin/ssh", Array(ssh(["-T"]).dropFirst()) + ["cat", "/etc/passwd"],
                                   environment: ["PATH": "/usr/bin:/bin", "HOME": NSHomeDirectory()], output: output)
        let text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
        XCTAssertFalse(text.contains("root:x:0"), "the command ran:\n\(text)")
        XCTAssertTrue(text.contains("annex"), "annex answered instead:\n\(text)")
        XCTAssertNotEqual(status, 0)
    }

    private func ssh(_ options: [String]) -> [String] {
        ["/usr/bin/ssh"] + options + [
            "-p", "\(port)", "-i", folder + "/client_key", "-o", "IdentitiesOnly=yes", "-o", "BatchMode=yes",
            "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=\(folder)/known_hosts", "-o", "UpdateHostKeys=no", "-o", "LogLevel=ERROR",
            "-o", "SendEnv=LANG", "127.0.0.1",
        ]
    }

    private func keygen(_ path: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/ssh-keygen")
        process.arguments = ["-q", "-t", "ed25519", "-N", "", "-f", path]
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw E2EError("ssh-keygen failed for \(path)") }
    }

    private func waitForListening() throws {
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            let log = (try? String(contentsOfFile: folder + "/sshd.log", encoding: .utf8)) ?? ""
            if log.contains("Server listening") { return }
            if let sshd, waitpid(sshd, nil, WNOHANG) == sshd {
                self.sshd = nil
                throw E2EError("sshd ended: \(log)")
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw E2EError("sshd is not listening on \(port)")
    }

    /// The `Match User demo` block of the README's "Demo over SSH" section, as printed there.
    static func recipe() throws -> String {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        guard let start = text.range(of: "Match User demo") else { throw E2EError("README.md has no 'Match User demo' block") }
        guard let end = text.range(of: "```", range: start.upperBound..<text.endIndex) else { throw E2EError("the block does not end") }
        return String(text[start.lowerBound..<end.lowerBound])
    }
}

/// A TCP port on 127.0.0.1 that nothing listens on now (the kernel's pick).
enum FreePort {
    static func find() throws -> Int {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw E2EError("socket failed") }
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0 else { throw E2EError("bind failed") }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let named = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socket, $0, &length) }
        }
        guard named == 0 else { throw E2EError("getsockname failed") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
