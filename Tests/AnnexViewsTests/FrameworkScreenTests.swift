import AnnexApp
import AnnexDomain
import TerminalCore
import XCTest

/// The Controls screen on an imported catalog (`f`), its detail with the statement and the
/// mappings, decisions recorded per framework, and the dashboard's coverage pane.
final class FrameworkScreenTests: XCTestCase {
    private func catalogState(width: Int = 80, height: Int = 24) -> AppState {
        var state = FrameworkFixture.state(width: width, height: height)
        send(.character("2"), to: &state)
        send(.character("f"), to: &state)
        return state
    }

    private func selecting(_ id: String, in state: AppState) -> AppState {
        var state = state
        state.controls.selected = id
        send(.resize(width: state.width, height: state.height), to: &state)
        return state
    }

    func testFShowsTheImportedCatalogAsANestedTreeWithItsFirstControlAt80x24() {
        assertScreen(render(catalogState()),
            """
             Annex  1 Dashboard  2 Controls  3 Risks  4 Audits  5 Actions  6 Evidence
            ┌ Catalog: ACME controls ────────┐┌ Detail ────────────────────────────────────┐
            │▾ Access Control             0/3││ AC-1 Account review                        │
            │  AC-1    Account review        ││ Access Control · ACME controls             │
            │    AC-1(1) Automated review    ││                                            │
            │  AC-2    Shared accounts      –││ Status in this workspace                   │
            │  ▾ Remote Access            0/1││ Not decided yet: s sets its status, a      │
            │    AC-3    Remote sessions    ◐││ includes or excludes it.                   │
            │▾ Incident Response          0/1││                                            │
            │  IR-1    Incident handling     ││ Statement                                  │
            │                                ││ The organization reviews accounts every    │
            │                                ││ [Assignment: review frequency].            │
            │                                ││   a. Removes accounts nobody uses.         │
            │                                ││                                            │
            │                                ││ Parameters                                 │
            │                                ││ ac-1_prm_1: [Assignment: review frequency] │
            │                                ││                                            │
            │                                ││ Guidance                                   │
            │                                ││ Reviews catch leavers' accounts.           │
            │                                ││                                            │
            │                                ││ Enhancements (1)                           │
            │                                ││   AC-1(1)     Automated review             │
            └────────────────────────────────┘└──────────────────────────────── more below ┘
             ACME controls: 5 controls (f for the next framework)   /  Filter  s  Status
            """
        )
    }

    func testEachFrameworkKeepsItsOwnSelectionWhenSwitchingBack() {
        var state = FrameworkFixture.state()
        send(.character("2"), to: &state)
        state = selecting("A.5.15", in: state)
        send(.character("f"), to: &state)
        XCTAssertEqual(state.controls.framework, FrameworkFixture.id)
        send(.character("j"), to: &state)
        XCTAssertEqual(state.controls.selected, "ac-1.1", "j moves onto the enhancement under its control")
        send(.character("f"), to: &state)
        XCTAssertEqual(state.controls.framework, ISO27001.frameworkID, "f wraps round to ISO/IEC 27001")
        XCTAssertEqual(state.controls.selected, "A.5.15")
        XCTAssertTrue(picture(render(state)).contains("Catalog: ISO/IEC 27001:2022"))
        send(.character("f"), to: &state)
        XCTAssertEqual(state.controls.selected, "ac-1.1")
    }

    func testWithOnlyISOTheKeySaysHowToAddAFramework() {
        var state = demoState()
        send(.character("2"), to: &state)
        send(.character("f"), to: &state)
        XCTAssertEqual(state.controls.framework, ISO27001.frameworkID)
        XCTAssertTrue(picture(render(state)).contains("is the only framework: annex import oscal FILE.json"), picture(render(state)))
    }

    func testTheDetailShowsWhatACatalogControlMapsToWithTheISOStatus() {
        let screen = picture(render(catalogState(width: 100, height: 40)))
        XCTAssertTrue(screen.contains("Maps to (1)"), screen)
        let line = screen.split(separator: "\n").first { $0.contains("A.5.15") }.map(String.init) ?? ""
        XCTAssertTrue(line.contains("equivalent · iso27001-2022 · Implemented"), "the mapped ISO control, its relation and its status in the SoA: \(line)")
        XCTAssertTrue(line.contains("✓ A.5.15"), line)
    }

    func testAnISOControlShowsTheCatalogControlsThatMapToIt() {
        var state = FrameworkFixture.state(width: 100, height: 60)
        send(.character("2"), to: &state)
        let screen = picture(render(selecting("A.5.24", in: state)))
        let line = screen.split(separator: "\n").first { $0.contains("IR-1") }.map(String.init) ?? ""
        XCTAssertTrue(line.contains("IR-1      subset · ACME controls · not decided"), "read backwards from the mapping file: \(screen)")
        XCTAssertTrue(screen.contains("Incident handling") && screen.contains("the plan only"), "the control's title and the mapping's note follow")
    }

