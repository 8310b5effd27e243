import AnnexApp
import AnnexDomain
import AnnexViews
import Foundation
import TerminalCore
import XCTest

// Screen 4 of the demo organisation: the audits list and plan, the live session on IA-2026-2
// (follow-up of IA-2026-1, 14 of 25 items walked), the note editor and the closing summary.
// The clock stands still at the start of the session, so the pictures are stable.

private func auditsState(width: Int = 80, height: Int = 24) -> AppState {
    var state = demoState(width: width, height: height)
    send(.character("4"), to: &state)
    return state
}

private func sessionState(width: Int = 80, height: Int = 24) -> AppState {
    var state = auditsState(width: width, height: height)
    send(.enter, to: &state)
    return state
}

final class AuditPictureTests: XCTestCase {
    func testTheAuditsListAndTheSelectedPlanAt80x24() {
        assertScreen(render(auditsState()), """
         Annex  1 Dashboard  2 Controls  3 Risks  4 Audits  5 Actions  6 Evidence
        ┌ Audits 2 ────────────────────────────────────────────────────────────────────┐
        │Id         Dates      Status      Reached Findings        Title               │
        │IA-2026-2  2026-11-25 in progress 14/25   1m 2o 1i 6c     Internal audit 2: en│
        │IA-2026-1  2026-06-29 closed      21/21   1M 3m 2o 2i 5c  Internal audit 1: ac│
        └──────────────────────────────────────────────────────────────────────────────┘
        ┌ Plan IA-2026-2 ──────────────────┐┌ Checklist 25 ────────────────────────────┐
        │Internal audit 2: engineering, co…││ 1 ✓ 4.1     Understanding the organizatio│
        │Type      Internal audit          ││ 2 ✓ 4.2     Understanding the needs and e│
        │Status    in progress             ││ 3 ✓ 6.2     Information security objectiv│
        │Dates     2026-11-25 to 2026-12-02││ 4 – 7.2     Competence                   │
        │Auditors  Priya Raghunathan       ││ 5 ✓ 8.2     Information security risk ass│
        │          (praghunathan), Karim   ││ 6 ✓ 8.3     Information security risk tre│
        │          Benali (kbenali)        ││ 7 ! A.5.8   Information security in proje│
        │Follows   IA-2026-1; to verify:   ││ 8 ✓ A.5.21  Managing information security│
        │          F-IA1-06 on A.5.23,     ││ 9 – A.5.30  ICT readiness for business co│
        │          F-IA1-05 on A.6.3,      ││10 ✓ A.6.1   Screening                    │
        │          F-IA1-04 on A.8.8       ││11 ✓ A.6.7   Remote working               │
        │Progress  11 audited, 1           ││12 ✓ A.8.4   Access to source code        │
        │          nonconformity, 2 not    ││13 ✓ A.8.9   Configuration management     │
        │          audited, 11 to go       ││14 ✓ A.8.11  Data masking                 │
        │Findings  0M 1m 2o 1i 6c · 4 h 34 ││15 · A.8.8   Management of technical vulne│
        └──────────────────────────────────┘└───────────────────────────────── 1-15/25 ┘
         Enter Session  a New  e Edit  f Follow-up  R Report  q Quit  ? Help  : Commands
        """)
    }

    func testTheLiveSessionAt80x24() {
        assertScreen(render(sessionState()), """
         Annex  1 Dashboard  2 Controls  3 Risks  4 Audits  5 Actions  6 Evidence
        ┌ IA-2026-2 00:00 praghunathan ┐┌ A.8.8 · 00:00 on this item ──────────────────┐
        │14/25 ✓11 !1 –2 ·11           ││Management of technical vulnerabilities       │
        │✓ 4.1     Understanding the or││SoA ◐ Partially implemented · owner adonnelly │
        │✓ 4.2     Understanding the ne││Claims EV-020 Vulnerability scan and patch    │
        │✓ 6.2     Information security││       compliance report                      │
        │– 7.2     Competence          ││Verify IA-2026-1 F-IA1-04 minor NC · CA-002   │
        │✓ 8.2     Information security││       done · Three critical vulnerabilities  │
        │✓ 8.3     Information security││       on internet-facing systems were fixed  │
        │! A.5.8   Information security││       later than the 14 days the             │
        │✓ A.5.21  Managing information││       vulnerability policy requires, and no  │
        │– A.5.30  ICT readiness for bu││       exception was recorded.                │
        │✓ A.6.1   Screening           ││Ask                                           │
        │✓ A.6.7   Remote working      ││• Show me the latest vulnerability scan       │
        │✓ A.8.4   Access to source cod││  results and how open critical findings are  │
        │✓ A.8.9   Configuration manage││  tracked?                                    │
        │✓ A.8.11  Data masking        │└────────────────── 6 more lines, shift+tab, j ┘
        │· A.8.8   Management of techni│┌ Findings on A.8.8: 0 ────────────────────────┐
        │· A.8.16  Monitoring activitie││None yet. c conformity, M major, m minor, o   │
        │· A.8.24  Use of cryptography ││observation, i improvement.                   │
        │· A.8.25  Secure development l││                                              │
        │· A.8.26  Application security││                                              │
        └──────────────────────────────┘└──────────────────────────────────────────────┘
         Session started as praghunathan   c M m o i  Log  n p  Item  s d  Mark  g  Go
        """)
    }

