import AnnexApp
import AnnexDomain
import AnnexViews
import TerminalCore
import XCTest

// Screen 5 of the demo organisation: the corrective actions on top, the selected one and its
// nonconformity below. Today is 2026-11-29, so CA-004 (due 2026-11-15, open) is overdue.

/// The Actions screen as `5` opens it, after `keys`; new ids are always CA-777777.
private func actionsState(width: Int = 80, height: Int = 24, _ keys: KeyPress...) -> AppState {
    var state = demoState(width: width, height: height)
    let reducer = AppReducer(ids: IDGenerator(randomByte: { 7 }))
    for key in [.character("5")] + keys { _ = reducer.reduce(&state, .key(key)) }
    return state
}

final class ActionsPictureTests: XCTestCase {
    func testActionsAt80x24ListOpenActionsByDueDateWithTheFirstInDetail() {
        assertScreen(render(actionsState()),
            """
             Annex  1 Dashboard  2 Controls  3 Risks  4 Audits  5 Actions  6 Evidence
            ┌ Actions 3/4: open ───────────────────────────────────────────────────────────┐
            │  Id        NC Status      Due        Owner       Action                      │
            │  CA-002    m  done        2026-09-30 adonnelly   The scanner opens tickets a…│
            │! CA-004    m  open        2026-11-15 tmueller    SaaS request form in the se…│
            │  CA-003    m  in progress 2026-12-24 zyilmaz     Training assigned in the fi…│
            └──────────────────────────────────────────────────────────────────────────────┘
            ┌ CA-002 for F-IA1-04 ─────────────────────────────────────────────────────────┐
            │ Status         done, due 2026-09-30                                          │
            │ Owner          Aoife Donnelly (adonnelly)                                    │
            │ Root cause     The patch deadline was counted from ticket creation, and      │
            │                scanner findings became tickets only at the weekly triage;    │
            │                there was no way to record an agreed exception.               │
            │ Action         The scanner opens tickets automatically with the deadline     │
            │                counted from detection; exception register approved by the    │
            │                CISO; weekly overdue report to the Head of IT.                │
            │ Verification   not yet: v records whether it worked                          │
            │                                                                              │
            │ Nonconformity                                                                │
            │ Audit          IA-2026-1 Internal audit 1: access, suppliers, operations     │
            │ Finding        F-IA1-04 Minor nonconformity                                  │
            │ Item           A.8.8 Management of technical vulnerabilities                 │
            └────────────────────────────────────────────────────────────────── more below ┘
             s  Advance  v  Verify  e  Edit  u  Undo  q  Quit  ?  Help  :  Commands
            """
        )
    }

