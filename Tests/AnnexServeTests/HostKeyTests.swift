import AnnexServe
import Foundation
import XCTest

/// The host key of `annex serve` is an OpenSSH key file: one it makes is one ssh-keygen reads,
/// and one ssh-keygen made is one it serves, with the fingerprint OpenSSH prints.
final class HostKeyTests: XCTestCase {
    private var folder = ""

    override func setUpWithError() throws {
        try super.setUpWithError()
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/ssh-keygen") else {
            throw XCTSkip("/usr/bin/ssh-keygen is missing (.ci/run installs openssh-client)")
        }
        var template = Array((NSTemporaryDirectory() + "/annex-hostkey-XXXXXX").utf8CString)
        folder = String(cString: mkdtemp(&template)!)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(atPath: folder)
        super.tearDown()
    }

    func testAMissingKeyIsMadePrivateIgnoredByGitAndReadableBySSHKeygen() throws {
        let path = folder + "/.annex/ssh_host_ed25519_key"
        let made = try HostKey.loadOrCreate(path: path)
        XCTAssertTrue(made.created)
        var info = stat()
        XCTAssertEqual(stat(path, &info), 0)
        XCTAssertEqual(info.st_mode & 0o777, 0o600, "only the owner reads the secret")
        XCTAssertEqual(try String(contentsOfFile: folder + "/.annex/.gitignore", encoding: .utf8), "*\n", "git never sees it")
        XCTAssertTrue(try keygen(["-l", "-f", path]).contains(made.fingerprint), "ssh-keygen reads it, with the same fingerprint")

        let again = try HostKey.loadOrCreate(path: path)
        XCTAssertFalse(again.created)
        XCTAssertEqual(again.fingerprint, made.fingerprint, "the same identity on the next start")
    }

    func testAKeyMadeBySSHKeygenIsServedAndABadOneIsNamed() throws {
        let path = folder + "/host"
        _ = try keygen(["-q", "-t", "ed25519", "-N", "", "-f", path])
        let loaded = try HostKey.loadOrCreate(path: path)
        XCTAssertFalse(loaded.created)
        XCTAssertTrue(try keygen(["-l", "-f", path]).contains(loaded.fingerprint))

        chmod(path, 0o644)
        XCTAssertThrowsError(try HostKey.loadOrCreate(path: path)) { error in
            XCTAssertEqual("\(error)", "\(path): the host key can be read by others (mode 644): chmod 600 it")
        }
        let rsa = folder + "/rsa"
        _ = try keygen(["-q", "-t", "rsa", "-b", "1024", "-N", "", "-f", rsa])
        XCTAssertThrowsError(try HostKey.loadOrCreate(path: rsa)) { error in
            XCTAssertEqual("\(error)", "\(rsa): is a ssh-rsa key: annex serve uses ed25519 host keys (ssh-keygen -t ed25519)")
        }
        let locked = folder + "/locked"
        _ = try keygen(["-q", "-t", "ed25519", "-N", "secret", "-f", locked])
        XCTAssertThrowsError(try HostKey.loadOrCreate(path: locked)) { error in
            XCTAssertTrue("\(error)".contains("is encrypted with a passphrase"), "\(error)")
        }
    }

    private func keygen(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/ssh-keygen")
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw NSError(domain: "ssh-keygen", code: Int(process.terminationStatus), userInfo: [NSLocalizedDescriptionKey: text]) }
        return text
    }
}
