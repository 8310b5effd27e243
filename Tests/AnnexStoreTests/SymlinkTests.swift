import AnnexDomain
@testable import AnnexStore
import XCTest

/// Git stores symbolic links, so a shared repository can plant one where a record, a journal or
/// the lock should be: Annex neither writes nor reads through it, and says so at its path.
final class SymlinkTests: XCTestCase {
    private let at = Date(timeIntervalSince1970: 1_795_000_000)

    func testAFindingIsNeverAppendedThroughAJournalLink() throws {
        let folder = TemporaryFolder()
        let store = try WorkspaceStore.create(at: folder.path + "/ws", with: Samples.workspace)
        folder.write("outside.txt", "not annex's\n")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/ws/audits/IA-2026-1/findings-mallory.jsonl",
                                                   withDestinationPath: folder.path + "/outside.txt")

        XCTAssertThrowsError(try store.append(.timed(item: "A.8.8", seconds: 60, by: "mallory", at: at), audit: "IA-2026-1")) { error in
            XCTAssertTrue("\(error)".hasPrefix("audits/IA-2026-1/findings-mallory.jsonl: is a symbolic link"), "\(error)")
        }
        XCTAssertEqual(folder.read("outside.txt"), "not annex's\n", "the file outside is untouched")
        let issues = try store.load().issues.map(\.description)
        XCTAssertTrue(issues.contains { $0.hasPrefix("audits/IA-2026-1/findings-mallory.jsonl: is a symbolic link") }, "\(issues)")
    }

    func testALockLinkCreatesNothingOutside() throws {
        let folder = TemporaryFolder()
        let store = try WorkspaceStore.create(at: folder.path + "/ws", with: Samples.workspace)
        try? FileManager.default.removeItem(atPath: folder.path + "/ws/.annex.lock")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/ws/.annex.lock", withDestinationPath: folder.path + "/planted")

        XCTAssertThrowsError(try store.save(Samples.risk)) { error in
            XCTAssertTrue("\(error)".hasPrefix(".annex.lock: is a symbolic link"), "\(error)")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.path + "/planted"), "no file where the link points")
    }

    func testDanglingLoopingAndOutsideRecordLinksAreErrorsNotMissingRecords() throws {
        let folder = TemporaryFolder()
        let store = try WorkspaceStore.create(at: folder.path + "/ws", with: Samples.workspace)
        folder.write("elsewhere.yaml", try XCTUnwrap(folder.read("ws/risks/R-001.yaml")).replacingOccurrences(of: "R-001", with: "R-002"))
        let risks = folder.path + "/ws/risks/"
        try FileManager.default.createSymbolicLink(atPath: risks + "R-002.yaml", withDestinationPath: folder.path + "/elsewhere.yaml")
        try FileManager.default.createSymbolicLink(atPath: risks + "R-003.yaml", withDestinationPath: risks + "R-404.yaml")
        try FileManager.default.createSymbolicLink(atPath: risks + "R-004.yaml", withDestinationPath: risks + "R-004.yaml")

        let loaded = try store.load()
        let errors = loaded.issues.filter { $0.severity == .error }.map(\.path)
        XCTAssertEqual(Set(errors), ["risks/R-002.yaml", "risks/R-003.yaml", "risks/R-004.yaml"], "\(loaded.issues)")
        XCTAssertEqual(loaded.workspace.risks.map(\.id), ["R-001"], "only the real file is read")
    }
}
