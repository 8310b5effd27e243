import Foundation
import XCTest

final class WorkspaceCommandTests: XCTestCase {
    func testTheDemoWorkspacePassesCheckAndExportsTheWholeSoA() throws {
        let folder = TemporaryFolder()
        let demo = folder.path + "/demo"
        let created = try AnnexBinary.run(["init", "--demo", demo])
        XCTAssertEqual(created.status, 0, created.stderr)

        let check = try AnnexBinary.run(["check", "--workspace", demo])
        XCTAssertEqual(check.status, 0, check.stdout)
        XCTAssertTrue(check.stdout.hasSuffix("warnings\n") || check.stdout.hasSuffix("warning\n"), check.stdout)
        XCTAssertTrue(check.stdout.contains("0 errors"), check.stdout)

        let soa = try AnnexBinary.run(["export", "soa", "--workspace", demo, "--format", "csv"])
        XCTAssertEqual(soa.status, 0, soa.stderr)
        let lines = soa.stdout.split(separator: "\r\n")
        XCTAssertEqual(lines.first, "control,title,theme,applicable,reasons,justification,status,status_title,owner,owner_name,evidence,notes,reviewed")
        XCTAssertEqual(lines.count, 94)
    }

    /// One wrong value in soa.yaml is one error at its line: the entries the file could not give
    /// are unknown, not 93 controls missing from annex.yaml.
    func testOneBadSoAEntryIsOneErrorAtItsLine() throws {
        let folder = TemporaryFolder()
        let demo = folder.path + "/demo"
        XCTAssertEqual(try AnnexBinary.run(["init", "--demo", demo]).status, 0)
        let path = demo + "/soa.yaml"
        var text = try String(contentsOfFile: path, encoding: .utf8)
        let line = try XCTUnwrap(text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0 == "  status: implemented" }) + 1
        text = text.replacingOccurrences(of: "  status: implemented", with: "  status: bogus", options: [], range: text.range(of: "  status: implemented"))
        try text.write(toFile: path, atomically: true, encoding: .utf8)

