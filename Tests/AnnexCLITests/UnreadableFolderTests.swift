import Foundation
import XCTest

/// A folder of records that cannot be listed is an error naming it, never records quietly
/// missing from the screens and exports. Permissions do not bind root, so `annex check` runs as
/// the unprivileged user `nobody` on a workspace it owns.
final class UnreadableFolderTests: XCTestCase {
    func testUnreadableRecordAndAuditFoldersAreErrorsNamingThem() throws {
        guard getuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else {
            throw XCTSkip("needs root and setpriv to run annex as another user")
        }
        let folder = TemporaryFolder()
        let demo = folder.path + "/demo"
        guard Self.asNobody([AnnexBinary.path, "--help"]) == 0,
              Self.asNobody(["/bin/sh", "-c", "test -x '\((folder.path as NSString).deletingLastPathComponent)'"]) == 0 else {
            throw XCTSkip("the user nobody cannot reach the annex binary or the temporary folder from here")
        }
        XCTAssertEqual(try AnnexBinary.run(["init", "--demo", demo]).status, 0)
        for path in [folder.path, demo] + (FileManager.default.subpaths(atPath: demo) ?? []).map({ demo + "/" + $0 }) {
            XCTAssertEqual(chown(path, 65534, 65534), 0, path)
        }
        chmod(demo + "/risks", 0)
        chmod(demo + "/audits/IA-2026-1", 0)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
        process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", AnnexBinary.path, "check", "--workspace", demo]
        process.environment = ["HOME": folder.path, "ANNEX_TODAY": "2026-11-29", "PATH": "/usr/bin:/bin"]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        chmod(demo + "/risks", 0o700)
        chmod(demo + "/audits/IA-2026-1", 0o700)

        XCTAssertEqual(process.terminationStatus, 1, text)
        XCTAssertTrue(text.contains("risks: error: cannot be read (check its permissions)"), text)
        XCTAssertTrue(text.contains("audits/IA-2026-1: error: cannot be read (check its permissions)"), text)
        XCTAssertFalse(text.contains("has no audit.yaml"), text)
    }

    /// Runs `command` as `nobody`; its exit status.
    static func asNobody(_ command: [String]) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
        process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups"] + command
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }
}
