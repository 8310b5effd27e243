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
        try session.send("j", "j")
        try refuses(session, [("s", "Cycle implementation status"), ("a", "Include or exclude control"), ("o", "Edit owner"),
                              ("J", "Edit justification"), ("e", "Edit evidence references"), ("n", "Edit notes"),
                              ("r", "Mark reviewed today"), ("u", "Undo last change")])
        try session.send("3")
        try session.waitFor("Heat map: inherent")
        try refuses(session, [("a", "New risk"), ("e", "Edit risk"), ("M", "Edit the risk matrix")])
        try session.send("Tab")
        try refuses(session, [("d", "Delete risk"), ("Enter", "Edit risk"), ("u", "Undo last change")])
        try session.send("5")
        try session.waitFor("Actions 3/4: open")
        try refuses(session, [("a", "New action for a nonconformity"), ("e", "Edit action"),
                              ("s", "Advance status"), ("v", "Verify effectiveness")])
        try session.send("4")
        try session.waitFor("Plan IA-2026-2")
        try refuses(session, [("a", "New audit plan from the SoA"), ("e", "Edit the audit plan"),
                              ("f", "Follow-up audit of this one"), ("R", "Write the audit report")])
        // The live session of the audit in progress opens, as a reader: no finding can be logged.
        try session.send("Enter")
        try session.waitFor("IA-2026-2 (read-only)", "Read-only: the findings of IA-2026-2 can be read, not changed")
        try refuses(session, [("m", "Log a minor nonconformity"), ("M", "Log a major nonconformity"), ("c", "Log a conformity"),
                              ("d", "Mark item audited"), ("s", "Mark item not audited"), ("C", "Close the audit"),
                              ("S", "Draw a sample for this item")])
        // Moving on records no time spent: a reader's visit is not the auditor's.
        try session.send("n")
        try session.waitForScreen("the next item") { !Screen.statusLine($0).contains("Read-only: Draw") }
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
        try session.send("j", "j")
        try refuses(session, [("r", "Mark reviewed today")])
        try session.send("q")
        try session.waitFor("EXITED:0")
        XCTAssertEqual(try FolderSnapshot(workspace), before)
    }

    /// Presses each key on its own and waits for the status line to refuse it by name.
    private func refuses(_ session: TmuxSession, _ keys: [(key: String, title: String)], file: StaticString = #filePath, line: UInt = #line) throws {
        for (key, title) in keys {
            try session.send(key)
            try session.waitForScreen("\(key) to be refused as \(title)", file: file, line: line) {
                Screen.statusLine($0).contains("Read-only: \(title)")
            }
        }
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
