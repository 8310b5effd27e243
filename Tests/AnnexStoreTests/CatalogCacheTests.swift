import AnnexDomain
@testable import AnnexStore
import Foundation
import XCTest

/// Imported catalogs in the parse cache (`.annex-cache/catalogs`): read back as parsing the
/// JSON gives them, never trusted once the catalog file changed, and ignored when damaged.
final class CatalogCacheTests: XCTestCase {
    private func workspace() throws -> (TemporaryFolder, WorkspaceStore, Framework) {
        let folder = TemporaryFolder()
        let store = try WorkspaceStore.create(at: folder.path + "/ws", with: Workspace.new(organisation: "Test"))
        let imported = try store.importCatalog(try OSCALCatalogReaderTests.fixture("shapes.json"), id: "shapes", title: nil)
        // The cache does not keep a file changed within its racy window.
        Thread.sleep(forTimeInterval: Double(ParseCache.racyWindowNanoseconds) / 1e9 + 0.1)
        return (folder, store, imported.framework)
    }

    private func fresh(_ store: WorkspaceStore) -> Framework? {
        CatalogFiles.forgetParses()
        return store.loadCatalog().catalog.framework("shapes")
    }

    private func assertSameParse(_ a: Framework?, _ b: Framework?, _ why: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(a?.items, b?.items, why, file: file, line: line)
        XCTAssertEqual(a?.groups, b?.groups, why, file: file, line: line)
        XCTAssertEqual(a?.sharedParameters, b?.sharedParameters, why, file: file, line: line)
        XCTAssertEqual(a?.title, b?.title, why, file: file, line: line)
        XCTAssertEqual(a?.revision, b?.revision, why, file: file, line: line)
    }

    func testACachedCatalogReadsBackAsItsParse() throws {
        let (folder, store, parsed) = try workspace()
        let before = CatalogFiles.parses
        assertSameParse(fresh(store), parsed, "parsed from the JSON")
        XCTAssertEqual(CatalogFiles.parses, before + 1)
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.path + "/ws/.annex-cache/catalogs"), "the parse was kept")
        assertSameParse(fresh(store), parsed, "read from the cache")
        XCTAssertEqual(CatalogFiles.parses, before + 1, "the second start did not parse the JSON")
    }

    func testAChangedCatalogIsParsedAgainAndATitleFileStillApplies() throws {
        let (folder, store, _) = try workspace()
        _ = fresh(store)
        let path = folder.path + "/ws/catalogs/shapes.json"
        let text = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "\"Account management\"", with: "\"Account management, revised\"")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        XCTAssertEqual(fresh(store)?.item("fam-2")?.title, "Account management, revised", "a new signature: parsed anew")
        try "Our own title\n".write(toFile: folder.path + "/ws/catalogs/shapes.title", atomically: true, encoding: .utf8)
        XCTAssertEqual(fresh(store)?.title, "Our own title")
    }

    func testADamagedCacheIsIgnored() throws {
        let (folder, store, parsed) = try workspace()
        _ = fresh(store)
        let cache = folder.path + "/ws/.annex-cache/catalogs"
        var bytes = try XCTUnwrap(FileManager.default.contents(atPath: cache))
        for index in stride(from: 20, to: bytes.count - 8, by: 7) { bytes[index] ^= 0x5A }
        try bytes.write(to: URL(fileURLWithPath: cache))
        let before = CatalogFiles.parses
        assertSameParse(fresh(store), parsed, "a damaged cache fails its checksum and the JSON is read")
        XCTAssertEqual(CatalogFiles.parses, before + 1)
    }
}
