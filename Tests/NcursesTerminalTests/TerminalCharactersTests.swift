@testable import NcursesTerminal
import TerminalCore
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// What curses is handed for a cell: exactly what takes the cell's columns, so a terminal never
/// draws more than Annex counted.
final class TerminalCharactersTests: XCTestCase {
    override func setUp() {
        super.setUp()
        setlocale(LC_ALL, "C.UTF-8")
    }

    private func scalars(_ grapheme: Character) -> [UInt32] {
        NcursesScreen.terminalCharacters(for: Cell(grapheme)).dropLast().map { UInt32(bitPattern: $0) }
    }

    func testAnEmojiSequenceIsHandedOverAsItsFirstEmojiWithoutDanglingJoiners() {
        let family: Character = "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}"
        XCTAssertEqual(scalars(family), [0x1F468], "a joiner would glue the next emoji on in the terminal")
    }

    func testCombiningMarksStayWithTheirLetter() {
        XCTAssertEqual(scalars("e\u{301}"), [0x65, 0x301])
        XCTAssertEqual(scalars("\u{1F44D}\u{1F3FD}"), [0x1F44D], "a skin tone takes columns of its own in some terminals: dropped")
    }
}
