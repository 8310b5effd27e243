import AnnexDomain
@testable import AnnexStore
import XCTest

final class AuditSessionStoreTests: XCTestCase {
    private let t0 = Date(timeIntervalSince1970: 1_795_000_000)

    func testADraftIsKeptAsAHiddenOwnerOnlyFileAndReadBackWholeWithItsSample() throws {
        let folder = TemporaryFolder()
        let store = try WorkspaceStore.create(at: folder.path, with: Samples.workspace)
        let sample = AuditSample(population: "lists/leavers.txt", populationSize: 23, size: 2, method: "seeded-random", seed: UInt64.max, items: ["a", "b"])
        let draft = FindingDraft(audit: "IA-2026-1", auditor: "aauditor", id: "F-7", item: "A.8.8", classification: .major,
                                 statement: "Zeile 1\nZeile 2 ✓", evidence: "EV-020", interviewee: "Jürgen", role: "CISO", method: .test, sample: sample)
        try store.saveDraft(draft)

        XCTAssertEqual(try store.loadDraft(audit: "IA-2026-1", auditor: "aauditor"), draft)
        let path = folder.file("audits/IA-2026-1/.draft-aauditor.json")
        let mode = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
        XCTAssertEqual(mode & 0o777, 0o600)
        XCTAssertTrue(folder.read(".gitignore")?.contains(".draft-*") ?? false, "drafts stay out of git")
        XCTAssertEqual(try store.load().issues, [], "the loader skips the draft")

        try store.deleteDraft(audit: "IA-2026-1", auditor: "aauditor")
        XCTAssertNil(try store.loadDraft(audit: "IA-2026-1", auditor: "aauditor"))
        XCTAssertNoThrow(try store.deleteDraft(audit: "IA-2026-1", auditor: "aauditor"), "deleting twice is fine")
    }

    func testABrokenDraftIsReportedWithItsPathAndLeftOnDisk() throws {
        let folder = TemporaryFolder()
        let store = try WorkspaceStore.create(at: folder.path, with: Samples.workspace)
        folder.write("audits/IA-2026-1/.draft-aauditor.json", "{\"statement\": \"half")
        XCTAssertThrowsError(try store.loadDraft(audit: "IA-2026-1", auditor: "aauditor")) { error in
            XCTAssertEqual((error as? StoreError)?.description, "audits/IA-2026-1/.draft-aauditor.json:1: this draft is not complete JSON")
        }
        XCTAssertEqual(folder.read("audits/IA-2026-1/.draft-aauditor.json"), "{\"statement\": \"half")
    }

    func testTimeSpentEventsGoToTheJournalAndFoldBack() throws {
        let folder = TemporaryFolder()
        let store = try WorkspaceStore.create(at: folder.path, with: Samples.workspace)
        try store.append(.timed(item: "A.8.8", seconds: 754, by: "aauditor", at: t0), audit: "IA-2026-1")
        let line = try XCTUnwrap(folder.read("audits/IA-2026-1/findings-aauditor.jsonl")?.split(separator: "\n").last)
        XCTAssertEqual(String(line), #"{"at":"2026-11-18T11:06:40.000Z","by":"aauditor","event":"timed","item":"A.8.8","seconds":754,"v":1}"#)
        XCTAssertEqual(try store.load().workspace.log(of: "IA-2026-1").timeSpent["A.8.8"], 754)
    }

    func testAPopulationListIsReadFromInsideTheWorkspaceOnly() throws {
        let folder = TemporaryFolder()
        let store = try WorkspaceStore.create(at: folder.path + "/ws", with: Samples.workspace)
        folder.write("ws/lists/leavers.txt", "HR-1\nHR-2\n")
        folder.write("secret.txt", "outside")
        XCTAssertEqual(try store.readListFile("lists/leavers.txt"), "HR-1\nHR-2\n")
        XCTAssertEqual(try store.readListFile("./lists/leavers.txt"), "HR-1\nHR-2\n")
        for escape in ["../secret.txt", "/etc/passwd", "lists/../../secret.txt"] {
            XCTAssertThrowsError(try store.readListFile(escape), escape) { error in
                XCTAssertTrue((error as? StoreError)?.description.contains("is not a path inside the workspace") ?? false)
            }
        }
        XCTAssertThrowsError(try store.readListFile("lists/none.txt"))
        XCTAssertThrowsError(try store.readListFile("lists"), "a folder is not a list")
    }

    func testAnAuditPlanWithFindingsCannotBeDeleted() throws {
        let folder = TemporaryFolder()
        let store = try WorkspaceStore.create(at: folder.path, with: Samples.workspace)
        XCTAssertThrowsError(try store.deleteAudit("IA-2026-1"))
        XCTAssertNotNil(folder.read("audits/IA-2026-1/audit.yaml"))

        try store.save(Audit(id: "IA-NEW", title: "Planned"))
        try store.deleteAudit("IA-NEW")
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.file("audits/IA-NEW")), "the empty folder goes too")
    }
}

