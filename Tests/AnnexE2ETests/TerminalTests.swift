import XCTest

/// What only a real terminal shows: resizes, leaving the terminal as it was, colours and
/// line drawing chosen from the environment.
final class TerminalTests: AnnexE2ETestCase {
    func testTooSmallThenBackRedrawsTheFullScreen() throws {
        let session = try start()
        try session.send("2")
        try session.waitFor("Catalog", "4 Context of the organization")

        try session.resize(width: 60, height: 20)
        let small = try session.waitFor("80x24", "60x20")
        XCTAssertFalse(small.contains("Catalog"), "nothing of the UI is left beside the message:\n\(small)")
        XCTAssertEqual(Screen.rows(small).count, 20)

        try session.resize(width: 100, height: 30)
        // The same state in a fresh run is what a correct redraw must look like, to the cell.
        let fresh = try start()
        try fresh.send("2")
        let expected = try fresh.waitFor("Catalog", "4 Context of the organization")
        let expectedStyled = try fresh.capture(escapes: true)
        try session.waitForScreen("the resized screen to match a fresh start") { $0 == expected }
        let redrawn = try session.capture()
        XCTAssertFalse(redrawn.contains("80x24"), "leftover of the too-small message:\n\(redrawn)")
        XCTAssertEqual(try session.capture(escapes: true), expectedStyled, "colours and attributes after the resize")
    }

    func testQuitRestoresTheTerminal() throws {
        let session = try start()
        try session.send("q")
        try assertExitedCleanly(session)
    }

    func testCtrlCQuitsCleanly() throws {
        let session = try start()
        try session.send("2")
        try session.waitFor("Catalog")
        try session.send("C-c")
        try assertExitedCleanly(session)
    }

    func testNoColorStartsWithoutColours() throws {
        let session = try start(environment: [("NO_COLOR", "1")])
        let styled = try session.capture(escapes: true)
        let parameters = Screen.sgrParameters(styled).flatMap { $0 }
        XCTAssertFalse(parameters.isEmpty, "attributes (bold, reverse) are still used")
        let colours = Set(parameters.filter(Screen.isColour))
        XCTAssertEqual(colours, [], "colour escapes with NO_COLOR")
        XCTAssertTrue(parameters.contains(7) || parameters.contains(1), "selection and titles keep reverse/bold")
        XCTAssertTrue(Screen.withoutEscapes(styled).contains("1 Dashboard"))
    }

    func testCLocaleDrawsASCII() throws {
        let session = try start(environment: [("LANG", "C"), ("LC_ALL", "C")])
        let screen = try session.capture()
        XCTAssertTrue(screen.contains("+--"), "ASCII corners and lines:\n\(screen)")
        XCTAssertTrue(screen.contains("|"), "ASCII sides")
        let foreign = screen.unicodeScalars.filter { !$0.isASCII }
        XCTAssertEqual(String(String.UnicodeScalarView(foreign)), "", "only ASCII on screen in the C locale:\n\(screen)")
    }

    /// Terminals send UTF-8 whatever the locale says: under LANG=C the text typed is kept whole,
    /// only the drawing falls back to ASCII.
    func testCLocaleKeepsTypedTextBeyondASCII() throws {
        let session = try start(environment: [("LANG", "C"), ("LC_ALL", "C")])
        try session.send("2")
        try session.waitFor("Catalog")
        try session.send("/")
        try session.waitFor("Filter /")
        try session.type("A.5.15")
        try session.waitFor("1 shown: \"A.5.15\"")
        try session.send("Enter")
        try session.waitForScreen("the filter prompt to close") { !$0.contains("Filter /") }
        try session.send("n")
        try session.waitFor("Notes of A.5.15")
        try session.send("C-u")
        try session.type("Interviewed Małgorzata Nowak in Wrocław; Jürgen Weiß too")
        try session.send("Enter")
        try waitForFile("soa.yaml", "the note with every character typed") {
            $0?.contains("Interviewed Małgorzata Nowak in Wrocław; Jürgen Weiß too") ?? false
        }
        // Drawn in ASCII with stand-ins where there are some ("ł" as "l"), not question marks.
        let screen = try session.waitFor("Interviewed Malgorzata Nowak")
        XCTAssertEqual(String(String.UnicodeScalarView(screen.unicodeScalars.filter { !$0.isASCII })), "", "the screen stays ASCII:\n\(screen)")
    }

