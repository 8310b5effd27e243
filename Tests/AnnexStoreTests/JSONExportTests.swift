import AnnexDomain
import AnnexStore
import Foundation
import XCTest

/// `--format json`: the exact bytes scripts read, and text that survives the trip through JSON.
final class JSONExportTests: XCTestCase {
    private let controls = (0..<0x20).map { String(Unicode.Scalar(UInt8($0))) }.joined()

    func testEveryControlCharacterQuoteAndBackslashIsEscapedAndSlashesAreNot() {
        let table = ExportTable(columns: ["text"], rows: [[.text(controls + "\"\\/" + "</script>")]])
        let escaped = #"\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000b\f\r\u000e\u000f"#
            + #"\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f"#
            + #"\"\\/</script>"#
        XCTAssertEqual(ExportFormat.json.render(table), "[\n  {\n    \"text\" : \"\(escaped)\"\n  }\n]\n")
    }

    func testTextBeyondASCIIIsWrittenAsItIsNeitherEscapedNorNormalised() {
        // A byte order mark first, U+2028/U+2029 (line and paragraph separators), DEL, a family emoji (ZWJ sequence), a flag,
        // a decomposed é (e + combining acute) beside a precomposed one, stacked combining marks.
        let text = "\u{FEFF}a\u{2028}b\u{2029}c\u{7F}👩‍👩‍👧🇩🇪e\u{301}é" + "Z\u{35C}\u{336}\u{489}" + "中文"
        let output = ExportFormat.json.render(ExportTable(columns: ["t"], rows: [[.text(text)]]))
        let expected = "[\n  {\n    \"t\" : \"" + text + "\"\n  }\n]\n"
        XCTAssertEqual(Array(output.utf8), Array(expected.utf8))
    }

    func testKeysInSortedOrderWithTypedValuesAndEmptyContainersAsBefore() {
        let table = ExportTable(columns: ["title", "id", "a10", "a2", "ID", "withdrawn", "level", "due", "into", "parent", "Ä"],
                                rows: [[.text("Policies"), .text("A.5.1"), .flag(false), .flag(true), .number(-7), .flag(true),
                                        .number(2), .day(Day("2026-11-29")!), .list([]), .none, .list(["x", "y/z"])],
                                       [.text("short row")]])
        XCTAssertEqual(ExportFormat.json.render(table), """
            [
              {
                "Ä" : [
                  "x",
                  "y/z"
                ],
                "a2" : true,
                "a10" : false,
                "due" : "2026-11-29",
                "id" : "A.5.1",
                "ID" : -7,
                "into" : [

                ],
                "level" : 2,
                "parent" : null,
                "title" : "Policies",
                "withdrawn" : true
              },
              {
                "title" : "short row"
              }
            ]

            """)
        XCTAssertEqual(ExportFormat.json.render(ExportTable(columns: ["id"])), "[\n\n]\n")
        XCTAssertEqual(ExportFormat.json.render(ExportTable(columns: [], rows: [[]])), "[\n  {\n\n  }\n]\n")
    }

    func testHostileTextParsesBackToTheSameScalars() throws {
        // A byte order mark is not first in any of them: Foundation's reader drops one that opens
        // a string (the bytes written hold it: see the test above).
        let hostile = [controls, "\"\\\"\\\\", "a\u{2028}\u{2029}b", "👩‍👩‍👧🇩🇪", "e\u{301}", "é", "x\u{FEFF}\u{202E}rtl", "", "\\u0041", "/*/"]
        let table = ExportTable(columns: hostile.indices.map { "k\($0)" } + ["n", "list"],
                                rows: [hostile.map(ExportValue.text) + [.number(Int.min), .list(hostile)]])
        let data = Data(ExportFormat.json.render(table).utf8)
        let rows = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        XCTAssertEqual(rows.count, 1)
        let scalars = { (text: String?) in text.map { Array($0.unicodeScalars) } }
        for (index, text) in hostile.enumerated() {
            XCTAssertEqual(scalars(rows[0]["k\(index)"] as? String), scalars(text), "k\(index)")
        }
        XCTAssertEqual((rows[0]["list"] as? [String])?.map { Array($0.unicodeScalars) }, hostile.map { Array($0.unicodeScalars) })
        XCTAssertEqual(rows[0]["n"] as? Int, Int.min)
    }

    /// Earlier versions wrote JSON through Foundation: the same tables give the same bytes.
    func testTheSameBytesAsFoundationsPrettySortedJSON() throws {
        var tables = [Exports.soa(Samples.workspace), Exports.risks(Samples.workspace), Exports.findings(Samples.workspace),
                      Exports.actions(Samples.workspace)]
        let columns = ["id", "ID", "Id", "a2", "a10", "a-b", "a_b", "ab", "é", "e\u{301}x", "Ä", "z", "", "title", "id"]
        var random = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let names = (0..<Int.random(in: 0...6, using: &random)).map { _ in columns.randomElement(using: &random)! }
            let rows = (0..<Int.random(in: 0...3, using: &random)).map { _ in
                (0..<Int.random(in: 0...names.count + 1, using: &random)).map { _ in randomValue(using: &random) }
            }
            tables.append(ExportTable(columns: names, rows: rows))
        }
        XCTAssertGreaterThan(tables[0].rows.count, 0)
        for table in tables {
            XCTAssertEqual(Array(ExportFormat.json.render(table).utf8), Array(try foundation(table).utf8), "\(table)")
        }
    }

    private func randomValue(using random: inout SystemRandomNumberGenerator) -> ExportValue {
        let pieces = [controls, "\"", "\\", "/", "é", "e\u{301}", "\u{2028}", "😀", "a", " "]
        let text = (0..<Int.random(in: 0...4, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
        switch Int.random(in: 0..<6, using: &random) {
        case 0: return .number(Int.random(in: Int.min...Int.max, using: &random))
        case 1: return .flag(Bool.random(using: &random))
        case 2: return .list(Array(repeating: text, count: Int.random(in: 0...2, using: &random)))
        case 3: return .day(Day("2026-02-28")!)
        case 4: return .none
        default: return .text(text)
        }
    }

    private func foundation(_ table: ExportTable) throws -> String {
        let objects: [[String: Any]] = table.rows.map { row in
            var object: [String: Any] = [:]
            for (column, value) in zip(table.columns, row) {
                switch value {
                case .text(let text): object[column] = text
                case .number(let number): object[column] = number
                case .flag(let flag): object[column] = flag
                case .list(let items): object[column] = items
                case .day(let day): object[column] = day.description
                case .none: object[column] = NSNull()
                }
            }
            return object
        }
        let data = try JSONSerialization.data(withJSONObject: objects, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
