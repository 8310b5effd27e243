import Foundation
import XCTest

/// The Risks screen on the real binary: the heat maps agree with `annex export risks`, and a risk
/// added or deleted with keys is on disk and counted on the map.
final class RisksTests: AnnexE2ETestCase {
    func testHeatMapsMatchTheExport() throws {
        let risks = try exportedRisks()
        XCTAssertEqual(risks.count, 42, "the demo's register")
        let inherent = HeatMap.expected(risks, view: .inherent)
        let residual = HeatMap.expected(risks, view: .residual)
        XCTAssertNotEqual(inherent.counts, residual.counts, "the demo's treatments move risks: the two maps differ")

        let session = try start()
        try session.send("3")
        let shown = try settledHeatMap(session, title: "Heat map: inherent", expected: inherent.counts)
        XCTAssertEqual(shown.map.counts, inherent.counts,
                       "inherent heat map (rows likelihood 5…1, columns impact 1…5):\n\(shown.screen)")
        assertLetters(shown.map, inherent, "inherent")
        XCTAssertTrue(shown.screen.contains("Register 42/42"), "every risk is in the register, closed ones too:\n\(shown.screen)")
        XCTAssertTrue(shown.screen.contains("Rare × Negligible"), "the cursor starts on likelihood 1, impact 1:\n\(shown.screen)")

        try session.send("v")
        let switched = try settledHeatMap(session, title: "Heat map: residual", expected: residual.counts)
        XCTAssertEqual(switched.map.counts, residual.counts,
                       "residual heat map (a risk without a residual rating counts at its inherent one):\n\(switched.screen)")
        assertLetters(switched.map, residual, "residual")
        XCTAssertEqual(switched.map.letters, shown.map.letters, "the levels belong to the matrix, not the view")
        XCTAssertTrue(Screen.statusLine(switched.screen).contains("Showing residual ratings"), Screen.statusLine(switched.screen))

        try session.send("v")
        let back = try settledHeatMap(session, title: "Heat map: inherent", expected: inherent.counts)
        XCTAssertEqual(back.map.counts, inherent.counts, "back to the inherent view:\n\(back.screen)")
    }

    func testAddedRiskIsSavedAndCountedThenDeleted() throws {
        let before = try riskFiles()
        XCTAssertEqual(before.count, 42)
        let inherent = HeatMap.expected(try exportedRisks(), view: .inherent)

        let session = try start()
        try session.send("3")
        let opened = try settledHeatMap(session, title: "Heat map: inherent", expected: inherent.counts)
        XCTAssertEqual(opened.map.counts, inherent.counts, opened.screen)
        XCTAssertTrue(opened.screen.contains("Rare × Negligible"), "the cursor starts on likelihood 1, impact 1:\n\(opened.screen)")
        let startCount = opened.map.count(likelihood: 1, impact: 1)

        try session.send("a")
        try session.waitFor("New risk R-", "Enter saves")
        let title = "E2E heat map risk"
        try session.type(title)
        try session.waitFor(title)
        try session.send("Enter")

        // The new file appears (the id has a random part: compare the folder with before).
        var added: [String] = []
        try waitForCondition("a new risks/R-*.yaml") {
            added = (try? riskFiles().subtracting(before).sorted()) ?? []
            return !added.isEmpty
        }
        XCTAssertEqual(added.count, 1, "one file for one risk: \(added)")
        let file = try XCTUnwrap(added.first)
        let id = String(file.dropLast(".yaml".count))
        XCTAssertTrue(id.hasPrefix("R-"), id)
        let text = try waitForFile("risks/" + file, "the title to be written") { $0?.contains("title: \(title)") ?? false } ?? ""
        let lines = text.components(separatedBy: "\n")
        XCTAssertTrue(lines.contains("id: \(id)"), text)
        XCTAssertTrue(lines.contains("likelihood: 1"), "rated on the cursor's cell:\n\(text)")
        XCTAssertTrue(lines.contains("impact: 1"), "rated on the cursor's cell:\n\(text)")

        var expected = inherent.counts
        expected[HeatMap.row(likelihood: 1)][0] += 1
        let afterAdd = try settledHeatMap(session, title: "Heat map: inherent", expected: expected)
        XCTAssertEqual(afterAdd.map.count(likelihood: 1, impact: 1), startCount + 1, "the cursor's cell counts the new risk:\n\(afterAdd.screen)")
        XCTAssertEqual(afterAdd.map.counts, expected, "only that cell changed:\n\(afterAdd.screen)")
        XCTAssertTrue(afterAdd.screen.contains("Register 43/43"), afterAdd.screen)
        // tmux may be captured while a frame is half written (the heat map rows already new, the
        // status line not yet): the message is waited for, not read from that capture.
        try session.waitForScreen("the status line to say \(id) was added") { Screen.statusLine($0).contains("\(id) added") }
        // The export (a separate process reading the files) agrees.
        XCTAssertEqual(HeatMap.expected(try exportedRisks(), view: .inherent).counts, expected)

        // Delete it from the register, where the new risk is the selection.
        try session.send("Tab")
        try session.waitForScreen("the register to have the focus") { Screen.statusLine($0).contains("Delete") }
        try session.send("d")
        try session.waitFor("Delete \(id) \(title)?", "y yes")
        try session.send("y")
        try waitForFile("risks/" + file, "the file to be removed") { $0 == nil }
        XCTAssertEqual(try riskFiles(), before, "the workspace is back to the demo's risk files")
        let afterDelete = try settledHeatMap(session, title: "Heat map: inherent", expected: inherent.counts)
        XCTAssertEqual(afterDelete.map.counts, inherent.counts, afterDelete.screen)
        XCTAssertTrue(afterDelete.screen.contains("Register 42/42"), afterDelete.screen)
        XCTAssertTrue(Screen.statusLine(afterDelete.screen).contains("\(id) deleted"), Screen.statusLine(afterDelete.screen))
    }