    func testActionsAt120x40ShowAllAndTheOverdueActionWithItsNonconformity() {
        assertScreen(render(actionsState(width: 120, height: 40, .character("o"), .character("j"))),
            """
             Annex  1 Dashboard  2 Controls  3 Risks  4 Audits  5 Actions  6 Evidence              Korvenhall Freight Software GmbH
            ┌ Actions 4/4: all ────────────────────────────────────────────────────────────────────────────────────────────────────┐
            │  Id        NC Status      Due        Owner       Action                                                              │
            │  CA-002    m  done        2026-09-30 adonnelly   The scanner opens tickets automatically with the deadline counted f…│
            │! CA-004    m  open        2026-11-15 tmueller    SaaS request form in the service desk; monthly comparison of card s…│
            │  CA-003    m  in progress 2026-12-24 zyilmaz     Training assigned in the first week; completion dashboard for manag…│
            │  CA-001    M  verified    2026-08-21 adonnelly   Automatic leaver feed from the HR system to Entra ID (accounts disa…│
            └──────────────────────────────────────────────────────────────────────────────────────────────────────────────────────┘
            ┌ CA-004 for F-IA1-06 ─────────────────────────────────────────────────────────────────────────────────────────────────┐
            │ Status         open, due 2026-11-15: 14 days overdue                                                                 │
            │ Owner          Tobias Müller (tmueller)                                                                              │
            │ Root cause     Credit card purchases bypass procurement, and no rule says that a new SaaS tool must be registered    │
            │                and assessed.                                                                                         │
            │ Action         SaaS request form in the service desk; monthly comparison of card statements with the supplier        │
            │                register; security and privacy assessment of the seven tools found, and removal of those that fail.   │
            │ Verification   once the action is done                                                                               │
            │                                                                                                                      │
            │ Nonconformity                                                                                                        │
            │ Audit          IA-2026-1 Internal audit 1: access, suppliers, operations                                             │
            │ Finding        F-IA1-06 Minor nonconformity                                                                          │
            │ Item           A.5.23 Information security for use of cloud services                                                 │
            │ Statement      The company has no complete list of the cloud services it uses: seven SaaS tools paid by credit card, │
            │                two of them holding customer data, are missing from the supplier register and were never assessed.    │
            │ Evidence       Credit card statements of the last six months compared with the supplier register (EV-007).           │
            │                                                                                                                      │
            │                                                                                                                      │
            │                                                                                                                      │
            │                                                                                                                      │
            │                                                                                                                      │
            │                                                                                                                      │
            │                                                                                                                      │
            │                                                                                                                      │
            │                                                                                                                      │
            │                                                                                                                      │
            │                                                                                                                      │
            │                                                                                                                      │
            │                                                                                                                      │
            │                                                                                                                      │
            └──────────────────────────────────────────────────────────────────────────────────────────────────────────────────────┘
             s  Advance  v  Verify  e  Edit  u  Undo  q  Quit  ?  Help  :  Commands
            """
        )
    }

    func testAVerifiedActionShowsWhoCheckedItWhenAndWhy() {
        assertScreen(render(actionsState(width: 120, height: 40, .character("o"), .character("G"), .tab)),
            """
             Annex  1 Dashboard  2 Controls  3 Risks  4 Audits  5 Actions  6 Evidence              Korvenhall Freight Software GmbH
            ┌ Actions 4/4: all ────────────────────────────────────────────────────────────────────────────────────────────────────┐
            │  Id        NC Status      Due        Owner       Action                                                              │
            │  CA-002    m  done        2026-09-30 adonnelly   The scanner opens tickets automatically with the deadline counted f…│
            │! CA-004    m  open        2026-11-15 tmueller    SaaS request form in the service desk; monthly comparison of card s…│
            │  CA-003    m  in progress 2026-12-24 zyilmaz     Training assigned in the first week; completion dashboard for manag…│
            │  CA-001    M  verified    2026-08-21 adonnelly   Automatic leaver feed from the HR system to Entra ID (accounts disa…│
            └──────────────────────────────────────────────────────────────────────────────────────────────────────────────────────┘
            ┌ CA-001 for F-IA1-03 ─────────────────────────────────────────────────────────────────────────────────────────────────┐
            │ Status         verified, due 2026-08-21                                                                              │
            │ Owner          Aoife Donnelly (adonnelly)                                                                            │
            │ Root cause     Leaver notices went from HR to IT by email, with no ticket, deadline or check; contractors were not   │
            │                in the HR system at all, so nothing triggered their removal.                                          │
            │ Action         Automatic leaver feed from the HR system to Entra ID (accounts disabled at 18:00 on the last working  │
            │                day); contractors entered in the HR system with end dates; weekly reconciliation of active accounts   │
            │                against the HR list, reviewed by IT operations.                                                       │
            │ Verification   effective, by Priya Raghunathan (praghunathan) on 2026-10-25                                          │
            │                Re-tested 10 leavers of the last 60 days (seeded-random, seed 90211): all accounts disabled within 4  │
            │                hours of the last working day. Reconciliation reports on file for 8 consecutive weeks.                │
            │                                                                                                                      │
            │ Nonconformity                                                                                                        │
            │ Audit          IA-2026-1 Internal audit 1: access, suppliers, operations                                             │
            │ Finding        F-IA1-03 Major nonconformity                                                                          │
            │ Item           A.5.18 Access rights                                                                                  │
            │ Statement      Access of leavers is not removed in time: 3 of 8 sampled leavers still had active accounts 9 to 41    │
            │                days after their last day, one of them with AWS console access. The process depends on an email from  │
            │                HR that is not tracked.                                                                               │
            │ Evidence       Entra ID sign-in and account status for the 8 sampled leavers; AWS IAM Identity Center assignments;   │
            │                HR leaver emails. Contractor CTR-0087 was never in the HR system.                                     │
            │                                                                                                                      │
            │                                                                                                                      │
            │                                                                                                                      │
            │                                                                                                                      │
            │                                                                                                                      │
            │                                                                                                                      │
            │                                                                                                                      │
            │                                                                                                                      │
            │                                                                                                                      │
            └──────────────────────────────────────────────────────────────────────────────────────────────────────────────────────┘
             s  Advance  v  Verify  e  Edit  u  Undo  q  Quit  ?  Help  :  Commands
            """
        )
    }