    func testADumbTerminalIsRefusedWithAMessageNotAGarbledScreen() throws {
        let session = try start(environment: [("TERM", "dumb")], waitForDashboard: false)
        let screen = try session.waitFor("EXITED:", history: true)
        XCTAssertTrue(screen.contains("TERM=dumb cannot move the cursor"), screen)
        XCTAssertTrue(Screen.rows(screen).contains("EXITED:1"), screen)
        XCTAssertFalse(screen.contains("Dashboard"), "no screen was drawn:\n\(screen)")
    }

    func testAThemeFileThatIsNotUTF8IsNamedNotReportedMissing() throws {
        try FileManager.default.createDirectory(atPath: workspace + "/themes", withIntermediateDirectories: true)
        try Data([0x6E, 0x61, 0x6D, 0x65, 0x3A, 0x20, 0xFF, 0xFE, 0x0A]).write(to: URL(fileURLWithPath: workspace + "/themes/mine.yaml"))
        let session = try start(arguments: ["--theme", "mine"])
        let status = Screen.statusLine(try session.capture())
        XCTAssertTrue(status.contains("mine.yaml: is not UTF-8 text"), status)
        XCTAssertFalse(status.contains("No theme named"), status)
    }

    func testBrokenRiskFileStillStartsWithAWarning() throws {
        let broken = "id: R-001\ntitle: [unclosed\nlikelihood: : :\n"
        let path = workspace + "/risks/R-001.yaml"
        try broken.write(toFile: path, atomically: true, encoding: .utf8)

        let session = try start()
        let screen = try session.waitForScreen("a warning on the status line") {
            Screen.statusLine($0).contains("could not be read")
        }
        XCTAssertTrue(Screen.statusLine(screen).contains("annex check"), "tells what to do: \(Screen.statusLine(screen))")
        try session.send("2")
        try session.waitFor("Catalog")
        try session.send("q")
        try session.waitFor("EXITED:", history: true)
        XCTAssertEqual(read("risks/R-001.yaml"), broken, "a file annex cannot parse is never overwritten")
    }

    /// After quitting: exit status 0, the shell's screen back (alternate screen left), and the
    /// modes annex switched on (keypad, mouse, hidden cursor, raw input) switched off again.
    private func assertExitedCleanly(_ session: TmuxSession, file: StaticString = #filePath, line: UInt = #line) throws {
        // With history: the shell's lines after annex may have scrolled the first off the top.
        let screen = try session.waitFor("EXITED:", "STTY:", history: true, file: file, line: line)
        let exitLine = Screen.rows(screen).first { $0.hasPrefix("EXITED:") } ?? ""
        XCTAssertEqual(exitLine, "EXITED:0", file: file, line: line)
        for leftover in ["1 Dashboard", "Statement of Applicability", "Catalog", "┌", "│"] {
            XCTAssertFalse(screen.contains(leftover), "the UI is still on screen (\(leftover)):\n\(screen)", file: file, line: line)
        }
        // Asked while the shell after annex still runs: once a pane is dead, tmux reports its own
        // flags (the cursor sometimes shows as hidden), not what annex left.
        let flags = try session.format("alternate=#{alternate_on} cursor=#{cursor_flag} keypad=#{keypad_cursor_flag} mouse=#{mouse_any_flag}#{mouse_sgr_flag}#{mouse_standard_flag}")
        XCTAssertEqual(flags, "alternate=0 cursor=1 keypad=0 mouse=000", "terminal modes after exit", file: file, line: line)

        let stty = Screen.rows(screen).first { $0.hasPrefix("STTY:") } ?? ""
        let modes = Set(stty.dropFirst("STTY:".count).split(separator: " ").map(String.init))
        XCTAssertEqual(modes, ["echo", "icanon", "isig", "icrnl", "opost"], "tty modes restored: \(stty)", file: file, line: line)
    }
}
