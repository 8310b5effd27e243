import Foundation
import XCTest

/// `--read-only` in a real terminal: the tab bar says so, the editing keys of every screen say
/// they are not available, and the workspace's files are byte for byte what they were, with no
/// draft, lock, journal event or report left behind.
final class ReadOnlyTests: AnnexE2ETestCase {
    func testEditingKeysOnEveryScreenChangeNoFile() throws {
        let before = try FolderSnapshot(workspace)
        let session = try start(arguments: ["--read-only"])
        try session.waitFor("READ-ONLY")
        try session.send("2")
        try session.waitFor("Catalog")
        try session.send("j", "j", "s")
        try session.waitForScreen("the status line to refuse the status change") {
            Screen.statusLine($0).contains("Read-only: Cycle implementation status is not available")
        }
        for key in ["a", "o", "J", "e", "n", "r", "u"] { try session.send(key) }
        try session.send("3")
        try session.waitFor("Heat map: inherent")
        for key in ["a", "e", "d", "M", "Enter"] { try session.send(key) }
        try session.send("5")
        try session.waitFor("Actions 3/4: open")
        for key in ["a", "e", "s", "v"] { try session.send(key) }
        try session.waitForScreen("the last editing key to be refused") {
            Screen.statusLine($0).contains("Read-only: Verify effectiveness is not available")
        }
        try session.send("4")
        try session.waitFor("Plan IA-2026-2")
        for key in ["n", "e", "F", "C", "R"] { try session.send(key) }
        // The live session of the audit in progress opens, as a reader: no finding can be logged.
        try session.send("Enter")
        try session.waitFor("IA-2026-2 (read-only)", "Read-only: the findings of IA-2026-2 can be read, not changed")
        for key in ["m", "M", "c", "d", "x", "n", "p", "m"] { try session.send(key) }
        try session.waitForScreen("logging to be refused") { Screen.statusLine($0).contains("Read-only: Log a minor nonconformity") }
        try session.send("q")
        try session.waitFor("EXITED:0")
        XCTAssertEqual(try FolderSnapshot(workspace), before, "no file of the workspace changed, and none appeared")
    }

    func testTheEnvironmentVariableAlsoMakesTheSessionReadOnly() throws {
        let before = try FolderSnapshot(workspace)
        let session = try start(environment: [("ANNEX_READ_ONLY", "1")])
        try session.waitFor("READ-ONLY")
        try session.send("2")
        try session.waitFor("Catalog")
        try session.send("j", "j", "r")
        try session.waitForScreen("mark reviewed to be refused") { Screen.statusLine($0).contains("Read-only: Mark reviewed today") }
        try session.send("q")
        try session.waitFor("EXITED:0")
        XCTAssertEqual(try FolderSnapshot(workspace), before)
    }
}

/// Every file and folder under a folder, hidden ones included, with its bytes and permissions.
struct FolderSnapshot: Equatable, CustomStringConvertible {
    let entries: [String: String]

    init(_ root: String) throws {
        var entries: [String: String] = [:]
        let manager = FileManager.default
        guard let enumerator = manager.enumerator(atPath: root) else { throw E2EError("cannot list \(root)") }
        while let relative = enumerator.nextObject() as? String {
            let path = root + "/" + relative
            let attributes = try manager.attributesOfItem(atPath: path)
            let mode = (attributes[.posixPermissions] as? Int).map { String($0, radix: 8) } ?? "?"
            if attributes[.type] as? FileAttributeType == .typeDirectory {
                entries[relative] = "folder \(mode)"
            } else {
                let data = manager.contents(atPath: path) ?? Data()
                entries[relative] = "\(mode) \(data.count) \(data.base64EncodedString())"
            }
        }
        self.entries = entries
    }

    var description: String { entries.keys.sorted().joined(separator: "\n") }
}