    // MARK: helpers

    private func riskFiles() throws -> Set<String> {
        Set(try FileManager.default.contentsOfDirectory(atPath: workspace + "/risks").filter { $0.hasPrefix("R-") && $0.hasSuffix(".yaml") })
    }

    /// Polls until `condition` holds; fails the test after `timeout`.
    private func waitForCondition(_ what: String, timeout: TimeInterval = TmuxSession.defaultTimeout,
                                  file: StaticString = #filePath, line: UInt = #line, _ condition: () -> Bool) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while !condition() {
            if Date() >= deadline {
                XCTFail("Timed out after \(timeout) s waiting for \(what)", file: file, line: line)
                throw E2EError("timed out waiting for \(what)")
            }
            Thread.sleep(forTimeInterval: TmuxSession.pollInterval)
        }
    }

    /// Waits for a complete heat map under `title`, then (up to the timeout) for its counts to be
    /// `expected`; returns what was last on screen either way, for the caller to assert on (a
    /// capture can fall between two writes of one frame, so one look is not enough).
    private func settledHeatMap(_ session: TmuxSession, title: String, expected: [[Int]], timeout: TimeInterval = TmuxSession.defaultTimeout,
                                file: StaticString = #filePath, line: UInt = #line) throws -> (map: HeatMap, screen: String) {
        var map: HeatMap?
        let screen = try session.waitForScreen("a complete heat map titled \"\(title)\"", timeout: timeout, file: file, line: line) { screen in
            map = screen.contains(title) ? HeatMap.parse(screen) : nil
            return map != nil
        }
        var last = (map: map!, screen: screen)
        let deadline = Date().addingTimeInterval(timeout)
        while last.map.counts != expected, Date() < deadline {
            Thread.sleep(forTimeInterval: TmuxSession.pollInterval)
            let screen = try session.capture()
            if screen.contains(title), let map = HeatMap.parse(screen) { last = (map, screen) }
        }
        return last
    }

    private func assertLetters(_ map: HeatMap, _ expected: HeatMap.Expected, _ view: String, file: StaticString = #filePath, line: UInt = #line) {
        for (cell, letter) in expected.letters {
            XCTAssertEqual(map.letters[HeatMap.row(likelihood: cell.likelihood)][cell.impact - 1], letter,
                           "\(view) level letter of L\(cell.likelihood)×I\(cell.impact)", file: file, line: line)
        }
    }

    /// `annex export risks --format json` on the test's workspace, parsed. Output goes to a file
    /// (no pipe to fill up) and the process is killed if it runs past the timeout.
    private func exportedRisks(timeout: TimeInterval = 30) throws -> [[String: Any]] {
        var environment = ProcessInfo.processInfo.environment
        environment["ANNEX_TODAY"] = AnnexE2E.today
        environment["ANNEX_WORKSPACE"] = nil
        let result = try Run.program(AnnexE2E.binaryPath, ["export", "risks", "--format", "json", "--workspace", workspace],
                                     environment: environment, timeout: timeout)
        guard result.status == 0 else {
            throw E2EError("annex export risks failed (\(result.status)): \(result.stderr)")
        }
        guard let risks = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]] else {
            throw E2EError("annex export risks did not print a JSON array: \(result.stdout.prefix(200))")
        }
        return risks
    }
}

