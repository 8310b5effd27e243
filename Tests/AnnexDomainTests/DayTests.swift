import Foundation
import XCTest
@testable import AnnexDomain

final class DayTests: XCTestCase {
    private func day(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> Day {
        try XCTUnwrap(Day(text), "'\(text)' should parse", file: file, line: line)
    }

    func testParsesAndFormatsIsoDates() throws {
        let parsed = try day("2026-11-29")
        XCTAssertEqual([parsed.year, parsed.month, parsed.day], [2026, 11, 29])
        XCTAssertEqual(parsed.description, "2026-11-29")
        XCTAssertEqual(Day(year: 2026, month: 3, day: 5)?.description, "2026-03-05", "months and days are zero-padded")
        XCTAssertEqual(Day(year: 987, month: 1, day: 1)?.description, "0987-01-01", "years are four digits")
        XCTAssertEqual(try day("0987-01-01"), Day(year: 987, month: 1, day: 1))
    }

    func testInvalidDatesAreRejected() {
        for text in ["2026-02-29", "2026-13-01", "2026-1-1", "2026-04-31", "2026-00-10", "2026-01-00",
                     "", "2026", "26-01-01", "2026/01/01", " 2026-01-01", "2026-01-01T10:00", "+026-01-01", "2026-01-١٠"] {
            XCTAssertNil(Day(text), "'\(text)' should be refused")
        }
        XCTAssertNil(Day(year: 0, month: 1, day: 1))
        XCTAssertNil(Day(year: 2026, month: 2, day: 29))
    }

    func testLeapDaysFollowTheGregorianRules() {
        XCTAssertEqual(Day("2028-02-29")?.description, "2028-02-29")
        XCTAssertNotNil(Day("2000-02-29"), "divisible by 400")
        XCTAssertNil(Day("2100-02-29"), "divisible by 100 but not 400")
    }

    func testAddingDaysCrossesMonthsAndYears() throws {
        XCTAssertEqual(try day("2026-01-31").adding(days: 1), try day("2026-02-01"))
        XCTAssertEqual(try day("2026-02-28").adding(days: 1), try day("2026-03-01"))
        XCTAssertEqual(try day("2028-02-28").adding(days: 1), try day("2028-02-29"))
        XCTAssertEqual(try day("2026-12-31").adding(days: 1), try day("2027-01-01"))
        XCTAssertEqual(try day("2027-01-01").adding(days: -1), try day("2026-12-31"))
        XCTAssertEqual(try day("2026-11-29").adding(days: 90), try day("2027-02-27"))
        XCTAssertEqual(try day("2026-11-29").adding(days: 0), try day("2026-11-29"))
    }

    func testDaysBetweenTwoDays() throws {
        XCTAssertEqual(try day("2026-01-01").days(until: day("2027-01-01")), 365)
        XCTAssertEqual(try day("2028-01-01").days(until: day("2029-01-01")), 366)
        XCTAssertEqual(try day("2026-12-01").days(until: day("2026-11-29")), -2)
        XCTAssertEqual(try day("1970-01-01").daysSinceEpoch, 0)
    }

    func testDayOfAnInstantIsItsUTCDate() {
        XCTAssertEqual(Day(Date(timeIntervalSince1970: 0)).description, "1970-01-01")
        XCTAssertEqual(Day(Date(timeIntervalSince1970: 86_399)).description, "1970-01-01")
        XCTAssertEqual(Day(Date(timeIntervalSince1970: 86_400)).description, "1970-01-02")
        XCTAssertEqual(Day(Date(timeIntervalSince1970: -1)).description, "1969-12-31")
        XCTAssertEqual(Day(Date(timeIntervalSince1970: 1_800_000_000)).description, "2027-01-15")
    }

    func testDaysOrderByCalendar() throws {
        XCTAssertLessThan(try day("2026-12-31"), try day("2027-01-01"))
        XCTAssertLessThan(try day("2026-01-31"), try day("2026-02-01"))
        XCTAssertLessThan(try day("2026-02-09"), try day("2026-02-10"))
        XCTAssertFalse(try day("2026-05-05") < day("2026-05-05"))
        let sorted = try ["2027-01-01", "2026-02-10", "2026-12-31", "2026-02-09"].map { try day($0) }.sorted()
        XCTAssertEqual(sorted.map(\.description), ["2026-02-09", "2026-02-10", "2026-12-31", "2027-01-01"])
    }
}

final class DayParsingTests: XCTestCase {
    func testOnlyExactlyYYYYMMDDInASCIIDigitsIsADay() {
        XCTAssertEqual(Day("2026-11-29"), Day(year: 2026, month: 11, day: 29))
        for bad in ["2026-1-29", "2026-11-9", "2026-11-290", "2026/11/29", "２０２６-11-29", "2026-13-01", "2026-02-30", "", "2026-11-29T", " 2026-11-29", "-026-11-29"] {
            XCTAssertNil(Day(bad), bad)
        }
    }
}