    /// Overdue reads without colour: a `!` before the id and the lateness in words, in ASCII too.
    func testOverdueReadsInMonochromeAscii() {
        let monochrome = theme("monochrome").degraded(to: .monochrome)
        let screen = AppView.render(actionsState(.character("j")), context: RenderContext(theme: monochrome, unicode: false))
        assertScreen(screen,
            """
             Annex  1 Dashboard  2 Controls  3 Risks  4 Audits  5 Actions  6 Evidence
            + Actions 3/4: open -----------------------------------------------------------+
            |  Id        NC Status      Due        Owner       Action                      |
            |  CA-002    m  done        2026-09-30 adonnelly   The scanner opens tickets a~|
            |! CA-004    m  open        2026-11-15 tmueller    SaaS request form in the se~|
            |  CA-003    m  in progress 2026-12-24 zyilmaz     Training assigned in the fi~|
            +------------------------------------------------------------------------------+
            + CA-004 for F-IA1-06 ---------------------------------------------------------+
            | Status         open, due 2026-11-15: 14 days overdue                         |
            | Owner          Tobias Müller (tmueller)                                      |
            | Root cause     Credit card purchases bypass procurement, and no rule says    |
            |                that a new SaaS tool must be registered and assessed.         |
            | Action         SaaS request form in the service desk; monthly comparison of  |
            |                card statements with the supplier register; security and      |
            |                privacy assessment of the seven tools found, and removal of   |
            |                those that fail.                                              |
            | Verification   once the action is done                                       |
            |                                                                              |
            | Nonconformity                                                                |
            | Audit          IA-2026-1 Internal audit 1: access, suppliers, operations     |
            | Finding        F-IA1-06 Minor nonconformity                                  |
            | Item           A.5.23 Information security for use of cloud services         |
            +------------------------------------------------------------------ more below +
             s  Advance  v  Verify  e  Edit  u  Undo  q  Quit  ?  Help  :  Commands
            """
        )
    }

    func testMonochromeUsesNoColourAndTheSelectionStillShows() throws {
        let monochrome = theme("monochrome").degraded(to: .monochrome)
        for state in [actionsState(), actionsState(.character("a")), actionsState(.character("v"))] {
            let frame = AppView.render(state, context: RenderContext(theme: monochrome))
            for y in 0..<frame.size.height {
                for x in 0..<frame.size.width where frame.style(at: Point(x: x, y: y)).foreground != .default
                    || frame.style(at: Point(x: x, y: y)).background != .default {
                    return XCTFail("the cell at \(x),\(y) is coloured")
                }
            }
        }
        let frame = AppView.render(actionsState(), context: RenderContext(theme: monochrome))
        let selected = try XCTUnwrap(locate("CA-002", in: frame))
        let other = try XCTUnwrap(locate("CA-003", in: frame))
        XCTAssertTrue(frame.style(at: selected).attributes.contains(.reverse), "the selected row is reversed")
        XCTAssertFalse(frame.style(at: other).attributes.contains(.reverse))
    }