    /// Every key of the session's work has a hint at 80 columns once the opening message is gone:
    /// logging, moving, marking, sampling, raising an action and closing.
    func testTheSessionHintsNameEveryKeyOfTheWorkAt80Columns() {
        var state = sessionState()
        send(.character("n"), to: &state)
        send(.character("p"), to: &state)
        let hints = render(state).lines(trimmingTrailingSpaces: true)[23]
        XCTAssertEqual(hints, " c M m o i Log  n p Item  s d Mark  g Go  S Sample  A Action  C Close  q Quit")
    }

    func testTheNoteEditorAt80x24() {
        var state = sessionState()
        send(.character("m"), to: &state)
        type("Two leavers kept VPN access", into: &state)
        send(.ctrl("o"), to: &state)
        type("for three weeks.", into: &state)
        assertScreen(render(state), """
         Annex  1 Dashboard  2 Controls  3 Risks  4 Audits  5 Actions  6 Evidence
        ┌ IA-2026-2 00:00 praghunathan ┐┌ A.8.8 · 00:00 on this item ──────────────────┐
         ┌ Minor nonconformity on A.8.8 Management of technical vulnerabilities ──────┐
         │ Statement                                                                  │
         │ Two leavers kept VPN access                                                │
         │ for three weeks.                                                           │
         │                                                                            │
         │                                                                            │
         │                                                                            │
         │                                                                            │
         │                                                                            │
         │                                                                            │
         │                                                                            │
         │                                                                            │
         │                                                                            │
         │ Evidence seen Terraform drift report; AWS Config rule results (EV-029).    │
         │ Interviewee   Aoife Donnelly                                               │
         │ Role          Head of IT and Cloud Operations                              │
         │ Method        test                                                         │
         │ Class         Minor nonconformity                                          │
         │ Enter saves, Ctrl-O new line, Tab field, Left/Right choose, Esc cancels    │
         └────────────────────────────────────────────────────────────────────────────┘
        └──────────────────────────────┘└──────────────────────────────────────────────┘
         Enter  OK  Esc  Cancel  Tab  Field  Ctrl-O  Newline
        """)
    }

    func testTheClosingSummaryAt80x24() {
        var state = sessionState()
        send(.character("C"), to: &state)
        assertScreen(render(state), """
         Annex  1 Dashboard  2 Controls  3 Risks  4 Audits  5 Actions  6 Evidence
        ┌ IA-2026-2 00:00 praghunathan ┐┌ A.8.8 · 00:00 on this item ──────────────────┐
        │14/25 ┌ Close IA-2026-2? ──────────────────────────────────────────────┐      │
        │✓ 4.1 │ Internal audit 2: engineering, continuity and people           │ elly │
        │✓ 4.2 │                                                                │ h    │
        │✓ 6.2 │    0  Major nonconformity                                      │      │
        │– 7.2 │    1  Minor nonconformity                                      │ 02   │
        │✓ 8.2 │    2  Observation                                              │ ies  │
        │✓ 8.3 │    1  Opportunity for improvement                              │ xed  │
        │! A.5 │    6  Conformity                                               │      │
        │✓ A.5 │                                                                │  no  │
        │– A.5 │ Items    11 audited, 1 nonconformity, 2 not audited, 11 to go  │      │
        │✓ A.6 │ Skipped  7.2, A.5.30                                           │      │
        │✓ A.6 │ Time     4 h 34 min recorded on the items                      │      │
        │✓ A.8 │                                                                │ are  │
        │✓ A.8 │ Closing sets the end date and writes the audit report next to  │      │
        │✓ A.8 │ the plan: audits/IA-2026-2/report.md and report.html.          │ b, j ┘
        │· A.8 │                                                                │ ─────┐
        │· A.8 │                                                                │  o   │
        │· A.8 │ y closes the audit, n keeps it open                            │      │
        │· A.8 └────────────────────────────────────────────────────────────────┘      │
        │· A.8.26  Application security││                                              │
        └──────────────────────────────┘└──────────────────────────────────────────────┘
         y  Yes  n  No
        """)
    }

