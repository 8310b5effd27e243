import AnnexApp
import AnnexDomain
import AnnexSession
import AnnexStore
import Foundation
import TerminalCore
import XCTest

/// The risk files of a demo workspace as a fresh load, `annex check` or `git diff` would see them.
private struct RiskFilesOnDisk {
    let workspace: DemoWorkspace

    var root: String { workspace.store.root }

    func path(_ id: String) -> String { root + "/" + WorkspaceLayout.risks + "/" + id + ".yaml" }

    func exists(_ id: String) -> Bool { FileManager.default.fileExists(atPath: path(id)) }

    func bytes(_ id: String) -> Data? { FileManager.default.contents(atPath: path(id)) }

    func text(_ id: String) -> String { bytes(id).map { String(decoding: $0, as: UTF8.self) } ?? "" }

    /// Every file in `risks/`, by name.
    func all() throws -> [String: Data] {
        let folder = root + "/" + WorkspaceLayout.risks
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
            files[name] = FileManager.default.contents(atPath: folder + "/" + name)
        }
        return files
    }

    var annexYAML: Data { FileManager.default.contents(atPath: root + "/" + WorkspaceLayout.config) ?? Data() }

    /// The workspace as a fresh load reads it; fails the test if any file does not read back.
    func reload(file: StaticString = #filePath, line: UInt = #line) throws -> Workspace {
        let loaded = try WorkspaceStore(root: root).load()
        XCTAssertEqual(loaded.issues.filter { $0.severity == .error }, [], "the workspace reads back cleanly", file: file, line: line)
        return loaded.workspace
    }

    func risk(_ id: String, file: StaticString = #filePath, line: UInt = #line) throws -> Risk? {
        try reload(file: file, line: line).risks.first { $0.id == id }
    }
}

/// The count the heat map shows for a cell, read from the screen: the pane's corner is found,
/// each likelihood row (highest first) holds 4-column cells of a right-aligned count (`·` for
/// none) and the level letter; a filtered cell is drawn as `[nL]`.
private func heatMapCount(likelihood: Int, impact: Int, steps: Int, on screen: CellBuffer,
                          file: StaticString = #filePath, line: UInt = #line) -> Int? {
    let rows = screen.lines(trimmingTrailingSpaces: false)
    guard let y = rows.firstIndex(where: { $0.hasPrefix("┌ Heat map") }) else {
        XCTFail("no heat map on screen", file: file, line: line)
        return nil
    }
    let x = 1 + 3 + (impact - 1) * 4
    let text = (0..<2).map { screen.cell(at: Point(x: x + $0, y: y + 1 + steps - likelihood)).grapheme }.joined()
    let digits = text.filter(\.isNumber)
    if digits.isEmpty { return text.contains("·") ? 0 : nil }
    return Int(digits)
}

/// The Risks screen on a real demo workspace: every change is in `risks/<id>.yaml` (or
/// `annex.yaml`) when the status line says it is saved, and `u` puts the files back.
final class RisksScenarioTests: XCTestCase {
    private let title = "Supplier portal breach"

    /// Adds a risk from the heat map with the keyboard: title, likelihood 3 (Right twice from 1),
    /// impact 4 (the digit), two controls picked with Tab, saved with Enter. Returns its id.
    private func addRisk(in session: inout AppSession, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let before = Set(session.state.workspace.risks.map(\.id))
        session.press("3", "a")
        guard let form = session.state.popup?.layer(RiskForm.self) else {
            XCTFail("a opens the risk form", file: file, line: line)
            return ""
        }
        XCTAssertTrue(session.rows.contains { $0.contains("┌ New risk \(form.id) ") }, "the form names the new id", file: file, line: line)
        session.type(title)
        for _ in 0..<6 { session.press("down") }  // description, assets, threat, vulnerability, owner, likelihood
        session.press("right", "right")
        session.press("down", "4")
        XCTAssertTrue(session.rows.contains { $0.contains("│ Inherent  High 12    Residual not assessed") },
                      "the rating line follows the keys", file: file, line: line)
        session.press("down", "down", "enter")  // treatment, controls; Enter picks
        guard session.state.popup?.layer(ControlPicker.self) != nil else {
            XCTFail("Enter on Controls opens the picker", file: file, line: line)
            return ""
        }
        session.type("backup")
        session.press("tab", "ctrl+u")
        session.type("logging")
        session.press("tab")
        XCTAssertTrue(session.rows.contains { $0.contains("┌ Controls for \(form.id) (2 chosen) ") }, file: file, line: line)
        XCTAssertTrue(session.rows.contains { $0.contains("│ [x] A.8.15  Logging ") }, file: file, line: line)
        session.press("enter")
        XCTAssertTrue(session.rows.contains { $0.contains("│ Controls            A.8.13, A.8.15 ") }, file: file, line: line)
        session.press("enter")
        XCTAssertNil(session.state.popup, "the second Enter saves", file: file, line: line)
        let added = Set(session.state.workspace.risks.map(\.id)).subtracting(before)
        XCTAssertEqual(added, [form.id], file: file, line: line)
        return form.id
    }

