@testable import AnnexStore
import AnnexDomain
import XCTest

/// Saves merge with what the file holds now, touch only the changed lines, and refuse a
/// conflict; the follower reads back what others wrote; one process writes a journal.
final class LiveWorkspaceStoreTests: XCTestCase {
    private var folder: TemporaryFolder?

    private func workspace() throws -> (TemporaryFolder, WorkspaceStore) {
        let folder = TemporaryFolder()
        self.folder = folder
        return (folder, try WorkspaceStore.create(at: folder.path + "/ws", with: Samples.workspace))
    }

    private func text(_ store: WorkspaceStore, _ path: String) -> String {
        String(decoding: FileManager.default.contents(atPath: store.root + "/" + path) ?? Data(), as: UTF8.self)
    }

    private func write(_ store: WorkspaceStore, _ path: String, _ text: String) {
        FileManager.default.createFile(atPath: store.root + "/" + path, contents: Data(text.utf8))
    }

    func testAnEditOfOneFieldKeepsAnotherFieldChangedOnDiskSinceAndTheirComments() throws {
        let (_, store) = try workspace()
        let base = Samples.risk
        // Someone else changed the threat, with a comment and a key Annex does not know.
        let theirs = text(store, "risks/R-001.yaml").replacingOccurrences(of: "threat: ", with: "# checked in the workshop\nx_custom: keep me\nthreat: Phishing, then ")
        write(store, "risks/R-001.yaml", theirs)
        var mine = base
        mine.title = "Ransomware on the file servers"
        guard case .written(let merged) = try store.save(mine, base: base) else { return XCTFail("a different field is no conflict") }
        XCTAssertEqual(merged.title, "Ransomware on the file servers")
        XCTAssertTrue(merged.threat.hasPrefix("Phishing, then "), "their threat is kept")
        let before = theirs.components(separatedBy: "\n"), after = text(store, "risks/R-001.yaml").components(separatedBy: "\n")
        XCTAssertEqual(before.count, after.count)
        XCTAssertEqual(zip(before, after).filter { $0 != $1 }.map { "\($0) -> \($1)" },
                       ["title: Ransomware encrypts file servers -> title: Ransomware on the file servers"], "only the title's line changes")
    }

    func testBothSidesChangingOneFieldIsAConflictAndNothingIsWritten() throws {
        let (_, store) = try workspace()
        let base = Samples.risk
        let theirs = text(store, "risks/R-001.yaml").replacingOccurrences(of: "title: Ransomware encrypts file servers", with: "title: Their title")
        write(store, "risks/R-001.yaml", theirs)
        var mine = base
        mine.title = "My title"
        mine.plan = "My plan"
        guard case .conflict(let conflict, let onDisk, let resolved) = try store.save(mine, base: base) else { return XCTFail("same field: a conflict") }
        XCTAssertEqual(conflict.fields, [FieldConflict(field: "title", base: "Ransomware encrypts file servers", mine: "My title", theirs: "Their title")])
        XCTAssertEqual(onDisk?.title, "Their title")
        XCTAssertEqual(resolved.title, "My title")
        XCTAssertEqual(resolved.plan, "My plan", "what keep-mine writes has the user's other changes too")
        XCTAssertEqual(text(store, "risks/R-001.yaml"), theirs, "nothing was written")
        // Keeping mine deliberately: saved against the version on disk, it goes through.
        guard case .written(let kept) = try store.save(resolved, base: onDisk) else { return XCTFail("keep mine") }
        XCTAssertEqual(kept.title, "My title")
    }

    func testTheSoAEntryKeepsTheFilesCommentsAndUnknownKeysOfEveryOtherLine() throws {
        let (_, store) = try workspace()
        var original = text(store, "soa.yaml")
        original = "# SoA v1.0 approved by the board\n" + original.replacingOccurrences(of: "- control: A.5.2\n", with: "- control: A.5.2\n  reason: legal\n")
        write(store, "soa.yaml", original)
        let entry = try XCTUnwrap(store.load().workspace.soa["A.5.3"])
        var changed = entry
        changed.status = .implemented
        guard case .written = try store.save(changed, base: entry) else { return XCTFail("no conflict") }
        let before = original.components(separatedBy: "\n"), after = text(store, "soa.yaml").components(separatedBy: "\n")
        XCTAssertEqual(before.count, after.count)
        XCTAssertEqual(zip(before, after).filter { $0 != $1 }.count, 1, "one line: A.5.3's status")
        XCTAssertTrue(after.contains("  reason: legal") && after[0] == "# SoA v1.0 approved by the board")
    }

