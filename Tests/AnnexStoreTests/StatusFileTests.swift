import AnnexDomain
@testable import AnnexStore
import Foundation
import XCTest

/// `status/<framework>.yaml`: the decisions on an imported framework's controls, saved beside
/// (never into) `soa.yaml`, merged and patched like it, in catalog order, and followed live.
final class StatusFileTests: XCTestCase {
    /// Three controls in one group, in this order: tc-1, tc-2, tc-3.
    static let tinyCatalog = """
        {"catalog": {"uuid": "5d0c1c8a-2f8e-4a57-9a39-0d6a9d1f0c11", "metadata": {"title": "Tiny"},
          "groups": [{"id": "g", "title": "Group", "controls": [
            {"id": "tc-1", "title": "First"}, {"id": "tc-2", "title": "Second"}, {"id": "tc-3", "title": "Third"}]}]}}
        """

    private var folder: TemporaryFolder?

    /// A new workspace with the tiny catalog imported as `tiny`.
    private func workspace() throws -> (TemporaryFolder, WorkspaceStore) {
        let folder = TemporaryFolder()
        self.folder = folder
        let store = try WorkspaceStore.create(at: folder.file("ws"), with: Workspace.new(organisation: "Test"))
        _ = try store.importCatalog(Data(Self.tinyCatalog.utf8), id: "tiny", title: nil)
        return (folder, store)
    }

    private func entry(_ control: String, _ status: ImplementationStatus, justification: String = "") -> SoAEntry {
        SoAEntry(control: control, justification: justification, status: status, framework: "tiny")
    }

    @discardableResult
    private func saved(_ store: WorkspaceStore, _ entry: SoAEntry, base: SoAEntry? = nil) throws -> SoAEntry {
        guard case .written(let written) = try store.save(entry, base: base) else {
            XCTFail("saving \(entry.control) was refused as a conflict")
            return entry
        }
        return written
    }

    /// Replaces a file the way an editor or git does (a new file renamed over the old one).
    private func replace(_ store: WorkspaceStore, _ path: String, _ text: String) {
        let temporary = store.root + "/" + path + ".new"
        _ = FileManager.default.createFile(atPath: temporary, contents: Data(text.utf8))
        XCTAssertEqual(rename(temporary, store.root + "/" + path), 0)
    }

    private func controls(in text: String?) -> [String] {
        (text ?? "").components(separatedBy: "\n").compactMap { line in
            guard let range = line.range(of: "control: ") else { return nil }
            return String(line[range.upperBound...])
        }
    }

    // MARK: Where a decision is written and read

    func testAnEntryOfAnImportedFrameworkGoesToItsStatusFileAndIsLoadedBack() throws {
        let (folder, store) = try workspace()
        let soa = folder.read("ws/soa.yaml")
        XCTAssertNil(folder.read("ws/status/tiny.yaml"), "nothing decided yet, no file")

        let written = try saved(store, entry("tc-2", .implemented, justification: "Required by the customer contract"))
        XCTAssertEqual(written.framework, "tiny")
        XCTAssertEqual(folder.read("ws/soa.yaml"), soa, "the ISO SoA is not touched")
        let status = try XCTUnwrap(folder.read("ws/status/tiny.yaml"), "the decision is in status/tiny.yaml")
        XCTAssertEqual(controls(in: status), ["tc-2"])
        XCTAssertTrue(status.contains("status: implemented"), status)
        XCTAssertTrue(status.contains("justification: Required by the customer contract"), status)

        let loaded = try store.load()
        XCTAssertEqual(loaded.issues, [])
        XCTAssertEqual(loaded.workspace.statement(of: "tiny").entries, [entry("tc-2", .implemented, justification: "Required by the customer contract")])
        XCTAssertEqual(loaded.workspace.entry("tc-2", in: "tiny")?.status, .implemented)
        XCTAssertNil(loaded.workspace.entry("tc-1", in: "tiny"), "an undecided control has no entry")
        XCTAssertNil(loaded.workspace.soa["tc-2"], "nor does the decision appear in the ISO SoA")
        XCTAssertEqual(loaded.workspace.statement(of: ISO27001.frameworkID), loaded.workspace.soa)
    }

    func testAStatusFileForTheISOFrameworkIsRefusedAndLeftOut() throws {
        let (folder, store) = try workspace()
        folder.write("ws/status/iso27001-2022.yaml", "controls:\n- control: A.5.1\n  applicable: false\n")
        let loaded = try store.load()
        XCTAssertEqual(loaded.issues.map(\.description), ["status/iso27001-2022.yaml:1: ISO/IEC 27001:2022 is decided in soa.yaml, not here"])
        XCTAssertTrue(loaded.unreadable.contains("status/iso27001-2022.yaml"))
        XCTAssertEqual(loaded.workspace.soa["A.5.1"]?.applicable, true, "soa.yaml alone decides ISO controls")
    }