    func testAddingARiskWritesItsFileAndItsCellCountsOneMore() throws {
        let workspace = try DemoWorkspace()
        let disk = RiskFilesOnDisk(workspace: workspace)
        var session = try workspace.session()
        session.press("3")
        XCTAssertEqual(heatMapCount(likelihood: 3, impact: 4, steps: 5, on: session.screen), 7)
        let before = try disk.all()

        let id = try addRisk(in: &session)

        XCTAssertTrue(session.statusLine.hasPrefix(" \(id) added (high) "), session.statusLine)
        XCTAssertEqual(session.state.status?.kind, .saved)
        XCTAssertTrue(disk.exists(id), "risks/\(id).yaml is written")
        let saved = try XCTUnwrap(try disk.risk(id))
        XCTAssertEqual(saved.title, title)
        XCTAssertEqual(saved.inherent, RiskRating(likelihood: 3, impact: 4))
        XCTAssertNil(saved.residual, "not assessed yet")
        XCTAssertEqual(saved.controls, ["A.8.13", "A.8.15"])
        XCTAssertEqual(saved.nextReview, today.adding(days: 365))
        XCTAssertEqual(saved.status, .identified)
        let text = disk.text(id)
        XCTAssertTrue(text.contains("title: \(title)\n"), text)
        XCTAssertTrue(text.contains("likelihood: 3\nimpact: 4\n"), text)
        XCTAssertTrue(text.contains("- A.8.13\n") && text.contains("- A.8.15\n"), text)
        var after = try disk.all()
        after["\(id).yaml"] = nil
        XCTAssertEqual(after, before, "no other risk file changed")

        XCTAssertEqual(heatMapCount(likelihood: 3, impact: 4, steps: 5, on: session.screen), 8, "the cell counts the new risk")
        XCTAssertEqual(heatMapCount(likelihood: 1, impact: 1, steps: 5, on: session.screen), 0, "the cell the form started on is unchanged")
        XCTAssertEqual(session.rows[1].prefix(47), "┌ Heat map: inherent ─────┐┌ Register 43/43 ───")
    }

    func testFilteringByTheNewRisksCellListsIt() throws {
        let workspace = try DemoWorkspace()
        var session = try workspace.session()
        let id = try addRisk(in: &session)

        session.press("k", "k", "l", "l", "l")
        XCTAssertTrue(session.rows[9].hasPrefix("│ Possible × Major "), session.rows[9])
        session.press("enter")

        XCTAssertEqual(session.state.focus, .register)
        XCTAssertTrue(session.rows[1].contains("┌ Register ") && session.rows[1].contains(": cell L3×I4 "), session.rows[1])
        XCTAssertTrue(session.rows[4].hasPrefix("│ 3  ·L  1M  9M [8H] 2H   │"), session.rows[4])
        XCTAssertTrue(session.rows.contains { $0.contains(" Supplier portal breach   H12  modify  —   │") },
                      "the new risk is listed:\n\(session.rows.joined(separator: "\n"))")
        XCTAssertEqual(session.state.risks.selected, id, "and stays selected")
        XCTAssertTrue(session.rows[13].hasPrefix("│ Inherent       High 12  L3×I4 Possible × Major "), session.rows[13])
        for row in session.rows[3...10] where row.dropFirst(27).hasPrefix("R-") {
            XCTAssertTrue(row.contains(" H12 "), "only L3×I4 risks are listed: \(row)")
        }
    }

