@testable import AnnexApp
import AnnexDomain
import AnnexViews
import XCTest

/// The SoA as a document on the Controls screen (D): naming a new version makes a draft, and
/// approving is a deliberate choice that records a known person, their role and today, in
/// annex.yaml, through the real effect runner.
final class SoADocumentFormTests: XCTestCase {
    private func state() -> AppState {
        var state = sampleState(height: 30)
        state.workspace.config.people = [Person(id: "anna", name: "Anna Berg", role: "Chief Executive Officer"),
                                         Person(id: "ben", name: "Ben Ode", role: "ISMS manager")]
        state.workspace.config.soaDocument = SoADocumentInfo(version: "1.0", date: Day("2026-06-01"),
                                                             approval: SoAApproval(by: "anna", role: "Chief Executive Officer", on: Day("2026-06-03")!))
        return state
    }

    private func screen(_ state: AppState) -> String {
        AppView.render(state, context: RenderContext(theme: ThemeCatalog().themes[0])).lines(trimmingTrailingSpaces: true).joined(separator: "\n")
    }

    private func form(_ driver: Driver) throws -> SoADocumentForm { try XCTUnwrap(driver.state.popup?.layer(SoADocumentForm.self)) }

    func testANewVersionIsADraftUntilSomeoneApprovesItAndUndoPutsTheApprovalBack() throws {
        var driver = Driver(state(), reducer: AppReducer(ids: sequentialIDs()))
        driver.press("2", "D")
        XCTAssertTrue(screen(driver.state).contains("approved by Anna Berg (Chief"), screen(driver.state))
        XCTAssertTrue(screen(driver.state).contains("Executive Officer) on 2026-06-03."), "the form says what is on file first")
        XCTAssertTrue(screen(driver.state).contains("approved (on 2026-06-03, as on file)"))
        XCTAssertTrue(try form(driver).approved)
        driver.send(.named("ctrl+u"))
        driver.type("1.1")
        XCTAssertFalse(try form(driver).approved, "a new version does not inherit the earlier approval")
        driver.press("enter")
        XCTAssertEqual(driver.state.status?.text, "SoA version 1.1 of \(testDay) is a draft (u undoes it)")
        var onDisk = try driver.folder.store.load().workspace.config.soaDocument
        XCTAssertEqual(onDisk, SoADocumentInfo(version: "1.1", date: testDay, approval: nil))

        driver.press("D", "tab", "right", "tab")
        driver.send(.named("ctrl+u"))
        driver.type("be")
        driver.press("tab")
        XCTAssertEqual(try form(driver).text(.approver), "ben", "Tab completes the person")
        XCTAssertEqual(try form(driver).text(.role), "ISMS manager", "the role follows the approver until it is typed")
        driver.press("enter")
        XCTAssertEqual(driver.state.status?.text, "SoA version 1.1 approved by Ben Ode on \(testDay) (u undoes it)")
        onDisk = try driver.folder.store.load().workspace.config.soaDocument
        XCTAssertEqual(onDisk.approval, SoAApproval(by: "ben", role: "ISMS manager", on: testDay))
        driver.press("1")
        XCTAssertTrue(screen(driver.state).contains("Document v1.1 approved \(testDay)"), "the dashboard says where the document stands")

        driver.press("2", "u")
        XCTAssertEqual(try driver.folder.store.load().workspace.config.soaDocument.approval, nil, "undo takes the approval back")
        driver.press("u")
        XCTAssertEqual(try driver.folder.store.load().workspace.config.soaDocument, state().workspace.config.soaDocument)
    }

    func testApprovingNeedsAKnownPersonAndARoleAndSayingTheSameAgainChangesNothing() throws {
        var driver = Driver(state(), reducer: AppReducer(ids: sequentialIDs()))
        driver.press("2", "D", "enter")
        XCTAssertEqual(driver.state.status?.text, "No change", "the approval on file is kept, with its day")
        driver.press("D", "tab", "tab")
        driver.send(.named("ctrl+u"))
        driver.type("zoe")
        driver.press("enter")
        XCTAssertEqual(try form(driver).error?.description, "'zoe' is not a person in annex.yaml; people: anna, ben")
        XCTAssertEqual(try form(driver).field, .approver)
        driver.send(.named("ctrl+u"))
        driver.type("anna")
        driver.press("tab")
        driver.send(.named("ctrl+u"))
        driver.press("enter")
        XCTAssertEqual(try form(driver).error?.description, "Say the role the approval is given in, such as Chief Executive Officer")
        driver.press("escape")
        XCTAssertEqual(try driver.folder.store.load().workspace.config.soaDocument, state().workspace.config.soaDocument, "nothing refused is written")
    }
}