    func testTheLiveSessionAt120x40ShowsTheWholeItemAndItsFindings() {
        var state = sessionState(width: 120, height: 40)
        send(.character("p"), .character("p"), .character("p"), .character("p"), .character("p"), .character("p"), .character("p"), .character("p"), to: &state)
        assertScreen(render(state), """
         Annex  1 Dashboard  2 Controls  3 Risks  4 Audits  5 Actions  6 Evidence              Korvenhall Freight Software GmbH
        ┌ IA-2026-2 00:00 · praghunathan ──────────────┐┌ A.5.8 · 14:00 on this item ──────────────────────────────────────────┐
        │14/25 ✓11 !1 –2 ·11                           ││Information security in project management                            │
        │✓ 4.1     Understanding the organization and i││SoA ◐ Partially implemented · owner mnowak                            │
        │✓ 4.2     Understanding the needs and expectat││Ask                                                                   │
        │✓ 6.2     Information security objectives and ││• Show me how security was handled in a recently completed project?   │
        │– 7.2     Competence                          ││• At which project stages is security reviewed, and by whom?          │
        │✓ 8.2     Information security risk assessment││• How are security requirements identified and tracked in projects?   │
        │✓ 8.3     Information security risk treatment │└──────────────────────────────────────────────────────────────────────┘
        │! A.5.8   Information security in project mana│┌ Findings on A.5.8: 1 ────────────────────────────────────────────────┐
        │✓ A.5.21  Managing information security in the││ m  Minor nonconformity F-IA2-06 09:40 praghunathan                   │
        │– A.5.30  ICT readiness for business continuit││  Security is not considered in customer onboarding projects: 2 of 5  │
        │✓ A.6.1   Screening                           ││  sampled projects built custom interfaces without the security review│
        │✓ A.6.7   Remote working                      ││  the secure development standard requires.                           │
        │✓ A.8.4   Access to source code               ││  Evidence: Jira epics and linked merge requests for the sampled      │
        │✓ A.8.9   Configuration management            ││  projects; secure development standard v1.6 (EV-023), section 3.     │
        │✓ A.8.11  Data masking                        ││  Małgorzata Nowak (Head of Engineering) · test                       │
        │· A.8.8   Management of technical vulnerabilit││  Sample 5 of 14 (Jira: customer onboarding epics closed in the last …│
        │· A.8.16  Monitoring activities               ││                                                                      │
        │· A.8.24  Use of cryptography                 ││                                                                      │
        │· A.8.25  Secure development life cycle       ││                                                                      │
        │· A.8.26  Application security requirements   ││                                                                      │
        │· A.8.28  Secure coding                       ││                                                                      │
        │· A.8.29  Security testing in development and ││                                                                      │
        │· A.8.31  Separation of development, test and ││                                                                      │
        │· A.8.32  Change management                   ││                                                                      │
        │· A.8.33  Test information                    ││                                                                      │
        │· 10.2    Nonconformity and corrective action ││                                                                      │
        │                                              ││                                                                      │
        │                                              ││                                                                      │
        │                                              ││                                                                      │
        │                                              ││                                                                      │
        │                                              ││                                                                      │
        │                                              ││                                                                      │
        │                                              ││                                                                      │
        │                                              ││                                                                      │
        │                                              ││                                                                      │
        │                                              ││                                                                      │
        └──────────────────────────────────────────────┘└──────────────────────────────────────────────────────────────────────┘
         c M m o i  Log  n p  Item  s d  Mark  g  Go  S  Sample  A  Action  C  Close  q  Quit  ?  Help  :  Commands
        """)
    }

    func testTheHistoryOfAnEditedFindingShowsEveryVersion() {
        var state = auditsState(width: 100, height: 30)
        send(.character("j"), .enter, .character("g"), to: &state)
        type("A.8.8", into: &state)
        send(.enter, .tab, .character("h"), to: &state)
        let rows = render(state).lines(trimmingTrailingSpaces: true)
        let screen = rows.joined(separator: "\n")
        XCTAssertTrue(screen.contains("History of F-IA1-04: 2 versions"), screen)
        let logged = rows.firstIndex { $0.contains("Logged ") && $0.contains("Major nonconformity") }
        let edited = rows.firstIndex { $0.contains("Edited ") && $0.contains("Minor nonconformity") }
        XCTAssertNotNil(logged, screen)
        XCTAssertNotNil(edited, screen)
        XCTAssertLessThan(logged ?? 0, edited ?? 0, "oldest first")
        XCTAssertEqual(state.context, .history)
        // The history is a layer of the Audits feature (`FeatureLayer`): its keys are its own.
        send(.character("j"), .character("j"), .character("k"), to: &state)
        guard case .layer(let layer) = state.popup, let history = layer.base as? FindingHistory else {
            return XCTFail("the history is on top: \(String(describing: state.popup))")
        }
        XCTAssertEqual(history.scroll, 1, "down twice, up once")
        XCTAssertEqual(history.finding, "F-IA1-04")
        send(.escape, to: &state)
        XCTAssertNil(state.popup)
    }

