import Foundation
import XCTest

/// `--redact` in a real terminal and in every export: a marker planted in every free-text field
/// of the demo, and every person's id, name and e-mail address, appear on no screen (every screen,
/// each row's detail, both audits' live sessions item by item) and in no export; pseudonyms and
/// the ISMS's ids, statuses and counts do.
final class RedactTests: AnnexE2ETestCase {
    private var people: [String] = []

    override func setUpWithError() throws {
        try super.setUpWithError()
        people = try PlantedMarkers.people(in: workspace)
        XCTAssertGreaterThan(people.count, 20, "the demo's people were read: \(people)")
        try PlantedMarkers.plant(in: workspace)
    }

    func testNoScreenShowsAPlantedMarkerOrAPerson() throws {
        let before = try FolderSnapshot(workspace)
        let session = try start(arguments: ["--redact"], width: 120, height: 50)
        var screens = [try session.waitFor("REDACTED", "READ-ONLY")]
        XCTAssertFalse(Screen.statusLine(screens[0]).contains("could not be read"), "the planted files parse: \(Screen.statusLine(screens[0]))")

        try session.send("2")
        screens.append(try session.waitFor("Catalog"))
        screens += try walk(session, "j", steps: 137)
        try session.send("3")
        screens.append(try session.waitFor("Heat map"))
        try session.send("Tab")
        screens += try walk(session, "j", steps: 41)
        try session.send("O")
        screens.append(try session.waitForScreen("the owner filter") { Screen.statusLine($0).contains("Owner") || $0.contains("owner") })
        try session.send("x")
        try session.send("4")
        screens.append(try session.waitFor("Plan IA-2026-2"))
        try session.send("Tab")
        screens += try walk(session, "j", steps: 25)
        try session.send("BTab")
        // Both live sessions, every item with its findings.
        for (audit, move, items) in [("IA-2026-1", "j", 21), ("IA-2026-2", "k", 25)] {
            try session.send(move)
            screens.append(try session.waitFor("Plan \(audit)"))
            try session.send("Enter")
            screens.append(try session.waitFor("\(audit) (", "can be read, not changed"))
            screens += try walk(session, "p", steps: items)
            screens += try walk(session, "n", steps: items)
            try session.send("Escape")
            try session.waitFor("Session left")
        }
        try session.send("5")
        screens.append(try session.waitFor("Actions"))
        try session.send("o")
        screens += try walk(session, "j", steps: 4)
        try session.send("6")
        screens.append(try session.waitFor("Evidence register"))
        screens += try walk(session, "j", steps: 29)

        let seen = screens.joined(separator: "\n")
        XCTAssertTrue(seen.contains("Person "), "people show as pseudonyms")
        XCTAssertTrue(seen.contains("F-IA1-03") && seen.contains("CA-002") && seen.contains("R-042"), "ids stay")
        XCTAssertFalse(seen.contains(PlantedMarkers.marker), "a planted marker is on screen:\n\(screens.first { $0.contains(PlantedMarkers.marker) } ?? "")")
        for person in people {
            XCTAssertFalse(seen.contains(person), "\(person) is on screen:\n\(screens.first { $0.contains(person) } ?? "")")
        }
        try session.send("q")
        try session.waitFor("EXITED:0")
        XCTAssertEqual(try FolderSnapshot(workspace), before, "a redacted session writes nothing")
    }

    func testNoExportShowsAPlantedMarkerOrAPerson() throws {
        let exports: [[String]] = [
            ["soa"], ["soa", "--format", "json"], ["soa", "--format", "md"],
            ["risks"], ["risks", "--format", "json"], ["risks", "--format", "md"],
            ["findings"], ["findings", "--format", "json"], ["findings", "--format", "md"],
            ["actions"], ["actions", "--format", "json"], ["actions", "--format", "md"],
            ["treatment-plan"], ["treatment-plan", "--format", "html"],
            ["audit", "IA-2026-1"], ["audit", "IA-2026-1", "--format", "html"], ["audit", "IA-2026-2"],
        ]
        for arguments in exports {
            let plain = try export(arguments)
            XCTAssertTrue(plain.contains(PlantedMarkers.marker), "without --redact the markers are exported (\(arguments))")
            let redacted = try export(arguments + ["--redact"])
            XCTAssertGreaterThan(redacted.count, 200, "\(arguments): \(redacted)")
            XCTAssertFalse(redacted.contains(PlantedMarkers.marker), "\(arguments) --redact exports a marker")
            for person in people {
                XCTAssertFalse(redacted.contains(person), "\(arguments) --redact exports \(person)")
            }
        }
        XCTAssertTrue(try export(["findings", "--redact"]).contains("F-IA2-01"), "ids stay in exports")
    }

    /// Presses `key` up to `steps` times, each time waiting for the screen to change (a list's
    /// end does not change it), and returns every screen seen.
    private func walk(_ session: TmuxSession, _ key: String, steps: Int) throws -> [String] {
        var screens: [String] = []
        var previous = try session.capture()
        for _ in 0..<steps {
            try session.send(key)
            let deadline = Date().addingTimeInterval(1)
            var screen = try session.capture()
            while screen == previous, Date() < deadline {
                Thread.sleep(forTimeInterval: TmuxSession.pollInterval)
                screen = try session.capture()
            }
            if screen == previous { break }
            screens.append(screen)
            previous = screen
        }
        return screens
    }

    private func export(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: AnnexE2E.binaryPath)
        process.arguments = ["export"] + arguments + ["--workspace", workspace]
        var environment = ProcessInfo.processInfo.environment
        environment["ANNEX_TODAY"] = AnnexE2E.today
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "annex export \(arguments.joined(separator: " "))")
        return text
    }
}
