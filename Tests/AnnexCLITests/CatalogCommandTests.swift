import Foundation
import XCTest

final class CatalogCommandTests: XCTestCase {
    private func reference() throws -> [String: Any] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../AnnexDomainTests/Fixtures/iso27001-2022.json").standardizedFileURL
        return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    }

    func testJSONListsEveryClauseAndExactlyThe93ControlsOfTheReference() throws {
        let result = try AnnexBinary.run(["catalog", "list", "--framework", "iso27001-2022", "--format", "json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let rows = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let reference = try reference()
        let clauses = try XCTUnwrap(reference["clauses"] as? [[String: Any]])
        let controls = try XCTUnwrap(reference["annex_a"] as? [[String: Any]])

        let clauseRows = rows.filter { $0["kind"] as? String == "clause" }
        XCTAssertEqual(clauseRows.map { $0["id"] as? String }, clauses.map { $0["id"] as? String })
        XCTAssertEqual(clauseRows.map { $0["title"] as? String }, clauses.map { $0["title"] as? String })

        let controlRows = rows.filter { $0["kind"] as? String == "control" }
        XCTAssertEqual(controlRows.count, 93)
        XCTAssertEqual(controlRows.map { $0["id"] as? String }, controls.map { "A." + ($0["id"] as! String) })
        XCTAssertEqual(controlRows.map { $0["title"] as? String }, controls.map { $0["title"] as? String })
        XCTAssertEqual(controlRows.map { $0["theme"] as? String }, controls.map { $0["theme"] as? String })
        for row in controlRows {
            XCTAssertFalse((row["guidance"] as? String ?? "").isEmpty)
            XCTAssertTrue((2...4).contains((row["audit_questions"] as? [String])?.count ?? 0))
        }
    }

    func testTableIsReadableAndCSVHasAHeader() throws {
        let table = try AnnexBinary.run(["catalog", "list"])
        XCTAssertEqual(table.status, 0)
        XCTAssertTrue(table.stdout.hasPrefix("ID"))
        XCTAssertTrue(table.stdout.contains("A.5.15  control  organizational  Access control"))
        let csv = try AnnexBinary.run(["catalog", "list", "--format", "csv"])
        XCTAssertTrue(csv.stdout.hasPrefix("framework,id,kind,level,title,theme"))
    }

    func testUnknownFrameworkIsAClearError() throws {
        let result = try AnnexBinary.run(["catalog", "list", "--framework", "nist-9000"])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("unknown framework 'nist-9000'"), result.stderr)
        XCTAssertTrue(result.stdout.isEmpty)
    }
}