    func testEditingTheResidualRatingSavesItAndUUndoesItOnDisk() throws {
        let workspace = try DemoWorkspace()
        let disk = RiskFilesOnDisk(workspace: workspace)
        var session = try workspace.session()
        let id = try addRisk(in: &session)
        let added = try XCTUnwrap(disk.bytes(id))
        session.press("tab")
        XCTAssertEqual(session.state.risks.selected, id)

        session.press("e")
        XCTAssertTrue(session.rows.contains { $0.contains("┌ Edit \(id) ") })
        for _ in 0..<12 { session.press("down") }
        session.press("2", "down", "3")
        XCTAssertTrue(session.rows.contains { $0.contains("│ Inherent  High 12    Residual  Medium 6 ") }, "the residual level shows as it is chosen")
        session.press("enter")

        XCTAssertTrue(session.statusLine.hasPrefix(" \(id) saved (medium) "), session.statusLine)
        XCTAssertEqual(try disk.risk(id)?.residual, RiskRating(likelihood: 2, impact: 3))
        XCTAssertTrue(disk.text(id).contains("residual_likelihood: 2\nresidual_impact: 3\n"), disk.text(id))
        XCTAssertEqual(try disk.risk(id)?.inherent, RiskRating(likelihood: 3, impact: 4), "the inherent rating is kept")
        XCTAssertTrue(session.rows.contains { $0.contains(" Supplier portal breach   H12  modify  M6  │") })

        session.press("u")
        XCTAssertTrue(session.statusLine.hasPrefix(" Undone: \(id) restored "), session.statusLine)
        XCTAssertNil(try disk.risk(id)?.residual)
        XCTAssertEqual(disk.bytes(id), added, "the file is back byte for byte")
        XCTAssertTrue(session.rows.contains { $0.contains(" Supplier portal breach   H12  modify  —   │") })
    }

    func testDeleteAsksThenRemovesTheFileAndUBringsItBack() throws {
        let workspace = try DemoWorkspace()
        let disk = RiskFilesOnDisk(workspace: workspace)
        var session = try workspace.session()
        let id = try addRisk(in: &session)
        let added = try XCTUnwrap(disk.bytes(id))
        session.press("tab", "d")

        XCTAssertTrue(session.rows.contains { $0.contains("│ Delete \(id) Supplier portal breach? (u undoes it) ") },
                      session.rows.joined(separator: "\n"))
        XCTAssertTrue(disk.exists(id), "nothing is deleted before the answer")
        session.press("y")

        XCTAssertFalse(disk.exists(id), "risks/\(id).yaml is gone")
        XCTAssertNil(try disk.risk(id))
        XCTAssertTrue(session.statusLine.hasPrefix(" \(id) deleted (u undoes it) "), session.statusLine)
        XCTAssertEqual(heatMapCount(likelihood: 3, impact: 4, steps: 5, on: session.screen), 7)
        XCTAssertFalse(session.rows.dropLast().contains { $0.contains("Supplier portal breach") }, "nor in the register")

        session.press("u")
        XCTAssertEqual(disk.bytes(id), added, "the file is back byte for byte")
        XCTAssertEqual(try disk.risk(id)?.title, title)
        XCTAssertTrue(session.statusLine.hasPrefix(" Undone: \(id) restored "), session.statusLine)
        XCTAssertEqual(heatMapCount(likelihood: 3, impact: 4, steps: 5, on: session.screen), 8)
    }

