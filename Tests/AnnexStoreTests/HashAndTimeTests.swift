@testable import AnnexStore
import Foundation
import XCTest

final class HashAndTimeTests: XCTestCase {
    func testSHA256MatchesKnownVectors() {
        XCTAssertEqual(SHA256.hex(of: Data()), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        XCTAssertEqual(SHA256.hex(of: Data("abc".utf8)), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(
            SHA256.hex(of: Data("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        )
        XCTAssertEqual(SHA256.hex(of: Data(repeating: 0x61, count: 1_000)), "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }

    func testTimestampsRoundTripToTheMillisecond() {
        for seconds in [0.0, 1_796_000_000.125, 951_782_400.999, -86_400.5] {
            let date = Date(timeIntervalSince1970: seconds)
            let text = Timestamp.format(date)
            XCTAssertEqual(Timestamp.parse(text)?.timeIntervalSince1970 ?? .nan, seconds, accuracy: 0.0005, text)
        }
        XCTAssertEqual(Timestamp.format(Date(timeIntervalSince1970: 1_796_000_000.125)), "2026-11-30T00:53:20.125Z")
        XCTAssertNotNil(Timestamp.parse("2026-11-29T10:00:00Z"))
        XCTAssertNil(Timestamp.parse("2026-11-29 10:00:00Z"))
        XCTAssertNil(Timestamp.parse("2026-11-29T25:00:00Z"))
        XCTAssertNil(Timestamp.parse("2026-11-29T10:00:00+01:00"))
    }

    func testCSVQuotesAndDefusesFormulas() {
        let table = ExportTable(columns: ["a", "b"], rows: [[.text("=HYPERLINK(\"x\")"), .text("a,b\nc")], [.text("-12"), .number(-3)]])
        XCTAssertEqual(ExportFormat.csv.render(table), "a,b\r\n\"'=HYPERLINK(\"\"x\"\")\",\"a,b\nc\"\r\n-12,-3\r\n")
        XCTAssertEqual(ExportFormat.md.render(table), "| a | b |\n| --- | --- |\n| =HYPERLINK(\"x\") | a,b<br>c |\n| -12 | -3 |\n")
    }
}
