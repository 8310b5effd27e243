import AnnexDomain
@testable import AnnexStore
import Foundation
import XCTest

/// Importing catalogs into a real workspace folder: the file as given, atomic, replaced with a
/// summary, refused whole when malformed, and broken files reported by the load.
final class CatalogImportTests: XCTestCase {
    private func workspace() throws -> (TemporaryFolder, WorkspaceStore) {
        let folder = TemporaryFolder()
        let store = try WorkspaceStore.create(at: folder.file("ws"), with: Workspace.new(organisation: "Test"))
        return (folder, store)
    }

    func testAnImportedCatalogIsStoredAsGivenAndLoadedBesideTheBuiltInOne() throws {
        let (folder, store) = try workspace()
        let data = try OSCALCatalogReaderTests.fixture("shapes.json")
        let result = try store.importCatalog(data, id: "shapes", title: nil)
        XCTAssertNil(result.changes)
        XCTAssertEqual(result.path, "catalogs/shapes.json")
        XCTAssertEqual(FileManager.default.contents(atPath: folder.file("ws/catalogs/shapes.json")), data)
        let loaded = try store.load()
        XCTAssertEqual(loaded.workspace.catalog.frameworks.map(\.id), ["iso27001-2022", "shapes"])
        XCTAssertEqual(loaded.workspace.catalog.framework("shapes")?.title, "Shapes Catalog")
        XCTAssertEqual(loaded.workspace.catalog.resolve("FAM-2(1)", in: "shapes")?.title, "Automated account management")
        XCTAssertEqual(loaded.issues, [])
    }

    func testATitleGivenAtImportIsKeptBesideTheUntouchedFile() throws {
        let (folder, store) = try workspace()
        _ = try store.importCatalog(try OSCALCatalogReaderTests.fixture("shapes.json"), id: "shapes", title: "Our shapes")
        XCTAssertEqual(folder.read("ws/catalogs/shapes.title"), "Our shapes\n")
        XCTAssertEqual(try store.load().workspace.catalog.framework("shapes")?.title, "Our shapes")
    }

    func testAMalformedCatalogAddsNothing() throws {
        let (folder, store) = try workspace()
        XCTAssertThrowsError(try store.importCatalog(Data(#"{"catalog": {"uuid": "u", "metadata": {"title": "T"}, "controls": [{"title": "x"}]}}"#.utf8), id: "bad", title: nil)) { error in
            XCTAssertEqual((error as? OSCALError)?.description, "$.catalog.controls[0]: id is missing")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.file("ws/catalogs")))
        XCTAssertThrowsError(try store.importCatalog(try OSCALCatalogReaderTests.fixture("shapes.json"), id: "iso27001-2022", title: nil))
        XCTAssertThrowsError(try store.importCatalog(try OSCALCatalogReaderTests.fixture("shapes.json"), id: "../escape", title: nil))
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.file("ws/catalogs")))
    }

    func testReimportingSaysWhatWasAddedRemovedAndWithdrawn() throws {
        let (folder, store) = try workspace()
        let first = try OSCALCatalogReaderTests.fixture("shapes.json")
        _ = try store.importCatalog(first, id: "shapes", title: nil)
        var text = String(decoding: first, as: UTF8.self)
        // fam-1 is withdrawn, deep-1 removed (its group left empty), fam-4 added.
        text = text.replacingOccurrences(of: #"{ "name": "label", "value": "FAM-1" }, { "name": "sort-id", "value": "fam-01" } ]"#,
                                         with: #"{ "name": "label", "value": "FAM-1" }, { "name": "status", "value": "withdrawn" } ]"#)
        text = text.replacingOccurrences(of: #""controls": [ { "id": "deep-1", "title": "Deep control", "props": [ { "name": "label", "value": "DP-1" } ] } ]"#,
                                         with: #""controls": [ { "id": "fam-4", "title": "New control" } ]"#)
        let result = try store.importCatalog(Data(text.utf8), id: "shapes", title: nil)
        let changes = try XCTUnwrap(result.changes)
        XCTAssertEqual(changes.added, ["fam-4"])
        XCTAssertEqual(changes.removed, ["deep-1"])
        XCTAssertEqual(changes.withdrawn, ["fam-1"])
        XCTAssertEqual(folder.read("ws/catalogs/shapes.json"), text)
        XCTAssertNotNil(try store.load().workspace.catalog.framework("shapes")?.item("fam-4"))
    }

    func testABrokenCatalogFileIsReportedAndNeverOverwritten() throws {
        let (folder, store) = try workspace()
        folder.write("ws/catalogs/broken.json", #"{"catalog": {"uuid": "u", "metadata": {"title": "T"}, "groups": [{"title": "G", "controls": [{"id": "a"}]}]}}"#)
        let loaded = try store.load()
        XCTAssertEqual(loaded.issues.map(\.description), ["catalogs/broken.json: $.catalog.groups[0].controls[0]: title is missing"])
        XCTAssertTrue(loaded.unreadable.contains("catalogs/broken.json"))
        XCTAssertEqual(loaded.workspace.catalog.frameworks.map(\.id), ["iso27001-2022"])
        XCTAssertThrowsError(try store.importCatalog(try OSCALCatalogReaderTests.fixture("shapes.json"), id: "broken", title: nil)) { error in
            XCTAssertTrue("\(error)".hasPrefix("catalogs/broken.json: cannot be read ($.catalog.groups[0].controls[0]: title is missing)"), "\(error)")
        }
        XCTAssertTrue(folder.read("ws/catalogs/broken.json")!.contains(#"{"id": "a"}"#))
    }
}