    func testRetainingAHighResidualRiskWithoutAnAcceptanceIsRefusedAndNothingIsWritten() throws {
        let workspace = try DemoWorkspace()
        let disk = RiskFilesOnDisk(workspace: workspace)
        var session = try workspace.session()
        let original = try XCTUnwrap(try disk.risk("R-014"))
        XCTAssertEqual(RiskMatrix.standard5x5.level(of: original.current)?.id, "high")
        XCTAssertNil(original.acceptance)
        let before = try disk.all()

        session.press("3", "tab", "/")
        session.type("R-014")
        session.press("enter")
        XCTAssertEqual(session.state.risks.selected, "R-014")
        session.press("e")
        for _ in 0..<8 { session.press("down") }
        session.type(" ")
        XCTAssertTrue(session.rows.contains { $0.contains("│ Treatment           ◂ retain ▸ ") })
        session.press("enter")

        guard let refused = session.state.popup?.layer(RiskForm.self) else { return XCTFail("the form stays open") }
        XCTAssertEqual(refused.error?.description, "A high residual risk can only be retained once someone accepts it: fill in Accepted by")
        XCTAssertEqual(refused.field, .acceptedBy, "the cursor goes to the field to fill in")
        XCTAssertTrue(session.rows.contains { $0.contains("│ A high residual risk can only be retained once someone accepts it") },
                      session.rows.joined(separator: "\n"))
        XCTAssertEqual(try disk.all(), before, "nothing was written")

        session.press("escape")
        XCTAssertTrue(session.statusLine.hasPrefix(" Edit cancelled; nothing changed "), session.statusLine)
        XCTAssertEqual(try disk.all(), before)
        XCTAssertEqual(try disk.risk("R-014"), original)
    }

    func testNamingAnAcceptanceLetsTheHighResidualRiskBeRetained() throws {
        let workspace = try DemoWorkspace()
        let disk = RiskFilesOnDisk(workspace: workspace)
        var session = try workspace.session()
        session.press("3", "tab", "/")
        session.type("R-014")
        session.press("enter", "e")
        for _ in 0..<8 { session.press("down") }
        session.type(" ")
        session.press("enter")
        session.type("adonnelly")
        session.press("enter")

        XCTAssertNil(session.state.popup)
        XCTAssertTrue(session.statusLine.hasPrefix(" R-014 saved (high) "), session.statusLine)
        let saved = try XCTUnwrap(try disk.risk("R-014"))
        XCTAssertEqual(saved.treatment, .retain)
        XCTAssertEqual(saved.acceptance, RiskAcceptance(by: "adonnelly", on: today))
        let problems = ISMSChecker(today: today).problems(in: try disk.reload()).filter { $0.subject == .risk("R-014") && $0.severity == .error }
        XCTAssertEqual(problems, [], "annex check has nothing against it")
    }

    /// `M`, the four text fields rewritten for a 3x3 matrix, Enter. Ratings move proportionally.
    private func changeMatrixTo3x3(in session: inout AppSession) {
        session.press("3", "M")
        for (index, text) in ["Low, Medium, High", "Minor, Moderate, Severe", "Low 2, Medium 4, High 9", "High"].enumerated() {
            if index > 0 { session.press("tab") }
            session.press("ctrl+u")
            session.type(text)
        }
        XCTAssertTrue(session.rows.contains { $0.contains("│ Keep each rating's position on the scale (proportional) ") })
        session.press("enter")
    }

    private let threeByThree = RiskMatrix(
        likelihood: ["Low", "Medium", "High"], impact: ["Minor", "Moderate", "Severe"],
        levels: [RiskLevel(id: "low", name: "Low", maxScore: 2), RiskLevel(id: "medium", name: "Medium", maxScore: 4),
                 RiskLevel(id: "high", name: "High", maxScore: 9)],
        acceptanceFrom: "high"
    )

