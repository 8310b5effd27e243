import AnnexDomain
@testable import AnnexStore
import XCTest

/// The spreadsheet parts Annex writes and reads, without the command line.
final class SpreadsheetTests: XCTestCase {
    func testAWorkbookAnnexWritesReadsBackCellForCell() throws {
        let rows: [[SheetCell]] = [
            [.text("A.5.1"), .flag(true), .number(20), .day(Day("2026-03-01")!), .text("=1+2"), .text("line one\nline two & <three>")],
            [.text("A.5.2"), .flag(false), .empty, .empty, .text("@SUM(A1)"), .text("tab\there, bell \u{07}")],
        ]
        let data = try XLSXWriter(sheetName: "Register: 2026/27", columns: ["control", "applicable", "score", "reviewed", "note", "text"], rows: rows).data()
        XCTAssertEqual(try XLSXReader.sheetNames(data, path: "x.xlsx"), ["Register 202627"], "a sheet name loses what Excel forbids")

        let sheet = try XLSXReader.read(data, path: "x.xlsx")
        XCTAssertEqual(sheet.rows.map(\.number), [1, 2, 3])
        XCTAssertEqual(sheet.rows[0].cells, ["control", "applicable", "score", "reviewed", "note", "text"].map(SheetCell.text))
        XCTAssertEqual(sheet.rows[1].cells, rows[0], "dates come back as dates, text that looks like a formula as text")
        XCTAssertEqual(sheet.rows[2].cells, [.text("A.5.2"), .flag(false), .empty, .empty, .text("@SUM(A1)"), .text("tab\there, bell ^G")])
        XCTAssertTrue(sheet.rows.allSatisfy { $0.formulaColumns.isEmpty })
        XCTAssertEqual(try XLSXWriter(sheetName: "S", columns: ["a"], rows: [[.text("x")]]).data(), try XLSXWriter(sheetName: "S", columns: ["a"], rows: [[.text("x")]]).data(), "the same table gives the same bytes")
    }

    func testColumnsAreAsWideAsTheirLongestLineWithinLimits() {
        let writer = XLSXWriter(sheetName: "S", columns: ["id", "title", "notes"], rows: [
            [.text("R-1"), .text(String(repeating: "x", count: 30)), .text(String(repeating: "y", count: 200))],
        ])
        XCTAssertEqual(writer.widths(), [8, 32, 60])
        XCTAssertEqual(XLSXWriter.reference(column: 27, row: 12), "AB12")
        XCTAssertEqual(SheetParser.column(of: "AB12"), 27)
    }

    func testNotAWorkbookIsAClearError() {
        XCTAssertThrowsError(try XLSXReader.read(Data("control,status\n".utf8), path: "soa.xlsx")) { error in
            XCTAssertEqual((error as? StoreError)?.description, "soa.xlsx: is not an .xlsx workbook (not a ZIP container); save it as Excel Workbook (.xlsx) or CSV")
        }
        XCTAssertThrowsError(try XLSXReader.read(Data([0x50, 0x4B, 3, 4, 0, 0]), path: "cut.xlsx"))
    }

    func testCSVQuotesBreaksSemicolonsAndTheApostropheBeforeAFormula() throws {
        let text = "\u{FEFF}control;\"notes\"\r\nA.5.1;\"two\r\nlines; \"\"quoted\"\"\"\r\n\r\nA.5.2;'=not a formula\r\nA.5.3;'plain\r\n"
        let sheet = try CSVReader.read(Data(text.utf8), path: "s.csv")
        XCTAssertEqual(sheet.rows.map(\.number), [1, 2, 4, 5], "the blank record is skipped, numbers stay the file's")
        XCTAssertEqual(sheet.rows[0].cells, [.text("control"), .text("notes")])
        XCTAssertEqual(sheet.rows[1].cells, [.text("A.5.1"), .text("two\nlines; \"quoted\"")])
        XCTAssertEqual(sheet.rows[2].cells, [.text("A.5.2"), .text("=not a formula")])
        XCTAssertEqual(sheet.rows[3].cells, [.text("A.5.3"), .text("'plain")], "an apostrophe before ordinary text is the text's")
        XCTAssertThrowsError(try CSVReader.read(Data("a,b\n\"open,\n".utf8), path: "o.csv")) { error in
            XCTAssertEqual((error as? StoreError)?.description, "o.csv:2: a quoted field is not closed before the end of the file")
        }
    }

    func testControlIdsAsPeopleWriteThem() {
        for text in ["5.1", "A.5.1", "A 5.1", "a5.1", "Annex A 5.1", "Annex A.5.1", "A.05.01", " A.5.1 Policies for information security"] {
            XCTAssertEqual(ControlReference.read(text), .control("A.5.1"), text)
        }
        XCTAssertEqual(ControlReference.read("A.9.2.3"), .mapped(from: "A.9.2.3", to: ["A.8.2"]))
        XCTAssertEqual(ControlReference.read("A.5.38"), .unknown("A.5.38"))
        XCTAssertEqual(ControlReference.read("A.99.1.1"), .unknown("A.99.1.1"))
        XCTAssertEqual(ControlReference.read("Policies"), .unreadable)
        XCTAssertEqual(ControlReference.read("5"), .unreadable)
    }

    func testHeadersAreFoundForgivinglyAndBelowATitleRow() {
        let sheet = ImportedSheet(rows: [
            .init(number: 1, cells: [.text("Our SoA, version 3")]),
            .init(number: 3, cells: [.text("Annex A Ref."), .text("Applicable (Y/N)?"), .text("IMPLEMENTATION-STATUS"), .text("Control title")]),
            .init(number: 4, cells: [.text("A.5.1"), .text("Y"), .text("Done"), .text("Policies")]),
        ])
        let (found, problems) = ColumnMap.find(in: sheet, fields: SoAImport.fields, explicit: [:], file: "f.csv")
        XCTAssertEqual(problems, [])
        XCTAssertEqual(found?.headerRow, 3)
        XCTAssertEqual(found?.columns, ["control": 0, "applicable": 1, "status": 2])
    }
}