final class AbandonedTemporaryFileTests: XCTestCase {
    /// A pid that certainly ran and is gone: a child that has exited.
    private func deadPID() throws -> Int32 {
        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/bin/true")
        try child.run()
        child.waitUntilExit()
        return child.processIdentifier
    }

    func testTemporaryFilesOfAKilledWriterGoAndThoseOfARunningOneStay() throws {
        let folder = TemporaryFolder()
        let store = try WorkspaceStore.create(at: folder.path, with: Samples.workspace)
        let dead = try deadPID()
        let alive = ProcessInfo.processInfo.processIdentifier
        folder.write("audits/IA-2026-1/..draft-aauditor.json.\(dead).123456.tmp", "{\"statement\": \"half a confid")
        folder.write("risks/.R-001.yaml.\(dead).42.tmp", "title: cut")
        folder.write(".soa.yaml.\(alive).7.tmp", "being written right now")
        folder.write("audits/IA-2026-1/.draft-aauditor.json", "{}")

        let removed = store.removeAbandonedTemporaryFiles()
        XCTAssertEqual(Set(removed), ["audits/IA-2026-1/..draft-aauditor.json.\(dead).123456.tmp", "risks/.R-001.yaml.\(dead).42.tmp"])
        XCTAssertNotNil(folder.read(".soa.yaml.\(alive).7.tmp"), "a running writer's file is left alone")
        XCTAssertNotNil(folder.read("audits/IA-2026-1/.draft-aauditor.json"), "the draft itself is not a temporary file")
        XCTAssertNotNil(folder.read("risks/R-001.yaml"))
        XCTAssertTrue(folder.read(".gitignore")?.contains(".*.tmp") ?? false, "and git never sees them")
    }

    func testOnlyNamesInTheWritersPatternCount() {
        XCTAssertEqual(WorkspaceStore.writer(ofTemporaryFile: ".risk.yaml.4242.99.tmp"), 4242)
        XCTAssertNil(WorkspaceStore.writer(ofTemporaryFile: "notes.tmp"))
        XCTAssertNil(WorkspaceStore.writer(ofTemporaryFile: ".x.abc.99.tmp"))
        XCTAssertNil(WorkspaceStore.writer(ofTemporaryFile: ".x.12.tmp"))
    }
}

final class WorkspaceGitignoreTests: XCTestCase {
    func testAnOlderAnnexGitignoreGetsTheNewPatternsOnceAndAUsersOwnIsLeftAlone() throws {
        let folder = TemporaryFolder()
        let store = try WorkspaceStore.create(at: folder.path, with: Samples.workspace)
        XCTAssertEqual(try store.updateGitignore(), [], "a new workspace has them all")

        let older = "# Annex's lock and caches are per machine.\n.annex.lock\n.annex-cache/\n"
        folder.write(".gitignore", older)
        XCTAssertEqual(try store.updateGitignore(), [".draft-*", ".*.tmp", ".writer-*.lock", ".annex/", ".*.pending", ".annex-commit-*"])
        let updated = try XCTUnwrap(folder.read(".gitignore"))
        XCTAssertTrue(updated.hasPrefix(older), "nothing of the old file changes")
        XCTAssertTrue(updated.hasSuffix(".draft-*\n.*.tmp\n.writer-*.lock\n.annex/\n.*.pending\n.annex-commit-*\n"))
        XCTAssertEqual(try store.updateGitignore(), [], "once")

        folder.write(".gitignore", "node_modules/\n")
        XCTAssertEqual(try store.updateGitignore(), [])
        XCTAssertEqual(folder.read(".gitignore"), "node_modules/\n", "a .gitignore Annex did not write is the user's")
    }
}
