@testable import AnnexDomain
@testable import AnnexStore
import Foundation
import XCTest

/// The first frame reads `annex.yaml` and `soa.yaml` from the parse cache when they have not
/// changed: what it shows, and what the load then takes from it, must be what parsing gives.
final class OutlineCacheTests: XCTestCase {
    private let today = Day("2026-11-29")!

    func testAnUnchangedOutlineComesFromTheCacheAndGivesWhatParsingGives() throws {
        let folder = TemporaryFolder()
        let store = try WorkspaceStore.create(at: folder.path, with: DemoOrganisation.make(today: today))
        waitOutTheRacyWindow()
        let parsed = try store.loadOutline(cached: true)
        XCTAssertEqual(parsed.cachedFiles, 0, "nothing cached before the first load")
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.file(".annex-cache/outline")), "the outline itself writes nothing")
        _ = try store.load(cached: true, outline: parsed)
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.file(".annex-cache/outline")), "the load saves it")

        let cached = try store.loadOutline(cached: true)
        XCTAssertEqual(cached.cachedFiles, 2)
        XCTAssertEqual(cached.workspace, parsed.workspace)
        XCTAssertEqual(cached.config.0, parsed.config.0)
        XCTAssertEqual(cached.config.2, parsed.config.2)
        XCTAssertEqual(cached.config.1.lines.entries, parsed.config.1.lines.entries, "annex.yaml's lines, for check's messages")
        let (one, other) = (try XCTUnwrap(cached.soa), try XCTUnwrap(parsed.soa))
        XCTAssertEqual(one.soa, other.soa)
        XCTAssertEqual(Set(one.sources.keys), Set(other.sources.keys))
        for (subject, source) in other.sources {
            XCTAssertEqual(one.sources[subject]?.line, source.line, "\(subject)")
            XCTAssertEqual(one.sources[subject]?.lines.entries, source.lines.entries, "\(subject)")
        }
        // The load handed the cached outline reports the same problems at the same lines.
        let truth = try store.load()
        let loaded = try store.load(cached: true, outline: cached)
        XCTAssertEqual(loaded.workspace, truth.workspace)
        XCTAssertEqual(loaded.issues, truth.issues)
        let problems = ISMSChecker(today: today).problems(in: truth.workspace)
        XCTAssertEqual(problems.map(loaded.issue(for:)), problems.map(truth.issue(for:)))
    }

    func testAnSoAChangedAfterTheCacheWasWrittenIsParsedAgain() throws {
        let folder = TemporaryFolder()
        let store = try WorkspaceStore.create(at: folder.path, with: DemoOrganisation.make(today: today))
        waitOutTheRacyWindow()
        _ = try store.load(cached: true, outline: try store.loadOutline(cached: true))
        let soa = try XCTUnwrap(folder.read("soa.yaml"))
        let old = "notes: Policy v3.2 approved by the board; topic policies cascade from it."
        XCTAssertTrue(soa.contains(old))
        folder.write("soa.yaml", soa.replacingOccurrences(of: old, with: "notes: edited in vim"))

        let outline = try store.loadOutline(cached: true)
        XCTAssertEqual(outline.cachedFiles, 1, "annex.yaml from the cache, soa.yaml parsed")
        XCTAssertEqual(outline.workspace.soa["A.5.1"]?.notes, "edited in vim")
    }

    func testADamagedOutlineCacheIsIgnoredAndAReadOnlySessionWritesNone() throws {
        let folder = TemporaryFolder()
        let store = try WorkspaceStore.create(at: folder.path, with: DemoOrganisation.make(today: today))
        waitOutTheRacyWindow()
        _ = try store.load(cached: true, savingCache: false, outline: try store.loadOutline(cached: true))
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.file(".annex-cache/outline")), "read-only: nothing written")

        let truth = try store.loadOutline()
        _ = try store.load(cached: true, outline: try store.loadOutline(cached: true))
        let path = folder.file(".annex-cache/outline")
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        bytes[bytes.count / 2] ^= 0x41
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let outline = try store.loadOutline(cached: true)
        XCTAssertEqual(outline.cachedFiles, 0, "a cache failing its checksum is not used")
        XCTAssertEqual(outline.workspace, truth.workspace)
    }

    /// Every field of the configuration and of an SoA entry survives the cache. When a field is
    /// added to one of them, the counts below fail: add it to `CachedOutline` too.
    func testEveryFieldOfTheConfigurationAndOfAnEntrySurvivesTheCache() throws {
        let config = WorkspaceConfig(
            schema: 1, organisation: "Wrocław “Depot” GmbH", scope: "All sites\nand the cloud",
            frameworks: [ISO27001.frameworkID, "nist-800-53"],
            riskMatrix: RiskMatrix(likelihood: ["a", "b", "c"], impact: ["x", "y", "z"],
                                   levels: [RiskLevel(id: "low", name: "Low", maxScore: 3), RiskLevel(id: "high", name: "High")],
                                   cells: [["low", "low", "high"], ["low", "high", "high"], ["high", "high", "high"]], acceptanceFrom: "high"),
            people: [Person(id: "jweiss", name: "Jürgen Weiß", role: "CISO", email: "j@example.com"), Person(id: "x", name: "X")],
            soaDocument: SoADocumentInfo(version: "2.1", date: Day("2026-10-25"), approval: SoAApproval(by: "jweiss", role: "CISO", on: Day("2026-10-26")!))
        )
        XCTAssertEqual(Mirror(reflecting: config).children.count, 7)
        XCTAssertEqual(Mirror(reflecting: config.riskMatrix).children.count, 5)
        XCTAssertEqual(Mirror(reflecting: config.riskMatrix.levels[0]).children.count, 3)
        XCTAssertEqual(Mirror(reflecting: config.people[0]).children.count, 4)
        XCTAssertEqual(Mirror(reflecting: config.soaDocument).children.count, 3)
        let warning = FileIssue(.warning, path: "annex.yaml", line: 4, "unknown key 'colour'")
        var reader = try CacheReader(CachedOutline.configPayload(config, warnings: [warning], lines: LineIndex()))
        let (read, source, warnings) = try CachedOutline.readConfig(from: &reader)
        XCTAssertEqual(read, config)
        XCTAssertEqual(warnings, [warning])
        XCTAssertEqual(source.path, "annex.yaml")

        let entry = SoAEntry(control: "A.5.1", applicable: false, justification: "No such thing", status: .partial, owner: "jweiss",
                             evidence: ["EV-1", "EV-2"], notes: "Line one\nline two", reviewed: Day("2026-11-01"),
                             reasons: [.legal, .riskTreatment], framework: "nist-800-53")
        XCTAssertEqual(Mirror(reflecting: entry).children.count, 10)
        let parsed = ParsedSoA(soa: StatementOfApplicability(entries: [entry]), sources: [.soa(control: "A.5.1"): RecordSource(path: "soa.yaml", line: 3, lines: LineIndex())])
        var soaReader = try CacheReader(CachedOutline.soaPayload(parsed))
        let back = try CachedOutline.readSoA(from: &soaReader)
        XCTAssertEqual(back.soa, parsed.soa)
        XCTAssertEqual(back.sources[.soa(control: "A.5.1")]?.line, 3)
    }

    private func waitOutTheRacyWindow() {
        Thread.sleep(forTimeInterval: Double(ParseCache.racyWindowNanoseconds) / 1e9 + 0.1)
    }
}
