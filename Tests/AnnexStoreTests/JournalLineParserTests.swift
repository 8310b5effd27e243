import AnnexDomain
@testable import AnnexStore
import Foundation
import XCTest

/// The fast journal parser must read every line exactly as JSONDecoder does, or give up.
final class JournalLineParserTests: XCTestCase {
    private func slow(_ text: String) -> JournalCodec.Line? {
        try? JSONDecoder().decode(JournalCodec.Line.self, from: Data(text.utf8))
    }

    private func fast(_ text: String) -> JournalCodec.Line? {
        JournalLineParser.parse(ArraySlice(Array(text.utf8)))
    }

    /// Random text with what makes JSON strings hard: quotes, backslashes, slashes, control
    /// characters, non-ASCII letters, CJK, emoji with joiners, astral planes.
    private func hostileText(_ generator: inout SeededBytes) -> String {
        let pieces = ["\"", "\\", "/", "\n", "\r", "\t", "\u{0}", "\u{1B}[2J", "\u{7F}", "ü", "Ł", "情報", "👩‍👩‍👧", "𝄞", "\u{2028}", " ", "a", "Z9", "'", "<b>", "é"]
        return (0..<generator.below(12)).map { _ in pieces[generator.below(pieces.count)] }.joined()
    }

    func testEveryEncodedEventIsReadTheSameWayByBothParsers() throws {
        var generator = SeededBytes(seed: 20_261_129)
        let t0 = Date(timeIntervalSince1970: 1_795_000_000)
        for round in 0..<3_000 {
            let sample: AuditSample? = generator.below(3) == 0 ? AuditSample(
                population: hostileText(&generator), populationSize: generator.below(1_000), size: generator.below(50), method: "seeded-random",
                seed: generator.below(2) == 0 ? nil : UInt64.max - UInt64(generator.below(1_000)), items: (0..<generator.below(4)).map { _ in hostileText(&generator) }
            ) : nil
            let finding = Finding(
                id: "F-\(round)", item: "A.8.8", classification: FindingClass.allCases[generator.below(5)], statement: hostileText(&generator),
                evidence: hostileText(&generator), interviewee: hostileText(&generator), role: hostileText(&generator),
                method: AuditMethod.allCases[generator.below(3)], sample: sample, auditor: "anna", at: t0.addingTimeInterval(Double(round))
            )
            let events: [AuditEvent] = [
                .logged(finding), .edited(finding),
                .withdrawn(findingID: finding.id, reason: hostileText(&generator), by: "anna", at: t0),
                .itemMarked(item: "4.1", state: .notAudited, by: "ben", at: t0),
                .timed(item: "A.5.15", seconds: generator.below(10_000), by: "ben", at: t0),
            ]
            for event in events {
                let text = String(decoding: JournalCodec.encode(event).dropLast(), as: UTF8.self)
                let expected = try XCTUnwrap(slow(text), text)
                XCTAssertEqual(fast(text), expected, text)
            }
        }
    }

    func testWhatItIsUnsureOfIsLeftToJSONDecoder() {
        let base = #"{"at":"2026-11-29T09:00:00.000Z","by":"anna","event":"item","item":"4.1","state":"done","v":1}"#
        XCTAssertNotNil(fast(base))
        XCTAssertEqual(fast(" { \"v\" : 1 , \"event\":\"item\",\"at\":\"x\",\"by\":\"b\"} "), slow(" { \"v\" : 1 , \"event\":\"item\",\"at\":\"x\",\"by\":\"b\"} "), "spaces")
        for unsure in [
            base.replacingOccurrences(of: "\"v\":1", with: "\"v\":1.0"),            // not a plain integer
            base.replacingOccurrences(of: "\"v\":1", with: "\"v\":1e0"),
            base.replacingOccurrences(of: "}", with: ",\"extra\":true}"),          // unknown key
            base.replacingOccurrences(of: "}", with: ",\"v\":2}"),                 // repeated key
            base.replacingOccurrences(of: "\"by\":\"anna\"", with: "\"by\":null"), // null where none belongs
            base.replacingOccurrences(of: "\"4.1\"", with: "\"4\u{1}1\""),         // raw control character
            base.replacingOccurrences(of: "\"4.1\"", with: "\"\\uD800\""),         // lone surrogate
            String(base.dropLast()),                                               // cut off
            base + "x",
        ] {
            XCTAssertNil(fast(unsure), unsure)
        }
        var invalidUTF8 = Array(base.utf8)
        invalidUTF8[invalidUTF8.firstIndex(of: UInt8(ascii: "4"))!] = 0xFF
        XCTAssertNil(JournalLineParser.parse(ArraySlice(invalidUTF8)), "bad UTF-8")
    }

    func testEscapesAreDecodedLikeJSONDecoderDoes() {
        let line = #"{"at":"t","by":"b","event":"withdrawn","id":"F-1","reason":"\u00fc\ud834\udd1e \/ \b\f\n\r\t \"q\" \\ \u0000","v":1}"#
        XCTAssertEqual(fast(line), slow(line))
        XCTAssertEqual(fast(line)?.reason, "ü𝄞 / \u{8}\u{C}\n\r\t \"q\" \\ \u{0}")
    }
}

/// A tiny deterministic source of choices for the differential test.
struct SeededBytes {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func below(_ bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(max(1, bound)))
    }
}