    func testAWithdrawnFindingStaysOnRecordUnderThoseInForce() {
        var state = auditsState(width: 100, height: 30)
        send(.character("j"), .enter, .character("g"), to: &state)
        type("7.5.3", into: &state)
        send(.enter, to: &state)
        let rows = render(state).lines(trimmingTrailingSpaces: true)
        XCTAssertTrue(rows.contains { $0.contains("Findings on 7.5.3: 0, 1 withdrawn") }, rows.joined(separator: "\n"))
        XCTAssertTrue(rows.contains { $0.contains("Withdrawn F-IA1-14 (m): The auditee showed the page") }, rows.joined(separator: "\n"))
    }

    func testChecklistMarksReadWithoutColourAndInASCII() {
        let screen = render(sessionState(), unicode: false)
        let rows = screen.lines(trimmingTrailingSpaces: true)
        XCTAssertTrue(rows.contains { $0.hasPrefix("|+ 4.1 ") }, "done")
        XCTAssertTrue(rows.contains { $0.hasPrefix("|! A.5.8 ") }, "nonconformity")
        XCTAssertTrue(rows.contains { $0.hasPrefix("|- 7.2 ") }, "not audited")
        XCTAssertTrue(rows.contains { $0.hasPrefix("|. A.8.16 ") }, "to go")
        XCTAssertTrue(rows[2].contains("14/25 +11 !1 -2 .11"), rows[2])
        let checklistPane = rows.dropFirst().dropLast().map { String($0.prefix(Layout.sessionChecklistWidth(width: 80))) }
        XCTAssertFalse(checklistPane.joined().unicodeScalars.contains { $0.value > 0x7E }, "nothing outside ASCII in the checklist")
        XCTAssertTrue(rows[1].contains("IA-2026-2 00:00 praghunathan"), rows[1])
    }

    func testTheNonconformityMarkUsesTheMajorFindingStyle() throws {
        let screen = render(sessionState())
        let mark = try XCTUnwrap(locate("! A.5.8", in: screen))
        XCTAssertEqual(screen.cell(at: mark).style, theme("default").style("finding.major"))
        let monochrome = render(sessionState(), theme: "monochrome")
        XCTAssertEqual(monochrome.cell(at: mark).grapheme, "!", "in monochrome the mark alone says it")
    }

    func testHostileTextInAFindingNeverReachesTheTerminalRaw() {
        var state = sessionState()
        let audit = "IA-2026-2"
        let finding = Finding(id: "F-EVIL", item: "A.8.8", classification: .minor, statement: "ok\u{1B}[2J\u{1B}]52;c;cGF3bmVk\u{07}done\nline two\u{8}",
                              evidence: "\u{9B}31m", interviewee: "Mallory\u{0}", auditor: "praghunathan", at: Date(timeIntervalSince1970: 0))
        state.workspace.auditLogs[audit]?.apply(.logged(finding))
        let screen = render(state)
        for y in 0..<screen.size.height {
            for cell in screen.row(y) {
                XCTAssertFalse(cell.grapheme.unicodeScalars.contains { $0.properties.generalCategory == .control }, "row \(y): \(cell.grapheme.debugDescription)")
            }
        }
        XCTAssertNotNil(locate("ok", in: screen))
    }
}

final class NoteEditorWrapTests: XCTestCase {
    /// A long note wraps at word boundaries, keeps its own line breaks, and the cursor line stays
    /// in view when the note is longer than the box.
    func testALongNoteWrapsAndScrollsToTheCursor() {
        var state = demoState()
        send(.character("4"), .enter, .character("o"), to: &state)
        let words = (1...200).map { "word\($0)" }.joined(separator: " ")
        send(.paste(words + "\nlast line here"), to: &state)
        let rows = render(state).lines(trimmingTrailingSpaces: true)
        let noteRows = rows.filter { $0.hasPrefix(" │ ") }
        XCTAssertTrue(noteRows.contains { $0.contains("last line here") }, "the cursor's line is shown")
        XCTAssertFalse(noteRows.contains { $0.contains("word1 word2") }, "the start scrolled out of view:\n" + rows.joined(separator: "\n"))
        for row in noteRows where row.contains("word") {
            let text = row.dropFirst(3)
            XCTAssertFalse(text.hasPrefix("ord") || text.contains(" ord"), "no word is cut in two: \(row)")
        }
    }
}