    func testTheOverdueMarkAndDueDateTakeTheWarningStyleUnlessSelected() throws {
        let screen = render(actionsState())
        let warning = theme("default").style("warning")
        let mark = try XCTUnwrap(locate("! CA-004", in: screen))
        XCTAssertEqual(screen.cell(at: mark).style, warning)
        let due = try XCTUnwrap(locate("2026-11-15", in: screen))
        XCTAssertEqual(screen.cell(at: due).style, warning)
        let selected = render(actionsState(.character("j")))
        XCTAssertEqual(selected.cell(at: mark).style, theme("default").style("selection"), "the selection bar wins; the ! stays")
        XCTAssertEqual(selected.cell(at: mark).grapheme, "!")
    }

    func testNewActionFormForTheNonconformityWithoutAnAction() {
        assertScreen(render(actionsState(.character("j"), .character("a"))),
            """
             Annex  1 Dashboard  2 Controls  3 Risks  4 Audits  5 Actions  6 Evidence
            ┌ Actions 3/4: open ───────────────────────────────────────────────────────────┐
            │  Id        NC Status      Due        Owner       Action                      │
            │  CA-002    m  done        2026-09-30 adonnelly   The scanner opens tickets a…│
            │! CA-004    m  open        2026-11-15 tmueller    SaaS request form in the se…│
             ┌ New corrective action CA-777777 ───────────────────────────────────────────┐
             │ IA-2026-2 F-IA2-06 Minor nonconformity on A.5.8 Information security in p… │
             │ Security is not considered in customer onboarding projects: 2 of 5 sampled │
             │ projects built custom interfaces without the security review the secure d… │
             │                                                                            │
             │ Root cause                                                                 │
             │ Action                                                                     │
             │ Owner                                                                      │
             │ Due             2026-12-29                                                 │
             │                                                                            │
             │                                                                            │
             │                                                                            │
             │ Tab next field, Enter saves, Esc cancels                                   │
             └────────────────────────────────────────────────────────────────────────────┘
            │ Audit          IA-2026-1 Internal audit 1: access, suppliers, operations     │
            │ Finding        F-IA1-06 Minor nonconformity                                  │
            │ Item           A.5.23 Information security for use of cloud services         │
            └────────────────────────────────────────────────────────────────── more below ┘
             Enter  OK  Esc  Cancel  Tab  Field
            """
        )
    }

    func testNotEffectiveNeedsANoteInTheVerificationForm() {
        assertScreen(render(actionsState(.character("v"), .character("n"), .enter)),
            """
             Annex  1 Dashboard  2 Controls  3 Risks  4 Audits  5 Actions  6 Evidence
            ┌ Actions 3/4: open ───────────────────────────────────────────────────────────┐
            │  Id        NC Status      Due        Owner       Action                      │
            │  CA-002    m  done        2026-09-30 adonnelly   The scanner opens tickets a…│
            │! CA-004    m  open        2026-11-15 tmueller    SaaS request form in the se…│
             ┌ Verify the effectiveness of CA-002 ────────────────────────────────────────┐
             │ The scanner opens tickets automatically with the deadline counted from     │
             │ detection; exception register approved by the CISO; weekly overdue report… │
             │                                                                            │
             │ Effective       no: reopens it, keeping this review                        │
             │ Note                                                                       │
             │ Verified by                                                                │
             │ Verified on     2026-11-29                                                 │
             │                                                                            │
             │ Say in the note why it was not effective: the owner starts again from it   │
             │                                                                            │
             │ Tab next field, Enter saves, Esc cancels                                   │
             └────────────────────────────────────────────────────────────────────────────┘
            │ Nonconformity                                                                │
            │ Audit          IA-2026-1 Internal audit 1: access, suppliers, operations     │
            │ Finding        F-IA1-04 Minor nonconformity                                  │
            │ Item           A.8.8 Management of technical vulnerabilities                 │
            └────────────────────────────────────────────────────────────────── more below ┘
             Enter  OK  Esc  Cancel  Tab  Field
            """
        )
    }
}
