import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// A running annex follows the files: what an editor or `git pull` writes shows on screen within
/// about half a second (asserted: one second), and the next edit in the UI keeps it.
final class LiveWorkspaceReloadTests: TwoProcessTestCase {
    static let reloadDeadline: TimeInterval = 1

    // 6.
    func testAnEditorsChangeToARiskShowsAtOnceAndSurvivesTheNextEdit() throws {
        let path = "risks/R-020.yaml"
        let session = try start()
        try selectRisk(session, "R-020")
        try session.waitFor("Threat         Invoice and CEO fraud")

        // Like an editor: the whole file written anew next to it, then renamed over it.
        let threat = "E2E threat written by an editor"
        let original = try XCTUnwrap(read(path))
        let changed = original.replacingOccurrences(of: "\nthreat: Invoice and CEO fraud\n", with: "\nthreat: \(threat)\n")
        XCTAssertNotEqual(changed, original)
        try writeLikeAnEditor(path, changed)

        expectScreen(session, within: Self.reloadDeadline, "the new threat of R-020 in its detail") { screen in
            Screen.rows(screen).contains { $0.contains("Threat         \(threat)") }
        }

        let title = "E2E title typed after the editor's change"
        try editRisk(session, "R-020", field: "Title", text: title)
        let text = try waitForLine(path, "title: \(title)")
        XCTAssertTrue(Self.lines(text).contains("threat: \(threat)"), "the UI's edit of the title wrote back the old threat:\n\(text)")
        XCTAssertEqual(lineDiff(before: original, after: text).removed.count, 2, "only the title and threat differ from the demo:\n\(lineDiff(before: original, after: text))")
    }

    // 7.
    func testAGitPullShowsAtOnceAndSurvivesTheNextEdit() throws {
        guard Run.find("git") != nil else { throw XCTSkip("git is not installed") }
        try git(["init", "-q"], in: workspace)
        try git(["add", "-A"], in: workspace)
        try git(["commit", "-q", "-m", "Demo workspace"], in: workspace)
        let clone = (workspace as NSString).deletingLastPathComponent + "/clone"
        try git(["clone", "-q", workspace, clone], in: (workspace as NSString).deletingLastPathComponent)

        let session = try start()
        try selectRisk(session, "R-020")
        try session.waitFor("Threat         Invoice and CEO fraud")

        // A colleague changes the threat in their copy and commits; the workspace pulls it.
        let threat = "E2E threat pulled with git"
        let clonePath = clone + "/risks/R-020.yaml"
        let theirs = try String(contentsOfFile: clonePath, encoding: .utf8)
            .replacingOccurrences(of: "\nthreat: Invoice and CEO fraud\n", with: "\nthreat: \(threat)\n")
        try theirs.write(toFile: clonePath, atomically: false, encoding: .utf8)
        try git(["commit", "-q", "-a", "-m", "R-020: the threat as the colleague sees it"], in: clone)
        try git(["pull", "-q", "--ff-only", clone, "HEAD"], in: workspace)
        XCTAssertEqual(read("risks/R-020.yaml"), theirs, "the pull brought the colleague's file")

        expectScreen(session, within: Self.reloadDeadline, "the pulled threat of R-020 in its detail") { screen in
            Screen.rows(screen).contains { $0.contains("Threat         \(threat)") }
        }

        let title = "E2E title typed after the pull"
        try editRisk(session, "R-020", field: "Title", text: title)
        let text = try waitForLine("risks/R-020.yaml", "title: \(title)")
        XCTAssertTrue(Self.lines(text).contains("threat: \(threat)"), "the UI's edit of the title wrote back the threat from before the pull:\n\(text)")
        let status = try git(["status", "--porcelain"], in: workspace)
        XCTAssertEqual(status, " M risks/R-020.yaml\n", "the edit changed R-020 only (git status)")
        let diff = try git(["diff", "-U0", "--no-color", "risks/R-020.yaml"], in: workspace)
        let changed = Self.lines(diff).filter { ($0.hasPrefix("+") || $0.hasPrefix("-")) && !$0.hasPrefix("+++") && !$0.hasPrefix("---") }
        XCTAssertEqual(changed, ["-title: Business email compromise and payment fraud", "+title: \(title)"], "git diff after the edit:\n\(diff)")
    }

    // MARK: helpers

    /// Writes a workspace file the way most editors save: a new file beside it, renamed over it.
    func writeLikeAnEditor(_ relative: String, _ text: String) throws {
        let target = workspace + "/" + relative
        let folder = (target as NSString).deletingLastPathComponent
        let temporary = folder + "/.\((target as NSString).lastPathComponent).e2e-editor"
        try text.write(toFile: temporary, atomically: false, encoding: .utf8)
        guard rename(temporary, target) == 0 else { throw E2EError("rename \(temporary) failed: \(String(cString: strerror(errno)))") }
    }
}
