import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// What `annex serve` says, before it listens, about a start it cannot make: one clear line and
/// a non-zero exit, never a trace, and no server left running.
final class ServeCommandTests: XCTestCase {
    static let key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIDGyG/F34+DqG8bbEAjVdmwBdaeCW6fWSTcMfdgcb+6Y"

    private func demo(_ folder: TemporaryFolder) throws -> String {
        let demo = folder.path + "/demo"
        XCTAssertEqual(try AnnexBinary.run(["init", "--demo", demo]).status, 0)
        return demo
    }

    func testAServerNobodyCouldLogInToIsRefused() throws {
        let folder = TemporaryFolder()
        let result = try AnnexBinary.run(["serve", "--workspace", try demo(folder)])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("nobody could log in: give --authorized-keys FILE, --anonymous, or both"), result.stderr)
    }

    func testBadOptionsAreNamed() throws {
        let folder = TemporaryFolder()
        let demo = try demo(folder)
        let cases: [([String], String)] = [
            (["--anonymous", "--listen", "2222"], "--listen '2222' is not ADDRESS:PORT"),
            (["--anonymous", "--listen", "127.0.0.1:99999"], "--listen '127.0.0.1:99999' is not ADDRESS:PORT"),
            (["--anonymous", "--max-sessions", "0"], "--max-sessions must be between 1 and 1000"),
            (["--anonymous", "--idle-timeout", "0"], "--idle-timeout must be between 1 and 86400 seconds"),
            (["--demo", "--workspace", demo], "give --demo or --workspace, not both"),
        ]
        for (arguments, message) in cases {
            let result = try AnnexBinary.run(["serve"] + (arguments.contains("--workspace") ? [] : ["--workspace", demo]) + arguments)
            XCTAssertNotEqual(result.status, 0, "\(arguments)")
            XCTAssertTrue(result.stderr.contains(message), "\(arguments): \(result.stderr)")
        }
    }

    func testABadAuthorizedKeysLineIsNamedByPathAndLineAndNothingStarts() throws {
        let folder = TemporaryFolder()
        let demo = try demo(folder)
        folder.write("keys", "\(Self.key) jweiss\nfrom=\"10.0.0.0/8\" \(Self.key) adonnelly\n")
        let result = try AnnexBinary.run(["serve", "--workspace", demo, "--authorized-keys", folder.path + "/keys"])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stderr, "annex: \(folder.path)/keys:2: option 'from' is not supported by annex serve (it allows no forwarding, commands or shells at all)\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: demo + "/.annex"), "no host key made for a server that did not start")

        let missing = try AnnexBinary.run(["serve", "--workspace", demo, "--authorized-keys", folder.path + "/none"])
        XCTAssertEqual(missing.status, 1)
        XCTAssertEqual(missing.stderr, "annex: \(folder.path)/none: cannot be read (No such file or directory)\n")
    }

    func testAFolderThatIsNoWorkspaceIsSaidBeforeListening() throws {
        let folder = TemporaryFolder()
        let result = try AnnexBinary.run(["serve", "--workspace", folder.path, "--anonymous"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.hasPrefix("annex: ") && result.stderr.contains("annex.yaml"), result.stderr)
    }

    func testAPortInUseIsAClearError() throws {
        let folder = TemporaryFolder()
        let demo = try demo(folder)
        // Hold a port: bound and listening, so the server cannot have it.
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, length) == 0 && listen(socket, 1) == 0 && getsockname(socket, $0, &length) == 0 }
        }
        XCTAssertTrue(bound)
        let port = Int(UInt16(bigEndian: address.sin_port))
        let result = try AnnexBinary.run(["serve", "--workspace", demo, "--anonymous", "--listen", "127.0.0.1:\(port)", "--host-key", folder.path + "/host"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.hasSuffix("annex: cannot listen on 127.0.0.1:\(port): Address already in use\n"), result.stderr)
    }
}