    func testAWithdrawnControlSaysWhereItWentAndCannotBeDecidedOn() {
        var state = selecting("ac-2", in: catalogState())
        XCTAssertTrue(picture(render(state)).contains("Withdrawn: incorporated into AC-1"), picture(render(state)))
        let effects = AppReducer().reduce(&state, .key(.character("s")))
        XCTAssertTrue(effects.isEmpty, "no status for a withdrawn control")
        XCTAssertNil(state.workspace.entry("ac-2", in: FrameworkFixture.id))
    }

    func testAStatusOnACatalogControlIsSavedForItsFrameworkNotInTheSoA() {
        var state = catalogState()
        let effects = AppReducer().reduce(&state, .key(.character("s")))
        guard case .saveSoAEntry(let entry, let previous, _)? = effects.first else { return XCTFail("expected a save, got \(effects)") }
        XCTAssertEqual(entry.framework, FrameworkFixture.id)
        XCTAssertEqual(entry.control, "ac-1")
        XCTAssertEqual(previous, SoAEntry(control: "ac-1", framework: FrameworkFixture.id), "the undo base is the undecided entry")
        XCTAssertEqual(state.workspace.entry("ac-1", in: FrameworkFixture.id)?.status, entry.status)
        XCTAssertNil(state.workspace.soa["ac-1"], "the ISO SoA is untouched")
        func row(_ state: AppState) -> String {
            picture(render(state)).split(separator: "\n").first { $0.contains("AC-1    Account review") }.map { String($0.prefix(34)) } ?? ""
        }
        XCTAssertEqual(row(catalogState()), "│  AC-1    Account review        │", "undecided: no mark")
        XCTAssertNotEqual(row(state), row(catalogState()), "the row shows the new status at once")
    }

    func testUndoingTheFirstStatusOfACatalogControlLeavesItUndecided() {
        var state = catalogState()
        _ = AppReducer().reduce(&state, .key(.character("s")))
        XCTAssertNotNil(state.workspace.entry("ac-1", in: FrameworkFixture.id))
        let effects = AppReducer().reduce(&state, .key(.character("u")))
        XCTAssertNil(state.workspace.entry("ac-1", in: FrameworkFixture.id), "not 'applicable, not started': nothing decided")
        guard case .saveSoAEntry(let entry, _, _)? = effects.first else { return XCTFail("expected a save, got \(effects)") }
        XCTAssertTrue(entry.isNoDecision, "the save takes the entry out of the status file")
        XCTAssertTrue(picture(render(state)).contains("Not decided yet"), picture(render(state)))
    }

    func testTheApplicabilityFilterOfACatalogTellsDecidedFromNotDecided() {
        var state = catalogState()
        func shown() -> [String] { CatalogTree.rows(state).compactMap(\.itemID) }
        send(.character("A"), to: &state)
        XCTAssertEqual(shown(), ["ac-3"], "applicable: only what was decided so, not every undecided control")
        send(.character("A"), to: &state)
        XCTAssertEqual(shown(), [], "excluded: nothing yet")
        send(.character("A"), to: &state)
        XCTAssertEqual(shown(), ["ac-1", "ac-1.1", "ir-1"], "not decided, withdrawn AC-2 aside")
        XCTAssertTrue(picture(render(state)).contains("not decided"), picture(render(state)))
        send(.character("A"), to: &state)
        XCTAssertFalse(state.controls.filter.isActive)
    }

    func testTypingAFilterFindsCatalogControlsByLabelAndTitle() {
        var state = catalogState()
        send(.character("/"), to: &state)
        type("incident", into: &state)
        let screen = picture(render(state))
        XCTAssertTrue(screen.contains("IR-1    Incident handling"), screen)
        XCTAssertFalse(screen.contains("Account review"), screen)
    }

    func testTheDashboardShowsEachFrameworksCoverageBySoA() {
        let rows = picture(render(FrameworkFixture.state())).split(separator: "\n").map(String.init)
        XCTAssertEqual(Array(rows[13...16].map { String($0.prefix(40)) }), [
            "┌ Coverage by the SoA ─────────────────┐",
            "│ACME controls  █████░░░░ 50% 1/2      │",
            "│  1 partial · 2 unmapped              │",
            "└──────────────────────────────────────┘",
        ], "A.5.15 implemented covers AC-1 (equivalent); A.5.24 only part of IR-1 (subset); AC-1(1) and AC-3 are unmapped")
    }

    func testFrameworksNoMappingReachesShareOneLineUnderTheMappedOnes() {
        var state = FrameworkFixture.state()
        state.workspace.catalog = state.workspace.catalog.with(Framework(id: "zeta", title: "Zeta baseline", revision: "z1", groups: FrameworkFixture.framework.groups))
        let rows = picture(render(state)).split(separator: "\n").map { String($0.prefix(40)) }
        XCTAssertEqual(Array(rows[13...17]), [
            "┌ Coverage by the SoA ─────────────────┐",
            "│ACME controls  █████░░░░ 50% 1/2      │",
            "│  1 partial · 2 unmapped              │",
            "│Not mapped: Zeta baseline             │",
            "└──────────────────────────────────────┘",
        ])
    }

    func testTheDashboardHasNoCoveragePaneWithoutAnImportedCatalog() {
        XCTAssertFalse(picture(render(demoState())).contains("Coverage"))
    }
}