    func testTheFollowerReadsAChangedRecordAndOnlyTheJournalLinesOthersAppended() throws {
        let (_, store) = try workspace()
        let loaded = try store.load()
        let follower = WorkspaceFollower(store: store, loaded: loaded)
        XCTAssertNil(follower.changes(), "nothing changed yet")

        write(store, "risks/R-001.yaml", text(store, "risks/R-001.yaml").replacingOccurrences(of: "title: Ransomware encrypts file servers", with: "title: Edited elsewhere"))
        let other = AuditEvent.itemMarked(item: "A.8.13", state: .done, by: "kbenali", at: Date(timeIntervalSince1970: 1_800_000_000))
        let own = AuditEvent.itemMarked(item: "A.8.13", state: .notAudited, by: "jweiss", at: Date(timeIntervalSince1970: 1_800_000_100))
        try store.append(own, audit: "IA-2026-1")
        FileManager.default.createFile(atPath: store.root + "/audits/IA-2026-1/findings-kbenali.jsonl", contents: Data((JournalCodec.encode(other) as Data)))

        // Changes arriving together are read once they settle: the first call only notices them.
        XCTAssertNil(follower.changes(now: Date().addingTimeInterval(1)))
        let changes = try XCTUnwrap(follower.changes(now: Date().addingTimeInterval(2)))
        XCTAssertEqual(changes.risks.map(\.title), ["Edited elsewhere"])
        XCTAssertEqual(changes.events["IA-2026-1"], [other], "the other auditor's event, not this process's own")
        XCTAssertNil(follower.changes(now: Date().addingTimeInterval(3)), "read once")

        write(store, "risks/R-001.yaml", "title: [unclosed\n")
        _ = follower.changes(now: Date().addingTimeInterval(4))
        let broken = try XCTUnwrap(follower.changes(now: Date().addingTimeInterval(5)))
        XCTAssertEqual(broken.risks, [], "the last good version stays")
        XCTAssertTrue(broken.problems.first?.hasPrefix("risks/R-001.yaml:") == true, "\(broken.problems)")
    }

    func testTheFollowerReadsTheSoAReplacedAtTheWorkspaceRoot() throws {
        let (_, store) = try workspace()
        let follower = WorkspaceFollower(store: store, loaded: try store.load())
        XCTAssertTrue(follower.descriptor != nil, "inotify is there on this machine, so the root must be watched, not polled")
        let soa = text(store, "soa.yaml")
        let entry = try XCTUnwrap(try store.load().workspace.soa.entries.first)
        var lines = soa.components(separatedBy: "\n")
        let start = try XCTUnwrap(lines.firstIndex { $0.contains("control: \(entry.control)") })
        let end = lines[(start + 1)...].firstIndex { $0.hasPrefix("- ") } ?? lines.count
        if let notes = lines[start..<end].firstIndex(where: { $0.hasPrefix("  notes:") }) {
            lines[notes] = "  notes: Fixed in an editor"
        } else {
            lines.insert("  notes: Fixed in an editor", at: start + 1)
        }
        let replaced = store.root + "/soa.yaml.new"
        FileManager.default.createFile(atPath: replaced, contents: Data(lines.joined(separator: "\n").utf8))
        XCTAssertEqual(rename(replaced, store.root + "/soa.yaml"), 0, "replaced the way editors and git do")

        XCTAssertNil(follower.changes(now: Date().addingTimeInterval(1)))
        let changes = try XCTUnwrap(follower.changes(now: Date().addingTimeInterval(2)), "the follower missed a change to soa.yaml")
        XCTAssertEqual(changes.soaEntries.map(\.control), [entry.control])
        XCTAssertEqual(changes.soaEntries.first?.notes, "Fixed in an editor")
    }

    func testOneProcessWritesAnAuditorsJournalAndTheClaimEndsWithIt() throws {
        let (_, store) = try workspace()
        let first = JournalClaims(store: store)
        XCTAssertNil(try first.claim(audit: "IA-2026-1", auditor: "jweiss"))
        let second = JournalClaims(store: store)
        XCTAssertEqual(try second.claim(audit: "IA-2026-1", auditor: "jweiss"), JournalHolder(host: JournalClaims.hostName, pid: getpid()))
        XCTAssertNil(try second.claim(audit: "IA-2026-1", auditor: "kbenali"), "another auditor's journal is free")
        first.release(audit: "IA-2026-1", auditor: "jweiss")
        XCTAssertNil(try second.claim(audit: "IA-2026-1", auditor: "jweiss"), "taken over once the first let go")
    }

    func testAClosedAuditOnDiskRefusesEvents() throws {
        let (_, store) = try workspace()
        var audit = Samples.audit
        audit.status = .closed
        try store.save(audit)
        let event = AuditEvent.itemMarked(item: "A.8.13", state: .done, by: "jweiss", at: Date())
        XCTAssertThrowsError(try store.append(event, audit: "IA-2026-1")) { error in
            XCTAssertTrue("\(error)".contains("IA-2026-1 is closed"), "\(error)")
        }
    }

    func testTwoReviewsOfAnActionAreBothKept() throws {
        let (_, store) = try workspace()
        var action = Samples.action
        action.verify(EffectivenessReview(by: "aauditor", on: Samples.day, effective: false, note: "Still failing"))
        try store.save(action)
        let read = try XCTUnwrap(store.load().workspace.actions.first)
        XCTAssertEqual(read.reviews.map(\.note), ["Works", "Still failing"])
    }
}

final class DuplicateFindingTests: XCTestCase {
    func testAFindingIDLoggedInTwoJournalsIsAnError() throws {
        let folder = TemporaryFolder()
        let store = try WorkspaceStore.create(at: folder.path + "/ws", with: Samples.workspace)
        var copy = Samples.finding
        copy.auditor = "kbenali"
        try store.append(.logged(copy), audit: "IA-2026-1")
        let issues = try store.load().issues.filter { $0.severity == .error }
        XCTAssertEqual(issues.map(\.path), ["audits/IA-2026-1/findings-kbenali.jsonl"])
        XCTAssertTrue(issues.first?.description.contains("finding F-7K3Q9D is logged twice (first in audits/IA-2026-1/findings-") == true, "\(issues)")
    }
}
