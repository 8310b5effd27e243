import AnnexDomain
@testable import AnnexStore
import XCTest

final class RoundTripTests: XCTestCase {
    func testEveryRecordTypeReadsBackAsWritten() throws {
        let folder = TemporaryFolder()
        let original = Samples.workspace
        let store = try WorkspaceStore.create(at: folder.path + "/ws", with: original)

        let loaded = try store.load()

        XCTAssertEqual(loaded.issues, [])
        XCTAssertEqual(loaded.workspace.config, original.config)
        XCTAssertEqual(loaded.workspace.soa, original.soa)
        XCTAssertEqual(loaded.workspace.risks, original.risks)
        XCTAssertEqual(loaded.workspace.evidence, original.evidence)
        XCTAssertEqual(loaded.workspace.audits, original.audits)
        XCTAssertEqual(loaded.workspace.actions, original.actions)
        XCTAssertEqual(loaded.workspace.log(of: "IA-2026-1").events, original.log(of: "IA-2026-1").events)
        XCTAssertEqual(loaded.workspace.log(of: "IA-2026-1").activeFindings.map(\.statement), ["Restore test incomplete"])
    }

    func testLayoutIsTheDocumentedOne() throws {
        let folder = TemporaryFolder()
        _ = try WorkspaceStore.create(at: folder.path, with: Samples.workspace)
        for path in ["annex.yaml", "soa.yaml", "risks/R-001.yaml", "evidence/EV-001.yaml", "audits/IA-2026-1/audit.yaml",
                     "audits/IA-2026-1/findings-aauditor.jsonl", "actions/CA-001.yaml", ".gitignore"] {
            XCTAssertNotNil(folder.read(path), "\(path) should exist")
        }
    }

    func testWritingTheSameRecordTwiceGivesTheSameBytes() throws {
        let folder = TemporaryFolder()
        let store = try WorkspaceStore.create(at: folder.path, with: Samples.workspace)
        let first = folder.read("risks/R-001.yaml")
        try store.save(Samples.risk)
        XCTAssertEqual(folder.read("risks/R-001.yaml"), first)
        // Key order is the codec's, not alphabetical: the title comes before the description.
        let text = try XCTUnwrap(first)
        XCTAssertLessThan(text.range(of: "title:")!.lowerBound, text.range(of: "description:")!.lowerBound)
    }

    func testStringsThatLookLikeOtherTypesStayStrings() throws {
        let folder = TemporaryFolder()
        let store = try WorkspaceStore.create(at: folder.path, with: Samples.workspace)
        var risk = Samples.risk
        risk.title = "2026-01-01"
        risk.plan = "no"
        risk.threat = "null"
        risk.vulnerability = "  padded  "
        risk.description = "esc \u{1b}[31m red"
        try store.save(risk)
        XCTAssertEqual(try store.load().workspace.risks.first, risk)
    }

    func testJournalEventsAreOneSortedJSONObjectPerLine() throws {
        let folder = TemporaryFolder()
        _ = try WorkspaceStore.create(at: folder.path, with: Samples.workspace)
        let lines = try XCTUnwrap(folder.read("audits/IA-2026-1/findings-aauditor.jsonl")).split(separator: "\n")
        XCTAssertEqual(lines.count, Samples.events.count)
        XCTAssertTrue(lines[0].hasPrefix("{\"at\":\"2026-"))
        XCTAssertTrue(lines[0].contains("\"seed\":\"18446744073709551557\""), "seeds above 2^53 are kept exactly")
    }

    func testCreatedFilesAreOwnerOnly() throws {
        let folder = TemporaryFolder()
        _ = try WorkspaceStore.create(at: folder.path + "/ws", with: Samples.workspace)
        for path in ["ws/annex.yaml", "ws/risks/R-001.yaml", "ws/audits/IA-2026-1/findings-aauditor.jsonl"] {
            let attributes = try FileManager.default.attributesOfItem(atPath: folder.file(path))
            XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600, path)
        }
        let folderAttributes = try FileManager.default.attributesOfItem(atPath: folder.file("ws/risks"))
        XCTAssertEqual((folderAttributes[.posixPermissions] as? NSNumber)?.intValue, 0o700)
    }

    func testCreateRefusesAnExistingWorkspace() throws {
        let folder = TemporaryFolder()
        _ = try WorkspaceStore.create(at: folder.path, with: Samples.workspace)
        let before = folder.read("annex.yaml")
        XCTAssertThrowsError(try WorkspaceStore.create(at: folder.path, with: Workspace.new(organisation: "Other"))) { error in
            XCTAssertTrue("\(error)".contains("already holds an Annex workspace"))
        }
        XCTAssertEqual(folder.read("annex.yaml"), before)
    }
}
