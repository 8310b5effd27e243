import Foundation
import XCTest

/// Two real annex processes on a workspace with an imported catalog: a status set on a catalog
/// control in one lands in `status/<framework>.yaml` and shows in the other, whose next edit
/// starts from it.
final class LiveWorkspaceFrameworkTests: TwoProcessTestCase {
    private static let shapes = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../AnnexCLITests/Fixtures/oscal/shapes.json").standardized.path

    private func showShapes(_ session: TmuxSession, selecting title: String) throws {
        try session.send("2")
        try session.waitFor("Catalog")
        try session.send("f")
        try session.waitFor("Catalog: Shapes Catalog")
        try session.send("/")
        try session.waitFor("Filter /")
        try session.type(title)
        try session.waitFor("shown:", "FAM-2 \(title)")
        try session.send("Enter")
        try session.waitForScreen("the filter prompt to close") { !$0.contains("Filter /") }
    }

    private func status(of control: String, in text: String?) -> String? {
        guard let text else { return nil }
        let lines = Self.lines(text)
        guard let start = lines.firstIndex(of: "- control: \(control)") else { return nil }
        return lines[(start + 1)...].prefix { !$0.hasPrefix("- ") }.first { $0.hasPrefix("  status: ") }.map { String($0.dropFirst("  status: ".count)) }
    }

    func testAStatusSetInOneProcessIsSeenAndBuiltOnByTheOther() throws {
        let imported = try runAnnex(["import", "oscal", Self.shapes, "--id", "shapes"])
        XCTAssertEqual(imported.status, 0, imported.stderr)
        let (a, b) = try startTwo()
        try showShapes(a, selecting: "Account management")
        try showShapes(b, selecting: "Account management")
        XCTAssertNil(read("status/shapes.yaml"), "nothing decided yet")

        try a.send("s")
        let first = try waitForFile("status/shapes.yaml", "A's status on FAM-2") { self.status(of: "fam-2", in: $0) != nil }
        let firstStatus = try XCTUnwrap(status(of: "fam-2", in: first))
        XCTAssertEqual(read("soa.yaml").map { $0.contains("fam-2") }, false, "the ISO SoA is not touched")

        // B follows the file: its detail shows A's status before B does anything.
        let label = firstStatus.replacingOccurrences(of: "_", with: " ")
        try b.waitForScreen("B's detail to show A's status (\(label))") { screen in
            Screen.rows(screen).contains { $0.localizedCaseInsensitiveContains("Status") && $0.localizedCaseInsensitiveContains(label) }
        }
        try b.send("s")
        let second = try waitForFile("status/shapes.yaml", "B's status, one step on from A's") {
            self.status(of: "fam-2", in: $0).map { $0 != firstStatus } ?? false
        }
        XCTAssertNotNil(status(of: "fam-2", in: second))
        XCTAssertEqual(Self.lines(second ?? "").filter { $0 == "- control: fam-2" }.count, 1, "one entry, not two: \(second ?? "")")
    }
}