    // MARK: Lossless, merged writes

    func testASaveKeepsTheHandCommentAndUnknownKeyAndChangesOnlyItsOwnLine() throws {
        let (folder, store) = try workspace()
        try saved(store, entry("tc-1", .implemented, justification: "Needed"))
        try saved(store, entry("tc-3", .planned, justification: "Next year"))
        // Edited by hand: a comment on top and a key Annex does not know in tc-1's entry.
        let written = try XCTUnwrap(folder.read("ws/status/tiny.yaml"))
        let handEdited = "# Decided at the kick-off, see minutes 2026-11-02\n"
            + written.replacingOccurrences(of: "- control: tc-1\n", with: "- control: tc-1\n  ticket: SEC-42\n")
        folder.write("ws/status/tiny.yaml", handEdited)

        let loaded = try store.load()
        XCTAssertEqual(loaded.issues.map(\.description), ["status/tiny.yaml:4: unknown key 'ticket' is ignored"])
        let base = try XCTUnwrap(loaded.workspace.entry("tc-3", in: "tiny"))
        var mine = base
        mine.status = .implemented
        try saved(store, mine, base: base)

        let before = handEdited.components(separatedBy: "\n")
        let after = try XCTUnwrap(folder.read("ws/status/tiny.yaml")).components(separatedBy: "\n")
        XCTAssertEqual(before.count, after.count)
        XCTAssertEqual(zip(before, after).filter { $0 != $1 }.map { "\($0) -> \($1)" }, ["  status: planned ->   status: implemented"],
                       "only tc-3's status line changes")
        XCTAssertEqual(after.first, "# Decided at the kick-off, see minutes 2026-11-02")
        XCTAssertTrue(after.contains("  ticket: SEC-42"))
        XCTAssertEqual(try store.load().workspace.entry("tc-3", in: "tiny")?.status, .implemented)
    }

    func testAnotherEntryChangedOnDiskSinceTheLoadIsKept() throws {
        let (folder, store) = try workspace()
        try saved(store, entry("tc-1", .planned))
        try saved(store, entry("tc-2", .planned))
        let loaded = try store.load()
        let base = try XCTUnwrap(loaded.workspace.entry("tc-2", in: "tiny"))

        // Someone else decides on tc-1 in the meantime (another session, a git pull).
        let theirs = try XCTUnwrap(folder.read("ws/status/tiny.yaml"))
        let tc1 = try XCTUnwrap(theirs.range(of: "- control: tc-1\n"))
        let status = try XCTUnwrap(theirs.range(of: "  status: planned", range: tc1.upperBound..<theirs.endIndex))
        folder.write("ws/status/tiny.yaml", theirs.replacingCharacters(in: status, with: "  status: partial"))

        var mine = base
        mine.status = .implemented
        mine.notes = "Rolled out in November"
        try saved(store, mine, base: base)

        let now = try store.load().workspace
        XCTAssertEqual(now.entry("tc-1", in: "tiny")?.status, .partial, "their change to tc-1 is kept")
        XCTAssertEqual(now.entry("tc-2", in: "tiny")?.status, .implemented)
        XCTAssertEqual(now.entry("tc-2", in: "tiny")?.notes, "Rolled out in November")
    }

    func testBothChangingOneFieldOfAnEntryIsAConflictAndNothingIsWritten() throws {
        let (folder, store) = try workspace()
        try saved(store, entry("tc-2", .planned))
        let base = try XCTUnwrap(try store.load().workspace.entry("tc-2", in: "tiny"))
        let theirs = try XCTUnwrap(folder.read("ws/status/tiny.yaml")).replacingOccurrences(of: "status: planned", with: "status: partial")
        folder.write("ws/status/tiny.yaml", theirs)

        var mine = base
        mine.status = .implemented
        guard case .conflict(let conflict, let onDisk, _) = try store.save(mine, base: base) else { return XCTFail("both changed the status") }
        XCTAssertEqual(conflict.path, "status/tiny.yaml")
        XCTAssertEqual(conflict.fields.map(\.field), ["status"])
        XCTAssertEqual(onDisk?.status, .partial)
        XCTAssertEqual(folder.read("ws/status/tiny.yaml"), theirs, "nothing was written")
    }

    // MARK: Catalog order