    func testChangingTheMatrixTo3x3RewritesAnnexYamlAndRemapsEveryRiskFile() throws {
        let workspace = try DemoWorkspace()
        let disk = RiskFilesOnDisk(workspace: workspace)
        let original = try disk.reload()
        XCTAssertEqual(original.config.riskMatrix, .standard5x5)
        var session = try workspace.session()

        changeMatrixTo3x3(in: &session)

        XCTAssertNil(session.state.popup)
        let moved = original.risks.filter { RiskMatrix.standard5x5.remap([$0], to: threeByThree, using: .proportional) != [$0] }.count
        XCTAssertTrue(session.statusLine.hasPrefix(" Risk matrix saved: 3x3, \(moved) risks re-rated (proportional) "), session.statusLine)
        let reloaded = try disk.reload()
        XCTAssertEqual(reloaded.config.riskMatrix, threeByThree, "annex.yaml holds the new matrix")
        let yaml = String(decoding: disk.annexYAML, as: UTF8.self)
        XCTAssertTrue(yaml.contains("Moderate") && !yaml.contains("Almost certain") && !yaml.contains("critical"), yaml)

        let expected = RiskMatrix.standard5x5.remap(original.risks, to: threeByThree, using: .proportional)
        XCTAssertEqual(reloaded.risks.sorted { $0.id < $1.id }, expected.sorted { $0.id < $1.id }, "every risk file carries its remapped ratings")
        // A few by hand: R-001 is L4×I5, residual L2×I4; R-030 is L3×I2, residual L2×I2.
        let remap = RatingRemap.proportional
        let r001 = try XCTUnwrap(reloaded.risks.first { $0.id == "R-001" })
        XCTAssertEqual(r001.inherent, RiskRating(likelihood: remap.step(4, from: 5, to: 3), impact: remap.step(5, from: 5, to: 3)))
        XCTAssertEqual(r001.inherent, RiskRating(likelihood: 3, impact: 3))
        XCTAssertEqual(r001.residual, RiskRating(likelihood: remap.step(2, from: 5, to: 3), impact: remap.step(4, from: 5, to: 3)))
        XCTAssertEqual(r001.residual, RiskRating(likelihood: 2, impact: 3))
        let r030 = try XCTUnwrap(reloaded.risks.first { $0.id == "R-030" })
        XCTAssertEqual(r030.inherent, RiskRating(likelihood: 2, impact: 2))
        XCTAssertEqual(r030.residual, RiskRating(likelihood: 2, impact: 2))
        XCTAssertTrue(disk.text("R-001").contains("likelihood: 3\nimpact: 3\n"), disk.text("R-001"))
        XCTAssertEqual(try disk.all().count, original.risks.count, "no risk file added or lost")

        let problems = ISMSChecker(today: today).problems(in: reloaded)
        XCTAssertEqual(problems.filter { $0.message.contains("outside the scale") }, [], "annex check finds no rating off the new scales")
        XCTAssertEqual(problems.filter { $0.subject == .configuration && $0.severity == .error }, [], "and the matrix itself is valid")
        XCTAssertEqual(threeByThree.problems(), [])

        XCTAssertTrue(session.rows[2].hasPrefix("│ 3 "), session.rows[2])
        XCTAssertTrue(session.rows[5].hasPrefix("│     1   2   3 "), session.rows[5])
        let figures = RiskFigures(risks: reloaded.risks, matrix: threeByThree, view: .inherent)
        for likelihood in 1...3 {
            for impact in 1...3 {
                XCTAssertEqual(heatMapCount(likelihood: likelihood, impact: impact, steps: 3, on: session.screen),
                               figures.count(likelihood: likelihood, impact: impact), "L\(likelihood)×I\(impact)")
            }
        }
    }

    func testUUndoesTheMatrixChangeRestoringAnnexYamlAndTheRiskFiles() throws {
        let workspace = try DemoWorkspace()
        let disk = RiskFilesOnDisk(workspace: workspace)
        let annexBefore = disk.annexYAML
        let risksBefore = try disk.all()
        var session = try workspace.session()
        changeMatrixTo3x3(in: &session)
        XCTAssertNotEqual(disk.annexYAML, annexBefore)
        XCTAssertNotEqual(try disk.all(), risksBefore)

        session.press("u")

        XCTAssertTrue(session.statusLine.hasPrefix(" Undone: risk matrix restored "), session.statusLine)
        XCTAssertEqual(disk.annexYAML, annexBefore, "annex.yaml is back byte for byte")
        XCTAssertEqual(try disk.all(), risksBefore, "so is every risk file")
        XCTAssertEqual(try disk.reload().config.riskMatrix, .standard5x5)
        XCTAssertEqual(heatMapCount(likelihood: 4, impact: 5, steps: 5, on: session.screen), 3, "the 5x5 map is back")
        XCTAssertTrue(session.rows[2].hasPrefix("│ 5  ·M  ·H  ·H  1C  ·C   │"), session.rows[2])

        session.press("u")
        XCTAssertTrue(session.statusLine.hasPrefix(" Nothing to undo "), session.statusLine)
    }
}
