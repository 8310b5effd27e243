import AnnexDomain
@testable import AnnexStore
import Foundation
import XCTest

/// `mappings/<a>--<b>.yaml` written by hand: read with relations and notes, problems as path:line.
final class MappingFileTests: XCTestCase {
    private func catalog() throws -> Catalog {
        Catalog.builtIn.with(try OSCALCatalogReader.read(OSCALCatalogReaderTests.fixture("shapes.json"), id: "shapes").framework)
    }

    private func handWritten() throws -> String {
        String(decoding: try XCTUnwrap(FileManager.default.contents(atPath: OSCALCatalogReaderTests.fixtures + "/iso27001-2022--shapes.yaml")), as: UTF8.self)
    }

    func testAHandWrittenFileIsReadWithRelationsNotesAndLines() throws {
        let (mapping, issues) = try MappingFiles.read(try handWritten(), path: "mappings/iso27001-2022--shapes.yaml", catalog: try catalog())
        XCTAssertEqual(issues, [])
        XCTAssertEqual(mapping.from, "iso27001-2022")
        XCTAssertEqual(mapping.to, "shapes")
        XCTAssertEqual(mapping.entries.map(\.relation), [.superset, .intersects, .subset, .equivalent, .equivalent])
        XCTAssertEqual(mapping.entries[0], MappingEntry(from: "A.5.15", to: "fam-2", relation: .superset,
                                                        note: "the access control policy covers account management", line: 3))
    }

    func testUnknownIdsAreErrorsAtTheirLineAndLeftOut() throws {
        let text = "mappings:\n  - from: A.5.15\n    to: fam-2\n    relation: equivalent\n  - from: A.5.99\n    to: fam-9\n    relation: subset\n    notes: typo\n"
        let (mapping, issues) = try MappingFiles.read(text, path: "mappings/iso27001-2022--shapes.yaml", catalog: try catalog())
        XCTAssertEqual(issues.map(\.description), [
            "mappings/iso27001-2022--shapes.yaml:8: unknown key 'notes' is ignored",
            "mappings/iso27001-2022--shapes.yaml:5: 'A.5.99' is not a control of iso27001-2022",
            "mappings/iso27001-2022--shapes.yaml:6: 'fam-9' is not a control of shapes",
        ])
        XCTAssertEqual(mapping.entries.map(\.from), ["A.5.15"])
    }

    func testALabelTypedForAnIdIsNamedAndAPairMappedTwiceIsSaid() throws {
        let text = "mappings:\n  - from: 5.15\n    to: fam-2\n    relation: equivalent\n  - from: A.5.15\n    to: fam-2\n    relation: subset\n  - from: A.5.15\n    to: fam-2\n    relation: superset\n"
        let (mapping, issues) = try MappingFiles.read(text, path: "mappings/iso27001-2022--shapes.yaml", catalog: try catalog())
        XCTAssertEqual(issues.map(\.description), [
            "mappings/iso27001-2022--shapes.yaml:2: '5.15' is not a control of iso27001-2022 (did you mean A.5.15?)",
            "mappings/iso27001-2022--shapes.yaml:8: A.5.15 to fam-2 is mapped twice (first at line 5): coverage reads both",
        ])
        XCTAssertEqual(mapping.entries.count, 2)
    }

    func testBadRelationsFileNamesAndFrameworksAreRefusedWithALine() throws {
        let catalog = try catalog()
        func problem(_ text: String, _ path: String = "mappings/iso27001-2022--shapes.yaml") -> String {
            do { _ = try MappingFiles.read(text, path: path, catalog: catalog); return "none" } catch { return "\(error)" }
        }
        XCTAssertEqual(problem("mappings:\n  - from: A.5.15\n    to: fam-2\n    relation: same\n"),
                       "mappings/iso27001-2022--shapes.yaml:4: 'relation' must be one of equivalent, subset, superset, intersects, not 'same'")
        XCTAssertEqual(problem("mappings:\n  - from: A.5.15\n    relation: subset\n"), "mappings/iso27001-2022--shapes.yaml:2: 'to' is required")
        XCTAssertEqual(problem("mappings: [", "mappings/iso27001-2022--shapes.yaml").hasPrefix("mappings/iso27001-2022--shapes.yaml:"), true)
        XCTAssertEqual(problem("mappings: []\n", "mappings/shapes.yaml"),
                       "mappings/shapes.yaml:1: the file name must be <from>--<to>.yaml, naming two frameworks (annex catalog frameworks lists them)")
        XCTAssertEqual(problem("mappings: []\n", "mappings/iso27001-2022--nist.yaml"),
                       "mappings/iso27001-2022--nist.yaml:1: no framework 'nist' in the workspace (annex catalog frameworks lists them)")
    }

    func testTheLoadReadsMappingsAndReportsTheirProblems() throws {
        let folder = TemporaryFolder()
        let store = try WorkspaceStore.create(at: folder.file("ws"), with: Workspace.new(organisation: "Test"))
        _ = try store.importCatalog(OSCALCatalogReaderTests.fixture("shapes.json"), id: "shapes", title: nil)
        folder.write("ws/mappings/iso27001-2022--shapes.yaml", try handWritten())
        folder.write("ws/mappings/shapes--iso27001-2022.yaml", "mappings:\n  - from: fam-3\n    to: A.1.1\n    relation: subset\n")
        let loaded = try store.load()
        XCTAssertEqual(loaded.workspace.mappings.map(\.entries.count), [5, 0])
        XCTAssertEqual(loaded.issues.map(\.description), [
            "mappings/shapes--iso27001-2022.yaml:3: 'A.1.1' is not a control of iso27001-2022",
            "mappings/iso27001-2022--shapes.yaml:1: mappings/shapes--iso27001-2022.yaml maps the same two frameworks the other way: keep one file, each direction reads its own",
        ])
    }
}