    func testNewEntriesArePlacedInCatalogOrderWhateverOrderTheyAreDecidedIn() throws {
        let (folder, store) = try workspace()
        try saved(store, entry("tc-3", .planned))
        folder.write("ws/status/tiny.yaml", "# reviewed quarterly\n" + (folder.read("ws/status/tiny.yaml") ?? ""))
        try saved(store, entry("tc-1", .implemented))
        XCTAssertEqual(controls(in: folder.read("ws/status/tiny.yaml")), ["tc-1", "tc-3"])
        try saved(store, entry("tc-2", .partial))
        XCTAssertEqual(controls(in: folder.read("ws/status/tiny.yaml")), ["tc-1", "tc-2", "tc-3"])
        XCTAssertEqual(folder.read("ws/status/tiny.yaml")?.hasPrefix("# reviewed quarterly\n"), true,
                       "placing an entry patches the file: the comment stays")
        XCTAssertEqual(try store.load().workspace.statement(of: "tiny").entries.map(\.control), ["tc-1", "tc-2", "tc-3"])
    }

    func testAnISOEntryMissingFromTheStartOfSoAYamlGoesBackFirst() throws {
        let (folder, store) = try workspace()
        let soa = try XCTUnwrap(folder.read("ws/soa.yaml"))
        let first = try XCTUnwrap(soa.range(of: "- control: A.5.1\n")), second = try XCTUnwrap(soa.range(of: "- control: A.5.2\n"))
        folder.write("ws/soa.yaml", soa.replacingCharacters(in: first.lowerBound..<second.lowerBound, with: ""))
        XCTAssertEqual(controls(in: folder.read("ws/soa.yaml")).prefix(2), ["A.5.2", "A.5.3"])
        try saved(store, SoAEntry(control: "A.5.1", status: .implemented))
        XCTAssertEqual(controls(in: folder.read("ws/soa.yaml")).prefix(3), ["A.5.1", "A.5.2", "A.5.3"])
    }

    func testUndoingAFirstDecisionTakesTheEntryOutOfTheFileCommentsKept() throws {
        let (folder, store) = try workspace()
        let first = try saved(store, entry("tc-1", .planned))
        let second = try saved(store, entry("tc-3", .implemented))
        let path = "ws/status/tiny.yaml"
        let text = try XCTUnwrap(folder.read(path))
        folder.write(path, "# decided with the CISO\n" + text)
        try saved(store, SoAEntry(control: "tc-1", framework: "tiny"), base: first)
        let after = try XCTUnwrap(folder.read(path))
        XCTAssertEqual(controls(in: after), ["tc-3"], "the undone entry left the file: \(after)")
        XCTAssertTrue(after.hasPrefix("# decided with the CISO\n"), after)
        XCTAssertNil(try store.load().workspace.entry("tc-1", in: "tiny"), "undecided again, not 'applicable, not started'")
        try saved(store, SoAEntry(control: "tc-3", framework: "tiny"), base: second)
        XCTAssertEqual(controls(in: folder.read(path)), [], "the last one out leaves an empty list")
        XCTAssertEqual(try store.load().workspace.statement(of: "tiny").entries, [])
    }

    // MARK: Problems

    func testAnUnknownControlIsAnErrorAtItsLineTheOtherEntriesStillReadAndNothingIsRewritten() throws {
        let (folder, store) = try workspace()
        let text = "controls:\n- control: tc-1\n  status: implemented\n- control: tc-9\n  status: planned\n"
        folder.write("ws/status/tiny.yaml", text)
        folder.write("ws/status/nope.yaml", "controls:\n- control: x-1\n")
        let loaded = try store.load()
        XCTAssertEqual(loaded.issues.map(\.description).sorted(), [
            "status/nope.yaml:1: no framework 'nope' in this workspace (catalogs/nope.json): import it or rename the file",
            "status/tiny.yaml:4: tc-9 is not a control of Tiny (tiny)",
        ])
        XCTAssertEqual(loaded.unreadable.intersection(["status/tiny.yaml", "status/nope.yaml"]), ["status/nope.yaml"],
                       "a framework the workspace lacks leaves its file out; one mistyped id does not")
        XCTAssertEqual(loaded.workspace.entry("tc-1", in: "tiny")?.status, .implemented, "one typo must not hide the file's other decisions")
        XCTAssertEqual(folder.read("ws/status/tiny.yaml"), text, "loading rewrites nothing")
        XCTAssertEqual(folder.read("ws/status/nope.yaml"), "controls:\n- control: x-1\n")
        try saved(store, entry("tc-2", .planned))
        let after = try XCTUnwrap(folder.read("ws/status/tiny.yaml"))
        XCTAssertTrue(after.contains("- control: tc-9\n  status: planned\n"), "a save keeps the entry it does not understand: \(after)")
        XCTAssertTrue(after.contains("- control: tc-2\n"), after)
    }