/// The heat map as the screen shows it: one row per likelihood (5 at the top), one cell per
/// impact, each a count (`·` for none) and the level's first letter, e.g. `│ 3  ·L  1M  9M  7H  2H`.
/// Counts of three digits or more touch the next cell (`400M412H`), which the parse allows.
struct HeatMap: Equatable {
    static let size = 5  // the demo's matrix is 5x5

    /// counts[row][impact - 1], row 0 = likelihood 5.
    var counts: [[Int]]
    var letters: [[String]]

    static func row(likelihood: Int) -> Int { size - likelihood }

    func count(likelihood: Int, impact: Int) -> Int { counts[HeatMap.row(likelihood: likelihood)][impact - 1] }

    /// The map in the left pane of a captured screen; nil until all rows and cells are drawn.
    static func parse(_ screen: String) -> HeatMap? {
        var counts = [[Int]?](repeating: nil, count: size)
        var letters = [[String]](repeating: [], count: size)
        let labelPattern = try! NSRegularExpression(pattern: "^ ?([0-9]+) ")
        let cellPattern = try! NSRegularExpression(pattern: "([0-9]+|·)([A-Z?])")
        for row in Screen.rows(screen) {
            // The heat map pane: from its left border to its right one.
            let parts = row.split(separator: "│", maxSplits: 2, omittingEmptySubsequences: false)
            guard parts.count >= 3, parts[0].isEmpty else { continue }
            let pane = String(parts[1])
            let range = NSRange(pane.startIndex..., in: pane)
            guard let label = labelPattern.firstMatch(in: pane, range: range),
                  let likelihood = Int(pane[Range(label.range(at: 1), in: pane)!]),
                  (1...size).contains(likelihood) else { continue }
            let rest = String(pane[Range(label.range, in: pane)!.upperBound...])
            let cells = cellPattern.matches(in: rest, range: NSRange(rest.startIndex..., in: rest)).map { match in
                (String(rest[Range(match.range(at: 1), in: rest)!]), String(rest[Range(match.range(at: 2), in: rest)!]))
            }
            guard cells.count == size else { continue }
            counts[HeatMap.row(likelihood: likelihood)] = cells.map { $0.0 == "·" ? 0 : Int($0.0) ?? -1 }
            letters[HeatMap.row(likelihood: likelihood)] = cells.map(\.1)
        }
        guard counts.allSatisfy({ $0 != nil }) else { return nil }
        return HeatMap(counts: counts.map { $0! }, letters: letters)
    }

    enum View { case inherent, residual }

    struct Cell: Hashable {
        var likelihood: Int
        var impact: Int
    }

    struct Expected {
        var counts: [[Int]]
        /// The level letter of every cell that holds a risk, from the export's level names.
        var letters: [Cell: String]
    }

    /// What the map must show for the export's risks: open ones (status not closed) by rating;
    /// in the residual view a risk without a residual rating counts at its inherent one.
    static func expected(_ risks: [[String: Any]], view: View) -> Expected {
        var counts = [[Int]](repeating: [Int](repeating: 0, count: size), count: size)
        var letters: [Cell: String] = [:]
        for risk in risks where (risk["status"] as? String) != "closed" {
            var likelihood = risk["likelihood"] as? Int ?? 0, impact = risk["impact"] as? Int ?? 0
            var level = risk["level"] as? String
            if view == .residual, let l = risk["residual_likelihood"] as? Int, let i = risk["residual_impact"] as? Int {
                (likelihood, impact) = (l, i)
                level = risk["residual_level"] as? String
            }
            guard (1...size).contains(likelihood), (1...size).contains(impact) else { continue }
            counts[row(likelihood: likelihood)][impact - 1] += 1
            // The demo's level ids and names share their first letter (low/Low …).
            if let first = level?.first { letters[Cell(likelihood: likelihood, impact: impact)] = String(first).uppercased() }
        }
        return Expected(counts: counts, letters: letters)
    }
}
