import Foundation
import XCTest
@testable import AnnexDomain

final class RecordIDTests: XCTestCase {
    func testIdsThatCouldEscapeTheFolderOrConfuseAShellAreRefused() {
        let refused = [
            "../x", "a/b", ".hidden", "", String(repeating: "a", count: 65), "R 001", "R-001 ", "Ärger", "R-ü1",
            "-rf", "a..b", "a\\b", "R-001;rm", "$(id)",
        ]
        for id in refused {
            XCTAssertFalse(RecordID.isValid(id), "'\(id)' should be refused")
            XCTAssertNotNil(RecordID.problem(with: id))
        }
    }

    func testProblemsSayWhatIsWrong() {
        XCTAssertEqual(RecordID.problem(with: ""), "the id is empty")
        XCTAssertEqual(RecordID.problem(with: ".hidden"), "the id '.hidden' may not start with '.'")
        XCTAssertEqual(RecordID.problem(with: "a..b"), "the id 'a..b' may not contain '..'")
        XCTAssertEqual(RecordID.problem(with: "a/b"), "the id 'a/b' may only hold letters, digits, '-', '_' and '.'")
        XCTAssertEqual(
            RecordID.problem(with: String(repeating: "a", count: 65)),
            "the id 'aaaaaaaaaaaaaaaaaaaa…' is longer than 64 characters"
        )
    }

    func testUsualIdsAreAccepted() {
        for id in ["R-001", "F-IA1-01", "jmeyer", "IA-2026-1", "E_backup.2026", String(repeating: "a", count: 64)] {
            XCTAssertNil(RecordID.problem(with: id), "'\(id)' should be accepted")
        }
    }
}

/// Hands out the given bytes in turn, round and round.
private final class ByteSequence: @unchecked Sendable {
    private let lock = NSLock()
    private let bytes: [UInt8]
    private var next = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    func take() -> UInt8 {
        lock.lock()
        defer { lock.unlock() }
        let byte = bytes[next % bytes.count]
        next += 1
        return byte
    }
}

final class IDGeneratorTests: XCTestCase {
    private func generator(_ bytes: [UInt8]) -> IDGenerator {
        let source = ByteSequence(bytes)
        return IDGenerator(randomByte: { source.take() })
    }

    func testMakesPrefixDashAndSixCrockfordCharacters() {
        let id = generator([0, 10, 18, 31, 32, 255]).make(prefix: "R")

        XCTAssertEqual(id, "R-0AJZ0Z")
        XCTAssertTrue(RecordID.isValid(id))
    }

    func testNeverUsesLettersThatReadAloudBadly() {
        let make = generator(Array(0...255))
        var seen: Set<Character> = []
        for _ in 0..<50 { seen.formUnion(make.make(prefix: "E").dropFirst(2)) }

        XCTAssertEqual(seen, Set("0123456789ABCDEFGHJKMNPQRSTVWXYZ"))
        XCTAssertTrue(seen.isDisjoint(with: "ILOU"))
    }

    func testSameBytesGiveTheSameIds() {
        let bytes: [UInt8] = [7, 200, 3, 99, 14, 250, 1, 2]
        XCTAssertEqual(generator(bytes).make(prefix: "CA"), generator(bytes).make(prefix: "CA"))
    }

    func testAvoidsIdsAlreadyTaken() {
        // Twelve zero bytes give R-000000 twice, then ones give R-111111.
        let make = generator(Array(repeating: 0, count: 12) + Array(repeating: 1, count: 6))

        let id = make.make(prefix: "R", avoiding: ["R-000000", "R-ZZZZZZ"])

        XCTAssertEqual(id, "R-111111")
    }

    func testFreeIdIsUsedAtOnce() {
        let id = generator([5]).make(prefix: "F", avoiding: ["R-555555"])
        XCTAssertEqual(id, "F-555555")
    }
}