    func testAnIDTypedInAnotherCaseIsNamedWithTheIdItMeans() throws {
        let (folder, store) = try workspace()
        folder.write("ws/status/tiny.yaml", "controls:\n- control: TC-2\n  status: planned\n")
        XCTAssertEqual(try store.load().issues.map(\.description), ["status/tiny.yaml:2: TC-2 is not a control of Tiny (tiny) (did you mean tc-2?)"])
    }

    // MARK: Following the workspace

    func testTheFollowerReadsAStatusFileAnotherWriterChangedAndARemovedOneAsUndecided() throws {
        let (folder, store) = try workspace()
        try saved(store, entry("tc-1", .implemented))
        try saved(store, entry("tc-2", .planned))
        let loaded = try store.load()
        var workspace = loaded.workspace
        let follower = WorkspaceFollower(store: store, loaded: loaded)
        XCTAssertNil(follower.changes(), "nothing changed yet")

        let text = try XCTUnwrap(folder.read("ws/status/tiny.yaml"))
        replace(store, "status/tiny.yaml", text.replacingOccurrences(of: "status: planned", with: "status: partial"))
        XCTAssertNil(follower.changes(now: Date().addingTimeInterval(1)), "noticed, read once settled")
        let changed = try XCTUnwrap(follower.changes(now: Date().addingTimeInterval(2)), "the follower missed the status file")
        XCTAssertEqual(changed.soaEntries, [entry("tc-2", .partial)], "only the entry that changed, of its framework")
        for entry in changed.soaEntries { workspace.upsert(entry) }
        XCTAssertEqual(workspace.entry("tc-2", in: "tiny")?.status, .partial)
        XCTAssertEqual(workspace.soa, loaded.workspace.soa, "the ISO SoA is not touched")
        XCTAssertNil(follower.changes(now: Date().addingTimeInterval(3)), "read once")

        XCTAssertEqual(unlink(store.root + "/status/tiny.yaml"), 0)
        _ = follower.changes(now: Date().addingTimeInterval(4))
        let removed = try XCTUnwrap(follower.changes(now: Date().addingTimeInterval(5)), "the follower missed the removal")
        XCTAssertEqual(removed.soaEntries, [SoAEntry(control: "tc-1", framework: "tiny"), SoAEntry(control: "tc-2", framework: "tiny")])
        XCTAssertEqual(removed.problems, [], "a removed status file is no problem: nothing is decided")
        for entry in removed.soaEntries { workspace.upsert(entry) }
        XCTAssertEqual(workspace.statement(of: "tiny").entries, [], "nothing decided any more: no entries, as a fresh load would give")
    }

    func testTheFollowerTakesAnEntryRemovedFromTheSoAByHandBackToUndecided() throws {
        let (folder, store) = try workspace()
        let loaded = try store.load()
        let follower = WorkspaceFollower(store: store, loaded: loaded)
        let text = try XCTUnwrap(folder.read("ws/soa.yaml"))
        var lines = text.components(separatedBy: "\n")
        let start = try XCTUnwrap(lines.firstIndex(of: "- control: A.5.2"))
        let end = lines[(start + 1)...].firstIndex { $0.hasPrefix("- ") } ?? lines.count
        lines.removeSubrange(start..<end)
        replace(store, "soa.yaml", lines.joined(separator: "\n"))
        _ = follower.changes(now: Date().addingTimeInterval(1))
        let changes = try XCTUnwrap(follower.changes(now: Date().addingTimeInterval(2)), "the follower missed the edit")
        XCTAssertEqual(changes.soaEntries, [SoAEntry(control: "A.5.2")], "the removed entry, undecided; nothing else")
    }

    func testTheFollowerReadsAStatusFolderThatAppearsAfterItStarted() throws {
        let (folder, store) = try workspace()
        let follower = WorkspaceFollower(store: store, loaded: try store.load())
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.file("ws/status")))
        XCTAssertNil(follower.wakeAfter(), "a folder not made yet is watched through its parent: nothing is polled")

        folder.write("ws/status/tiny.yaml", "controls:\n- control: tc-3\n  applicable: false\n  justification: Not offered\n")
        _ = follower.changes(now: Date().addingTimeInterval(1))
        let changes = try XCTUnwrap(follower.changes(now: Date().addingTimeInterval(2)), "a git pull bringing status/ was missed")
        XCTAssertEqual(changes.soaEntries, [SoAEntry(control: "tc-3", applicable: false, justification: "Not offered", framework: "tiny")])
    }
}