        let check = try AnnexBinary.run(["check", "--workspace", demo])
        XCTAssertEqual(check.status, 1)
        let errors = check.stdout.split(separator: "\n").filter { $0.contains(": error: ") }
        XCTAssertEqual(errors, ["soa.yaml:\(line): error: 'status' must be one of not_started, planned, partial, implemented, not 'bogus'"])
    }

    func testInitWritesAnEmptyWorkspaceFoundFromASubfolder() throws {
        let folder = TemporaryFolder()
        let result = try AnnexBinary.run(["init", "--org", "Acme Ltd"], in: folder.path)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(folder.read("annex.yaml")?.contains("organisation: Acme Ltd") ?? false)
        try FileManager.default.createDirectory(atPath: folder.path + "/risks/deeper", withIntermediateDirectories: true)

        let export = try AnnexBinary.run(["export", "risks", "--format", "json"], in: folder.path + "/risks/deeper")
        XCTAssertEqual(export.status, 0, export.stderr)
        XCTAssertEqual(export.stdout, "[\n\n]\n")

        let again = try AnnexBinary.run(["init"], in: folder.path)
        XCTAssertEqual(again.status, 1)
        XCTAssertTrue(again.stderr.contains("already holds an Annex workspace"), again.stderr)
    }

    func testCheckListsBrokenFilesAndISMSProblemsWithPathAndLine() throws {
        let folder = TemporaryFolder()
        XCTAssertEqual(try AnnexBinary.run(["init", "--demo", folder.path + "/ws"]).status, 0)
        let ws = TemporaryFolderView(root: folder.path + "/ws")
        ws.write("risks/R-BAD.yaml", "id: R-BAD\ntitle: Broken\nlikelihood: 9\nimpact: 2\nowner: nobody\n")
        ws.write("risks/R-SYNTAX.yaml", "id: R-SYNTAX\ntitle: [unclosed\n")

        let check = try AnnexBinary.run(["check", "--workspace", ws.root])

        XCTAssertEqual(check.status, 1)
        XCTAssertTrue(check.stdout.contains("risks/R-BAD.yaml:3: error: likelihood 9 is outside the scale 1-5"), check.stdout)
        XCTAssertTrue(check.stdout.contains("risks/R-SYNTAX.yaml:"), check.stdout)
        XCTAssertTrue(check.stdout.contains("risks/R-BAD.yaml:5: warning: risk owner 'nobody' is not among the people in annex.yaml"), check.stdout)
        let lines = check.stdout.split(separator: "\n")
        let firstWarning = lines.firstIndex { $0.contains(": warning: ") } ?? lines.count
        let lastError = lines.lastIndex { $0.contains(": error: ") } ?? 0
        XCTAssertLessThan(lastError, firstWarning, "errors are listed before warnings")
        XCTAssertTrue(lines.last?.hasPrefix("2 errors") ?? false, check.stdout)
        XCTAssertEqual(ws.read("risks/R-SYNTAX.yaml"), "id: R-SYNTAX\ntitle: [unclosed\n", "check never rewrites a file")
    }

    func testNoWorkspaceIsAClearErrorWithoutATrace() throws {
        let folder = TemporaryFolder()
        let result = try AnnexBinary.run(["export", "soa"], in: folder.path)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.hasPrefix("annex: "), result.stderr)
        XCTAssertTrue(result.stderr.contains("no Annex workspace here or in any parent folder"), result.stderr)
        XCTAssertFalse(result.stderr.contains("Fatal error"))

        let viaEnvironment = try AnnexBinary.run(["check"], in: folder.path, environment: ["ANNEX_WORKSPACE": folder.path + "/nope"])
        XCTAssertEqual(viaEnvironment.status, 1)
        XCTAssertTrue(viaEnvironment.stdout.contains("not an Annex workspace (no annex.yaml), given by ANNEX_WORKSPACE"), viaEnvironment.stdout)
    }

    func testExportsFindingsAndActionsOfOneAudit() throws {
        let folder = TemporaryFolder()
        XCTAssertEqual(try AnnexBinary.run(["init", "--demo", folder.path + "/ws"]).status, 0)
        let ws = folder.path + "/ws"
        let json = try AnnexBinary.run(["export", "findings", "--workspace", ws, "--audit", "IA-2026-1", "--format", "json"])
        XCTAssertEqual(json.status, 0, json.stderr)
        let rows = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        XCTAssertFalse(rows.isEmpty)
        XCTAssertTrue(rows.allSatisfy { $0["audit"] as? String == "IA-2026-1" })
        XCTAssertEqual(Set(rows.compactMap { $0["classification"] as? String }), ["conformity", "major_nc", "minor_nc", "observation", "ofi"])

        let md = try AnnexBinary.run(["export", "actions", "--workspace", ws, "--format", "md"])
        XCTAssertTrue(md.stdout.hasPrefix("| id | audit | finding | status |"), md.stdout)

        let unknown = try AnnexBinary.run(["export", "findings", "--workspace", ws, "--audit", "NOPE"])
        XCTAssertEqual(unknown.status, 1)
        XCTAssertTrue(unknown.stderr.contains("unknown audit 'NOPE'"), unknown.stderr)
    }

    func testDemoWritesToAFolderAndSummarises() throws {
        let folder = TemporaryFolder()
        let result = try AnnexBinary.run(["demo", "--path", folder.path + "/d"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("SoA: 93 controls"), result.stdout)
        XCTAssertNotNil(folder.read("d/annex.yaml"))
    }
}

/// Reads and writes inside a workspace created by the binary.
struct TemporaryFolderView {
    let root: String

    func write(_ relative: String, _ text: String) {
        FileManager.default.createFile(atPath: root + "/" + relative, contents: Data(text.utf8))
    }

    func read(_ relative: String) -> String? {
        FileManager.default.contents(atPath: root + "/" + relative).map { String(decoding: $0, as: UTF8.self) }
    }
}
