import AnnexDomain
@testable import AnnexStore
import XCTest

final class MalformedFileTests: XCTestCase {
    func testMalformedYAMLIsReportedWithPathAndLineAndNeverOverwritten() throws {
        let folder = TemporaryFolder()
        let store = try WorkspaceStore.create(at: folder.path, with: Samples.workspace)
        let broken = "id: R-001\ntitle: Ransomware\ncontrols: [A.8.13\nowner: jweiss\n"
        folder.write("risks/R-001.yaml", broken)

        let loaded = try store.load()

        XCTAssertEqual(loaded.workspace.risks, [])
        XCTAssertEqual(loaded.issues.count, 1)
        XCTAssertEqual(loaded.issues.first?.path, "risks/R-001.yaml")
        XCTAssertNotNil(loaded.issues.first?.line)
        XCTAssertTrue(loaded.unreadable.contains("risks/R-001.yaml"))
        XCTAssertThrowsError(try store.save(Samples.risk)) { error in
            XCTAssertTrue("\(error)".hasPrefix("risks/R-001.yaml:"), "\(error)")
            XCTAssertTrue("\(error)".contains("will not overwrite"), "\(error)")
        }
        XCTAssertEqual(folder.read("risks/R-001.yaml"), broken)
    }

    /// Twelve levels of nine aliases each would be 9^12 values: refused at once, at the anchor's line.
    func testAnAliasBombIsRefusedAtItsLineWithoutExpandingIt() throws {
        let folder = TemporaryFolder()
        let store = try WorkspaceStore.create(at: folder.path, with: Samples.workspace)
        var text = try XCTUnwrap(folder.read("risks/R-001.yaml"))
        let firstBombLine = text.split(separator: "\n", omittingEmptySubsequences: false).count
        text += "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...12 { text += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ") + "]\n" }
        folder.write("risks/R-001.yaml", text)

        let started = Date()
        let loaded = try store.load()
        XCTAssertLessThan(Date().timeIntervalSince(started), 10, "bounded: the expansion is never walked")
        XCTAssertEqual(loaded.issues.map(\.description), ["risks/R-001.yaml:\(firstBombLine): the value here is used again through an alias (*name): Annex files do not use anchors and aliases; write the values out"])
        XCTAssertEqual(loaded.workspace.risks, [])
        XCTAssertEqual(folder.read("risks/R-001.yaml"), text, "never overwritten")
    }

    func testAnAnchorUsedNowhereAndPlainStarsAndAmpersandsAreFine() throws {
        let folder = TemporaryFolder()
        let store = try WorkspaceStore.create(at: folder.path, with: Samples.workspace)
        var text = try XCTUnwrap(folder.read("risks/R-001.yaml"))
        text = text.replacingOccurrences(of: "title: Ransomware", with: "title: R&D *and* ops, a * b & c")
        folder.write("risks/R-001.yaml", text)
        let loaded = try store.load()
        XCTAssertEqual(loaded.issues.filter { $0.severity == .error }.map(\.description), [])
        XCTAssertTrue(loaded.workspace.risks.first?.title.hasPrefix("R&D *and* ops, a * b & c") ?? false, "\(loaded.workspace.risks.map(\.title))")
    }

    func testADuplicateKeyAndANulByteAreReportedAtTheirLine() throws {
        let folder = TemporaryFolder()
        let store = try WorkspaceStore.create(at: folder.path, with: Samples.workspace)
        let text = try XCTUnwrap(folder.read("risks/R-001.yaml"))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count
        folder.write("risks/R-001.yaml", text + "title: again\n")
        folder.write("evidence/EV-001.yaml", "id: EV-001\ntitle: x\u{0}y\n")

        let issues = try store.load().issues.map(\.description)

        XCTAssertTrue(issues.contains("risks/R-001.yaml:\(lines): 'title' appears twice in one mapping: keep one"), "\(issues)")
        XCTAssertTrue(issues.contains("evidence/EV-001.yaml:2: the file cannot be read as text: control characters are not allowed"), "\(issues)")
    }

    func testAWrongValueNamesTheLineOfItsKey() throws {
        let folder = TemporaryFolder()
        let store = try WorkspaceStore.create(at: folder.path, with: Samples.workspace)
        var text = try XCTUnwrap(folder.read("risks/R-001.yaml"))
        text = text.replacingOccurrences(of: "likelihood: 4", with: "likelihood: nine")
        folder.write("risks/R-001.yaml", text)
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("likelihood:") }! + 1

        let issue = try XCTUnwrap(store.load().issues.first)

        XCTAssertEqual(issue.description, "risks/R-001.yaml:\(line): 'likelihood' must be a whole number, not 'nine'")
    }

    func testProblemsFoundByChecksPointAtTheirLine() throws {
        let folder = TemporaryFolder()
        var workspace = Samples.workspace
        workspace.risks[0].inherent.likelihood = 9
        let store = try WorkspaceStore.create(at: folder.path, with: workspace)
        let loaded = try store.load()
        let problems = ISMSChecker(today: Samples.day).problems(in: loaded.workspace)
        let likelihood = try XCTUnwrap(problems.first { $0.message.contains("likelihood 9") })
        let text = try XCTUnwrap(folder.read("risks/R-001.yaml"))
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("likelihood:") }! + 1

        XCTAssertEqual(loaded.issue(for: likelihood).description, "risks/R-001.yaml:\(line): likelihood 9 is outside the scale 1-5")
    }

    func testSoAProblemsPointAtTheEntry() throws {
        let folder = TemporaryFolder()
        var workspace = Samples.workspace
        var entry = workspace.soa["A.7.4"]!
        entry.justification = ""
        workspace.soa.upsert(entry)
        let store = try WorkspaceStore.create(at: folder.path, with: workspace)
        let loaded = try store.load()
        let problem = try XCTUnwrap(ISMSChecker(today: Samples.day).problems(in: loaded.workspace)
            .first { $0.subject == .soa(control: "A.7.4") && $0.field == ["justification"] })
        let issue = loaded.issue(for: problem)
        let lines = try XCTUnwrap(folder.read("soa.yaml")).split(separator: "\n", omittingEmptySubsequences: false)
        let entryLine = lines.firstIndex { $0.contains("control: A.7.4") }!
        XCTAssertEqual(issue.path, "soa.yaml")
        XCTAssertTrue(lines[issue.line! - 1].contains("justification:"), "line \(issue.line!) is \(lines[issue.line! - 1])")
        XCTAssertGreaterThan(issue.line!, entryLine)
    }

    func testUnknownKeysAreWarnedAbout() throws {
        let folder = TemporaryFolder()
        let store = try WorkspaceStore.create(at: folder.path, with: Samples.workspace)
        folder.append("risks/R-001.yaml", "ownr: jweiss\n")
        let issues = try store.load().issues
        XCTAssertEqual(issues.map(\.severity), [.warning])
        XCTAssertTrue(issues[0].description.contains("unknown key 'ownr'"))
    }

    func testANewerSchemaIsRefused() throws {
        let folder = TemporaryFolder()
        let store = try WorkspaceStore.create(at: folder.path, with: Samples.workspace)
        let text = folder.read("annex.yaml")!.replacingOccurrences(of: "schema: 1", with: "schema: 7")
        folder.write("annex.yaml", text)
        XCTAssertThrowsError(try store.load()) { error in
            XCTAssertEqual("\(error)", "annex.yaml:1: this workspace uses schema 7, but this Annex only understands up to 1; update Annex before opening it")
        }
        XCTAssertThrowsError(try store.saveConfig(Samples.config))
        XCTAssertEqual(folder.read("annex.yaml"), text, "a newer workspace is never rewritten")
    }

    func testIdsThatEscapeTheWorkspaceAreRefused() throws {
        let folder = TemporaryFolder()
        let store = try WorkspaceStore.create(at: folder.path + "/ws", with: Samples.workspace)
        for id in ["../x", "../../etc/passwd", "a/b", ".hidden", ""] {
            var risk = Samples.risk
            risk.id = id
            XCTAssertThrowsError(try store.save(risk), id)
            var event = Samples.finding
            event.auditor = id
            XCTAssertThrowsError(try store.append(.logged(event), audit: "IA-2026-1"), id)
        }
        XCTAssertNil(folder.read("x.yaml"))
        XCTAssertNil(folder.read("ws/x.yaml"))
    }

    func testARecordWhoseIdDoesNotMatchItsFileIsRefused() throws {
        let folder = TemporaryFolder()
        let store = try WorkspaceStore.create(at: folder.path, with: Samples.workspace)
        let text = folder.read("risks/R-001.yaml")!.replacingOccurrences(of: "id: R-001", with: "id: ../x")
        folder.write("risks/R-001.yaml", text)
        let issue = try XCTUnwrap(store.load().issues.first)
        XCTAssertEqual(issue.path, "risks/R-001.yaml")
        XCTAssertEqual(issue.line, 1)
    }

    func testNonUTF8FileIsReportedNotCrashed() throws {
        let folder = TemporaryFolder()
        let store = try WorkspaceStore.create(at: folder.path, with: Samples.workspace)
        FileManager.default.createFile(atPath: folder.file("risks/R-002.yaml"), contents: Data([0x69, 0x64, 0x3A, 0x0A, 0xFF, 0xFE]))
        let issue = try XCTUnwrap(store.load().issues.first)
        XCTAssertEqual(issue.description, "risks/R-002.yaml:2: is not UTF-8 text")
    }
}
