import XCTest

/// An edit goes to disk before the screen says so, and undo takes it back on disk.
final class EditingTests: AnnexE2ETestCase {
    func testStatusCycleIsSavedAndUndone() throws {
        let original = try XCTUnwrap(read("soa.yaml"))
        XCTAssertEqual(SoAFile.status(of: "A.5.15", in: original), "implemented", "the demo's starting point")

        let session = try start()
        try session.send("2")
        try session.waitFor("Catalog")
        try session.send("/")
        try session.waitFor("Filter /")
        try session.type("A.5.15")
        try session.waitFor("1 shown: \"A.5.15\"", "A.5.15 Access control")
        try session.send("Enter")
        try session.waitForScreen("the filter prompt to close") { !$0.contains("Filter /") }

        try session.send("s")
        let saved = try session.waitForScreen("the status line to report the change") {
            Screen.statusLine($0).contains("A.5.15 status: ")
        }
        // The status line only changes after the write: the file must already have it.
        let onScreen = read("soa.yaml")
        let changed = try waitForFile("soa.yaml", "A.5.15's status to change") {
            $0.map { SoAFile.status(of: "A.5.15", in: $0) != "implemented" } ?? false
        }
        XCTAssertEqual(onScreen, changed, "the status line said saved before soa.yaml had the change")
        let newStatus = try XCTUnwrap(SoAFile.status(of: "A.5.15", in: changed ?? ""))
        XCTAssertEqual(newStatus, "not_started")
        XCTAssertTrue(Screen.statusLine(saved).contains("A.5.15 status: Not started"), Screen.statusLine(saved))
        // Only that entry's status line changed: the other 92 entries keep their bytes.
        let before = original.components(separatedBy: "\n"), after = (changed ?? "").components(separatedBy: "\n")
        XCTAssertEqual(before.count, after.count)
        let differing = zip(before, after).filter { $0.0 != $0.1 }
        XCTAssertEqual(differing.map { "\($0.0) -> \($0.1)" }, ["  status: implemented ->   status: not_started"])
        // The message has the theme's "saved" style (default theme: status.saved is green bold).
        let styled = Screen.rows(try session.capture(escapes: true)).last { $0.contains("A.5.15 status:") } ?? ""
        let beforeMessage = String(styled[..<(styled.range(of: "A.5.15 status:")?.lowerBound ?? styled.endIndex)])
        XCTAssertEqual(Screen.sgrParameters(beforeMessage).flatMap { $0 }.filter(Screen.isColour).last, 32,
                       "saved message in the saved (green) style: \(beforeMessage.debugDescription)")

        try session.send("u")
        try session.waitForScreen("the undo to be reported") { Screen.statusLine($0).contains("Undone: A.5.15 restored") }
        XCTAssertEqual(read("soa.yaml"), original, "undo puts soa.yaml back byte for byte once the screen says so")
        try session.waitFor("Implemented")
    }
}
