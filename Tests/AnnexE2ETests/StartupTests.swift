import XCTest

/// What a user sees first, and the Controls screen one key away.
final class StartupTests: AnnexE2ETestCase {
    func testStartupShowsTheDashboard() throws {
        let session = try start()
        let screen = try session.capture()
        let tabBar = Screen.rows(screen)[0]
        XCTAssertTrue(tabBar.contains("1 Dashboard"), "tab bar: \(tabBar)")
        XCTAssertTrue(tabBar.contains("2 Controls"), "tab bar: \(tabBar)")
        XCTAssertTrue(tabBar.contains("Korvenhall Freight Soft"), "organisation on the tab bar, cut to the room the tabs leave: \(tabBar)")
        XCTAssertTrue(screen.contains("Statement of Applicability"))
        XCTAssertTrue(screen.contains("┌"), "UTF-8 locale draws real box lines:\n\(screen)")
        XCTAssertTrue(Screen.statusLine(screen).contains("Quit"), "status line names the keys: \(Screen.statusLine(screen))")
        XCTAssertEqual(try session.format("#{alternate_on}"), "1", "the UI runs on the alternate screen")

        // The colour check in NoColor is only meaningful if colours show up without it.
        let coloured = try session.capture(escapes: true)
        XCTAssertTrue(Screen.sgrParameters(coloured).flatMap { $0 }.contains(where: Screen.isColour),
                      "the default theme uses colours")
    }

    func testTwoShowsTheCatalog() throws {
        let session = try start()
        try session.send("2")
        let screen = try session.waitFor("Catalog", "Detail", "4 Context of the organization")
        XCTAssertFalse(screen.contains("Statement of Applicability"), "the dashboard is gone:\n\(screen)")
        // Annex A comes after the 41 clauses: page down until A.5.1 shows.
        for _ in 0..<4 {
            if try session.capture().contains("A.5.1 ") { break }
            let before = try session.capture()
            try session.send("PgDn")
            try session.waitForScreen("the catalog to move after PgDn") { $0 != before }
        }
        try session.waitFor("A.5 Organizational controls", "A.5.1 ", "Policies for information")
    }
}
