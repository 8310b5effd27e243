import Foundation
import XCTest

/// `annex import oscal` and `annex catalog frameworks|list|show|map` run as a user would.
final class OSCALCommandTests: XCTestCase {
    private static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/oscal").path
    private func fixture(_ name: String) -> String { Self.fixtures + "/" + name }

    private func workspace(in folder: TemporaryFolder) throws -> String {
        let path = folder.path + "/ws"
        let created = try AnnexBinary.run(["init", path])
        XCTAssertEqual(created.status, 0, created.stderr)
        return path
    }

    func testImportAddsTheFrameworkListedByCatalogFrameworks() throws {
        let folder = TemporaryFolder()
        let ws = try workspace(in: folder)
        let imported = try AnnexBinary.run(["import", "oscal", fixture("shapes.json"), "--id", "shapes", "--workspace", ws])
        XCTAssertEqual(imported.status, 0, imported.stderr)
        XCTAssertEqual(imported.stdout, "added shapes (Shapes Catalog): 8 controls (3 enhancements, 2 withdrawn) in 4 groups, as catalogs/shapes.json\n")
        let frameworks = try AnnexBinary.run(["catalog", "frameworks", "--workspace", ws])
        XCTAssertEqual(frameworks.status, 0, frameworks.stderr)
        let rows = frameworks.stdout.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true).map(String.init) }
        XCTAssertEqual(rows.map { $0.first }, ["ID", "iso27001-2022", "shapes"])
        XCTAssertEqual(rows[2].suffix(3), ["8", "2", "catalogs/shapes.json"])
        XCTAssertEqual(try AnnexBinary.run(["check", "--workspace", ws]).stdout.contains("catalogs/"), false)
    }

    func testAMalformedCatalogIsRefusedWithItsJSONPathAndNothingIsAdded() throws {
        let folder = TemporaryFolder()
        let ws = try workspace(in: folder)
        folder.write("bad.json", #"{"catalog": {"uuid": "u", "metadata": {"title": "T"}, "groups": [{"id": "g", "title": "G", "controls": [{"id": "a", "title": "A"}, {"title": "B"}]}]}}"#)
        let result = try AnnexBinary.run(["import", "oscal", folder.path + "/bad.json", "--workspace", ws])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stderr, "annex: \(folder.path)/bad.json: $.catalog.groups[0].controls[1]: id is missing: nothing was imported\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: ws + "/catalogs"))
    }

    func testReimportingPrintsWhatChanged() throws {
        let folder = TemporaryFolder()
        let ws = try workspace(in: folder)
        XCTAssertEqual(try AnnexBinary.run(["import", "oscal", fixture("shapes.json"), "--id", "shapes", "--workspace", ws]).status, 0)
        let again = try AnnexBinary.run(["import", "oscal", fixture("shapes.json"), "--id", "shapes", "--workspace", ws])
        XCTAssertTrue(again.stdout.hasSuffix("  no control was added, removed, withdrawn or retitled\n"), again.stdout)
        let baseline = try AnnexBinary.run(["import", "oscal", fixture("resolved-profile.json"), "--id", "shapes", "--workspace", ws])
        XCTAssertEqual(baseline.status, 0, baseline.stderr)
        XCTAssertEqual(baseline.stdout, """
            replaced shapes (Shapes Baseline (resolved)): 2 controls (1 enhancements, 0 withdrawn) in 1 groups, in catalogs/shapes.json
              6 removed: top-1, fam-1, fam-2.1.1, fam-2.2, fam-3, deep-1

            """)
    }

    func testAReimportThatWouldDropControlsTheWorkspaceCitesIsRefusedUnlessForced() throws {
        let folder = TemporaryFolder()
        let ws = try workspace(in: folder)
        XCTAssertEqual(try AnnexBinary.run(["import", "oscal", fixture("shapes.json"), "--id", "shapes", "--workspace", ws]).status, 0)
        try FileManager.default.createDirectory(atPath: ws + "/status", withIntermediateDirectories: true)
        folder.write("ws/status/shapes.yaml", "controls:\n- control: fam-1\n  status: implemented\n- control: fam-2\n  status: planned\n")
        try FileManager.default.createDirectory(atPath: ws + "/mappings", withIntermediateDirectories: true)
        folder.write("ws/mappings/iso27001-2022--shapes.yaml", "mappings:\n  - from: A.5.1\n    to: top-1\n    relation: equivalent\n")
        let before = folder.read("ws/catalogs/shapes.json")
        let refused = try AnnexBinary.run(["import", "oscal", fixture("resolved-profile.json"), "--id", "shapes", "--workspace", ws])
        XCTAssertEqual(refused.status, 1)
        XCTAssertEqual(refused.stderr, "annex: the new shapes removes or withdraws controls the workspace cites: status/shapes.yaml cites fam-1; "
                       + "mappings/iso27001-2022--shapes.yaml cites top-1. Nothing was imported: fix those files first, or import again with --force to replace it anyway\n")
        XCTAssertEqual(folder.read("ws/catalogs/shapes.json"), before, "the catalog on file is untouched")
        let forced = try AnnexBinary.run(["import", "oscal", fixture("resolved-profile.json"), "--id", "shapes", "--force", "--workspace", ws])
        XCTAssertEqual(forced.status, 0, forced.stderr)
        XCTAssertTrue(forced.stdout.hasPrefix("replaced shapes"), forced.stdout)
        let check = try AnnexBinary.run(["check", "--workspace", ws])
        XCTAssertTrue(check.stdout.contains("status/shapes.yaml:2: error: fam-1 is not a control of"), "and check says what now points at nothing: \(check.stdout)")
    }

    func testABrokenCatalogFileIsReportedByCheckAsPathAndProblem() throws {
        let folder = TemporaryFolder()
        let ws = try workspace(in: folder)
        try FileManager.default.createDirectory(atPath: ws + "/catalogs", withIntermediateDirectories: true)
        folder.write("ws/catalogs/broken.json", #"{"catalog": {"uuid": "u", "metadata": {"title": "T"}, "controls": [{"id": "a", "title": ["x"]}]}}"#)
        let check = try AnnexBinary.run(["check", "--workspace", ws])
        XCTAssertEqual(check.status, 1)
        XCTAssertTrue(check.stdout.contains("catalogs/broken.json: error: $.catalog.controls[0].title: expected a string, found an array\n"), check.stdout)
    }

    func testEveryFrameworkListsInOneJSONShape() throws {
        let folder = TemporaryFolder()
        let ws = try workspace(in: folder)
        XCTAssertEqual(try AnnexBinary.run(["import", "oscal", fixture("shapes.json"), "--id", "shapes", "--workspace", ws]).status, 0)
        var shapes: [Set<String>] = []
        for framework in ["iso27001-2022", "shapes"] {
            let json = try AnnexBinary.run(["catalog", "list", "--framework", framework, "--format", "json", "--workspace", ws])
            XCTAssertEqual(json.status, 0, json.stderr)
            let rows = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
            shapes.append(Set(rows[0].keys))
            if framework == "shapes" {
                let enhancement = try XCTUnwrap(rows.first { $0["id"] as? String == "fam-2.2" })
                XCTAssertEqual(enhancement["parent"] as? String, "fam-2")
                XCTAssertEqual(enhancement["group"] as? String, "fam")
                XCTAssertEqual(enhancement["withdrawn"] as? Bool, true)
                XCTAssertEqual(enhancement["title"] as? String, "Removal of temporary accounts")
            }
        }
        XCTAssertEqual(shapes[0], shapes[1])
        XCTAssertTrue(shapes[0].isSuperset(of: ["id", "title", "group", "parent", "withdrawn"]))
        let table = try AnnexBinary.run(["catalog", "list", "--framework", "shapes", "--workspace", ws])
        XCTAssertTrue(table.stdout.contains("fam-2.2    FAM-2(2)     fam           yes        Removal of temporary accounts\n"), table.stdout)
        let csv = try AnnexBinary.run(["catalog", "list", "--framework", "shapes", "--format", "csv", "--workspace", ws])
        XCTAssertEqual(csv.stdout.split(whereSeparator: \.isNewline).count, 9)
    }

    func testShowGivesTheStatementWithParametersGuidanceEnhancementsAndWithdrawals() throws {
        let folder = TemporaryFolder()
        let ws = try workspace(in: folder)
        XCTAssertEqual(try AnnexBinary.run(["import", "oscal", fixture("shapes.json"), "--id", "shapes", "--workspace", ws]).status, 0)
        let show = try AnnexBinary.run(["catalog", "show", "FAM-2", "--framework", "shapes", "--workspace", ws])
        XCTAssertEqual(show.status, 0, show.stderr)
        XCTAssertTrue(show.stdout.contains("""
            Statement:
              a. Review accounts [Assignment: frequency];
              b. Notify [Selection (one or more): [Assignment: personnel or roles]; the system owner] when accounts change; and
                1. [Selection: disable; remove] accounts no longer needed.
            """), show.stdout)
        XCTAssertTrue(show.stdout.contains("Guidance:\n  Accounts are reviewed so that no one keeps access they no longer need.\n"), show.stdout)
        XCTAssertTrue(show.stdout.contains("Enhancements:\n  FAM-2(1)  Automated account management\n  FAM-2(2)  Removal of temporary accounts  (withdrawn: incorporated into FAM-2)\n"), show.stdout)
        let withdrawn = try AnnexBinary.run(["catalog", "show", "fam-3", "--workspace", ws])
        XCTAssertTrue(withdrawn.stdout.contains("Withdrawn: moved to DP-1\n"), withdrawn.stdout)
        let iso = try AnnexBinary.run(["catalog", "show", "5.15"])
        XCTAssertTrue(iso.stdout.hasPrefix("5.15 (A.5.15)  Access control\nISO/IEC 27001:2022 control, in Organizational controls\n"), iso.stdout)
        let unknown = try AnnexBinary.run(["catalog", "show", "zz-9", "--workspace", ws])
        XCTAssertEqual(unknown.status, 1)
        XCTAssertEqual(unknown.stderr, "annex: no clause or control 'zz-9' in any framework\n")
    }

    func testTheBuiltInMappingFrom2013To2022IsListed() throws {
        let map = try AnnexBinary.run(["catalog", "map", "--from", "iso27001-2013", "--to", "iso27001-2022", "--format", "csv"])
        XCTAssertEqual(map.status, 0, map.stderr)
        let lines = map.stdout.split(whereSeparator: \.isNewline)
        XCTAssertEqual(lines.first, "from,relation,to,to_title,note")
        XCTAssertTrue(lines.contains("A.6.1.2,equivalent,A.5.3,Segregation of duties,"))
        XCTAssertTrue(lines.contains("A.18.2.3,intersects,A.5.36,\"Compliance with policies, rules and standards for information security\","), map.stdout)
        XCTAssertTrue(lines.contains("A.5.1.1,subset,A.5.1,Policies for information security,"))
        // Ordered by number: A.9 before A.10.
        XCTAssertLessThan(lines.firstIndex { $0.hasPrefix("A.9.1.1,") }!, lines.firstIndex { $0.hasPrefix("A.10.1.1,") }!)
        let none = try AnnexBinary.run(["catalog", "map", "--from", "iso27001-2022", "--to", "nist"])
        XCTAssertEqual(none.status, 1)
    }
}

/// Workspace mapping files through `annex catalog map` and `annex check`.
final class MappingCommandTests: XCTestCase {
    private static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/oscal").path

    func testAMappingFileIsListedEitherWayWithTheCoverageOfTheSoA() throws {
        let folder = TemporaryFolder()
        let ws = folder.path + "/ws"
        XCTAssertEqual(try AnnexBinary.run(["init", "--demo", ws]).status, 0)
        XCTAssertEqual(try AnnexBinary.run(["import", "oscal", Self.fixtures + "/shapes.json", "--id", "shapes", "--workspace", ws]).status, 0)
        try FileManager.default.createDirectory(atPath: ws + "/mappings", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Self.fixtures + "/iso27001-2022--shapes.yaml", toPath: ws + "/mappings/iso27001-2022--shapes.yaml")
        let soa = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(try AnnexBinary.run(["export", "soa", "--format", "json", "--workspace", ws]).stdout.utf8)) as? [[String: Any]])
        let status = Dictionary(soa.map { ($0["control"] as! String, $0["status"] as! String) }, uniquingKeysWith: { a, _ in a })
        let map = try AnnexBinary.run(["catalog", "map", "--from", "iso27001-2022", "--to", "shapes", "--workspace", ws])
        XCTAssertEqual(map.status, 0, map.stderr)
        XCTAssertTrue(map.stdout.contains("A.5.15  superset    fam-2    Account management            the access control policy covers account management\n"), map.stdout)
        // Computed the way the README says from the demo's SoA: only fam-1 (A.5.1 equivalent),
        // fam-2 (A.5.15 superset) and deep-1 (A.5.9 equivalent) can be covered; fam-2.1 at best partial.
        let whole = ["A.5.1", "A.5.15", "A.5.9"].filter { status[$0] == "implemented" }.count
        let part = ["A.5.18", "A.8.2"].contains { ["implemented", "partial"].contains(status[$0]) } ? 1 : 0
        let partials = part + ["A.5.1", "A.5.15", "A.5.9"].filter { status[$0] == "partial" }.count
        XCTAssertTrue(map.stdout.contains("Shapes Catalog covered by the SoA: \(whole * 100 / 4) % (\(whole) covered, \(partials) partial, \(4 - whole - partials) not covered of 4 mapped; 2 unmapped)"), map.stdout + "\n\(status)")
        let reversed = try AnnexBinary.run(["catalog", "map", "--from", "shapes", "--to", "iso27001-2022", "--format", "csv", "--workspace", ws])
        XCTAssertTrue(reversed.stdout.contains("fam-2.1,superset,A.8.2,Privileged access rights,"), reversed.stdout)
    }

    func testCheckReportsUnknownIdsInAMappingFileAsPathAndLine() throws {
        let folder = TemporaryFolder()
        let ws = folder.path + "/ws"
        XCTAssertEqual(try AnnexBinary.run(["init", ws]).status, 0)
        try FileManager.default.createDirectory(atPath: ws + "/mappings", withIntermediateDirectories: true)
        folder.write("ws/mappings/iso27001-2013--iso27001-2022.yaml", "mappings:\n  - from: A.9.2.3\n    to: A.8.2\n    relation: equivalent\n  - from: A.9.9.9\n    to: A.8.2\n    relation: subset\n")
        let check = try AnnexBinary.run(["check", "--workspace", ws])
        XCTAssertEqual(check.status, 1)
        XCTAssertTrue(check.stdout.contains("mappings/iso27001-2013--iso27001-2022.yaml:5: error: 'A.9.9.9' is not a control of iso27001-2013\n"), check.stdout)
    }
}
