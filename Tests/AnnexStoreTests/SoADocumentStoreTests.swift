import AnnexDomain
@testable import AnnexStore
import XCTest

/// The reasons for inclusion and the SoA's version and approval on disk: read back as written,
/// and added to files of older workspaces without touching anything else.
final class SoADocumentStoreTests: XCTestCase {
    private var folder: TemporaryFolder?

    private func store() throws -> WorkspaceStore {
        let folder = TemporaryFolder()
        self.folder = folder
        return try WorkspaceStore.create(at: folder.path + "/ws", with: Samples.workspace)
    }

    private func text(_ store: WorkspaceStore, _ path: String) -> String {
        String(decoding: FileManager.default.contents(atPath: store.root + "/" + path) ?? Data(), as: UTF8.self)
    }

    private func changedLines(_ before: String, _ after: String) -> [String] {
        let old = before.components(separatedBy: "\n"), new = after.components(separatedBy: "\n")
        return new.filter { !old.contains($0) }
    }

    func testReasonsAreAddedAsTheirOwnLinesAndKeepCommentsAndUnknownKeys() throws {
        let store = try store()
        let original = text(store, "soa.yaml")
        XCTAssertFalse(original.contains("reasons"), "entries without reasons write no key")
        let annotated = "# our SoA\n" + original.replacingOccurrences(of: "- control: A.5.1\n", with: "- control: A.5.1\n  x_ref: POL-1 # ticket\n")
        FileManager.default.createFile(atPath: store.root + "/soa.yaml", contents: Data(annotated.utf8))

        var entry = try XCTUnwrap(try store.load().workspace.soa["A.5.1"])
        entry.reasons = [.contractual, .legal]
        try store.save(entry)

        let after = text(store, "soa.yaml")
        XCTAssertEqual(changedLines(annotated, after), ["  reasons:", "  - legal_regulatory", "  - contractual"])
        XCTAssertTrue(after.hasPrefix("# our SoA\n") && after.contains("  x_ref: POL-1 # ticket\n"))
        XCTAssertEqual(try store.load().workspace.soa["A.5.1"]?.reasons, [.legal, .contractual])
    }

    func testAnUnknownReasonIsAnErrorAtItsLine() throws {
        let store = try store()
        let broken = text(store, "soa.yaml").replacingOccurrences(of: "- control: A.5.2\n  applicable: true\n", with: "- control: A.5.2\n  applicable: true\n  reasons: [gut_feeling]\n")
        FileManager.default.createFile(atPath: store.root + "/soa.yaml", contents: Data(broken.utf8))
        let loaded = try store.load()
        let line = broken.components(separatedBy: "\n").firstIndex(of: "  reasons: [gut_feeling]")! + 1
        XCTAssertTrue(loaded.issues.contains { $0.path == "soa.yaml" && $0.line == line && $0.message.contains("'gut_feeling' (item 1) is not a reason for inclusion") }, "\(loaded.issues)")
    }

    func testTheDocumentBlockIsWrittenOnlyOnceGivenAndReadsBack() throws {
        let store = try store()
        let original = text(store, "annex.yaml")
        XCTAssertFalse(original.contains("soa_document"))
        var config = try store.load().workspace.config
        let day = Day("2026-11-29")!
        config.soaDocument = SoADocumentInfo(version: "1.10", date: day, approval: SoAApproval(by: "jmeyer", role: "CEO", on: day))
        try store.saveConfig(config)
        let after = text(store, "annex.yaml")
        XCTAssertTrue(after.hasPrefix(original.trimmingCharacters(in: .newlines)), "the rest of annex.yaml is as it was")
        XCTAssertTrue(after.hasSuffix("soa_document:\n  version: \"1.10\"\n  date: 2026-11-29\n  approval:\n    by: jmeyer\n    role: CEO\n    on: 2026-11-29\n"), after)
        XCTAssertEqual(try store.load().workspace.config.soaDocument, config.soaDocument, "1.10 stays a version, not the number 1.1")
    }
}
