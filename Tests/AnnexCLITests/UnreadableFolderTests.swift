import Foundation
import XCTest

/// A folder of records that cannot be listed is an error naming it, never records quietly
/// missing from the screens and exports. Permissions do not bind root, so `annex check` runs as
/// the unprivileged user `nobody` on a workspace it owns.
final class UnreadableFolderTests: XCTestCase {
    func testUnreadableRecordAndAuditFoldersAreErrorsNamingThem() throws {
        let (folder, demo) = try nobodysDemo()
        chmod(demo + "/risks", 0)
        chmod(demo + "/audits/IA-2026-1", 0)

        let (status, text) = try checkAsNobody(demo, home: folder.path)
        chmod(demo + "/risks", 0o700)
        chmod(demo + "/audits/IA-2026-1", 0o700)

        XCTAssertEqual(status, 1, text)
        XCTAssertTrue(text.contains("risks: error: cannot be read (check its permissions)"), text)
        XCTAssertTrue(text.contains("audits/IA-2026-1: error: cannot be read (check its permissions)"), text)
        XCTAssertFalse(text.contains("has no audit.yaml"), text)
    }

    /// The unreadable case of the hostile suite, which runs as root and cannot make one: a file
    /// of each kind that cannot be read is an error at its path, and it is left as it was.
    func testAnUnreadableFileOfEachKindIsAnErrorNamingItAndIsNotWritten() throws {
        let (folder, demo) = try nobodysDemo()
        let kinds = ["annex.yaml", "soa.yaml", "risks/R-001.yaml", "evidence/EV-001.yaml", "actions/CA-001.yaml",
                     "audits/IA-2026-1/audit.yaml", "audits/IA-2026-2/findings-kbenali.jsonl"]
        for kind in kinds {
            let path = demo + "/" + kind
            let before = try XCTUnwrap(FileManager.default.contents(atPath: path), kind)
            XCTAssertEqual(chmod(path, 0), 0)
            let (status, text) = try checkAsNobody(demo, home: folder.path)
            XCTAssertEqual(chmod(path, 0o644), 0)
            XCTAssertEqual(status, 1, "\(kind):\n\(text)")
            XCTAssertTrue(text.contains("\(kind): error: cannot be read (check its permissions)"), "\(kind):\n\(text)")
            XCTAssertEqual(FileManager.default.contents(atPath: path), before, "\(kind) was written")
        }
    }

    /// The demo written to a temporary folder and handed to `nobody` (skipped where that
    /// cannot be done): the folder, which must stay alive, and the workspace in it.
    private func nobodysDemo() throws -> (TemporaryFolder, String) {
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
        return (folder, demo)
    }

    /// `annex check` on `demo` as `nobody`: its exit status, and what it printed on both streams.
    private func checkAsNobody(_ demo: String, home: String) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
        process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", AnnexBinary.path, "check", "--workspace", demo]
        process.environment = ["HOME": home, "ANNEX_TODAY": "2026-11-29", "PATH": "/usr/bin:/bin"]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
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
