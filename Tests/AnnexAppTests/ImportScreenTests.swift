@testable import AnnexApp
import AnnexDomain
import AnnexViews
import Foundation
import XCTest

/// Importing a spreadsheet with the UI open (I on Risks or Controls): the changes are shown
/// before anything is written, Enter writes them as one change, and one `u` undoes all of it,
/// through the real effect runner on a real workspace.
final class ImportScreenTests: XCTestCase {
    private func state() -> AppState {
        var state = sampleState(height: 30)
        state.workspace.risks = [Risk(id: "R-001", title: "Laptop theft", inherent: RiskRating(likelihood: 2, impact: 3))]
        return state
    }

    private func sheet(_ csv: String) -> String {
        let path = NSTemporaryDirectory() + "annex-import-\(UUID().uuidString).csv"
        FileManager.default.createFile(atPath: path, contents: Data(csv.utf8))
        addTeardownBlock { try? FileManager.default.removeItem(atPath: path) }
        return path
    }

    private func screen(_ state: AppState) -> String {
        AppView.render(state, context: RenderContext(theme: ThemeCatalog().themes[0])).lines(trimmingTrailingSpaces: true).joined(separator: "\n")
    }

    private func riskFiles(_ driver: Driver) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: driver.folder.store.root + "/risks")) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }

    func testAnImportIsShownFirstThenWrittenAsOneChangeAndUndoneInOneStep() throws {
        let file = sheet("ID,Title,Likelihood,Impact\nR-001,Laptop theft from cars,2,3\nR-050,Supplier goes bankrupt,3,4\n")
        var driver = Driver(state(), reducer: AppReducer(ids: sequentialIDs()))
        driver.press("3", "I")
        XCTAssertNotNil(driver.state.popup?.layer(ImportForm.self))
        driver.type(file)
        driver.press("enter")
        let preview = try XCTUnwrap(driver.state.popup?.layer(ImportPreviewLayer.self)).preview
        XCTAssertEqual(preview.changeCount, 2)
        let shown = screen(driver.state)
        XCTAssertTrue(shown.contains("2 risks would change, 0 unchanged"), shown)
        XCTAssertTrue(shown.contains("R-050 (new), row 3:"), shown)
        XCTAssertTrue(shown.contains("title: \"Laptop theft\" → \"Laptop theft from cars\""), shown)
        XCTAssertEqual(riskFiles(driver), ["R-001.yaml"], "nothing is written before Enter")

        driver.press("enter")
        XCTAssertEqual(driver.state.status?.text, "2 risks imported from \(file) (u undoes the import)")
        XCTAssertEqual(riskFiles(driver), ["R-001.yaml", "R-050.yaml"])
        XCTAssertEqual(try driver.folder.store.load().workspace.risks.first { $0.id == "R-001" }?.title, "Laptop theft from cars")
        XCTAssertEqual(driver.state.workspace.risks.count, 2, "the screen shows the imported risks")

        driver.press("u")
        XCTAssertEqual(riskFiles(driver), ["R-001.yaml"], "one undo removes the new risk")
        XCTAssertEqual(try driver.folder.store.load().workspace.risks.map(\.title), ["Laptop theft"], "and puts the changed one back")
        XCTAssertEqual(driver.state.workspace.risks.map(\.title), ["Laptop theft"])
    }

    func testAFileWithProblemsListsThemAllAndCannotBeImported() throws {
        let file = sheet("ID,Title,Likelihood,Impact,Status\nR-001,Laptop theft,2,3,sort of\nR-001,Twice,2,3,open\n")
        var driver = Driver(state(), reducer: AppReducer(ids: sequentialIDs()))
        driver.press("3", "I")
        driver.type(file)
        driver.press("enter")
        let preview = try XCTUnwrap(driver.state.popup?.layer(ImportPreviewLayer.self)).preview
        XCTAssertEqual(preview.problems.count, 2, "\(preview.problems)")
        XCTAssertTrue(preview.problems.allSatisfy { $0.hasPrefix(file + ":") }, "FILE:ROW: column: reason")
        driver.press("enter")
        XCTAssertTrue(driver.state.status?.text.hasSuffix("nothing can be imported") ?? false, driver.state.status?.text ?? "")
        driver.press("escape")
        XCTAssertEqual(driver.state.status?.text, "Nothing imported")
        XCTAssertEqual(try driver.folder.store.load().workspace.risks.map(\.title), ["Laptop theft"])
    }

    func testAMissingFileIsSaidAndTheSoAImportWorksFromTheControlsScreen() throws {
        var driver = Driver(state(), reducer: AppReducer(ids: sequentialIDs()))
        driver.press("2", "I")
        driver.type("/nonexistent/soa.csv")
        driver.press("enter")
        let missing = try XCTUnwrap(driver.state.popup?.layer(ImportPreviewLayer.self)).preview
        XCTAssertEqual(missing.problems, ["/nonexistent/soa.csv: does not exist"])
        driver.press("escape")

        let file = sheet("Control,Applicable,Status,Justification\nA.5.1,yes,implemented,Policies approved\nA.7.4,no,,No premises of our own\n")
        driver.press("I")
        driver.type(file)
        driver.press("enter", "enter")
        let soa = try driver.folder.store.load().workspace.soa
        XCTAssertEqual(soa["A.5.1"]?.status, .implemented)
        XCTAssertEqual(soa["A.7.4"]?.applicable, false)
        driver.press("u")
        let undone = try driver.folder.store.load().workspace.soa
        XCTAssertEqual(undone["A.7.4"]?.applicable, true, "one undo puts every entry back")
        XCTAssertEqual(undone["A.5.1"], state().workspace.soa["A.5.1"])
    }
}
