import Foundation
import XCTest

/// Saves are lossless (DESIGN §3): comments, key order, quoting and keys Annex does not know
/// survive, and an edit of one field changes only that field's lines.
final class LiveWorkspaceLosslessTests: TwoProcessTestCase {
    /// One file as a person left it, and the line the UI's edit must turn into another.
    struct Case {
        var path: String
        var before: String
        var old: String
        var new: String
        /// The edit has reached the file (by default: the new line is in it).
        var edited: ((String) -> Bool)?
    }

    // 8.
    func testAnEditOfOneFieldChangesOnlyThatFieldsLinesInEveryKindOfFile() throws {
        // Hand-written touches Annex never writes: a comment on top, a comment inside, an unknown key.
        try annotate("soa.yaml", top: "# Statement of Applicability: reviewed by the ISMS board each quarter", replacing: [
            ("- control: A.5.20\n  applicable: true\n",
             "- control: A.5.20\n  applicable: true\n  reason: legal\n  # clauses agreed with legal, see the contract wiki\n"),
        ])
        try annotate("risks/R-020.yaml", top: "# Reviewed with finance in October", replacing: [
            ("\nowner: tmueller\n", "\nowner: tmueller\n# finance owns this one\nx_custom: keep me\n"),
        ])
        try annotate("actions/CA-003.yaml", top: "# Agreed with HR", replacing: [
            ("\nowner: zyilmaz\n", "\nowner: zyilmaz\n# HR tracks this in their own board too\nx_custom: keep me\n"),
        ])
        try annotate("audits/\(Self.audit)/audit.yaml", top: "# Plan agreed at the opening meeting", replacing: [
            ("\nfollow_up_of: IA-2026-1\n", "\nfollow_up_of: IA-2026-1\nx_custom: keep me\n"),
            ("\n- A.8.8\n", "\n# day two from here\n- A.8.8\n"),
        ])
        try annotate("annex.yaml", top: "# Korvenhall ISMS workspace", replacing: [
            ("\npeople:\n", "\nx_custom: keep me\npeople:\n# top management first\n"),
        ])

        let cases = [
            Case(path: "soa.yaml", before: try XCTUnwrap(read("soa.yaml")), old: "  status: implemented", new: "  status: not_started",
                 edited: { SoAFile.status(of: "A.5.20", in: $0) == "not_started" }),
            Case(path: "risks/R-020.yaml", before: try XCTUnwrap(read("risks/R-020.yaml")),
                 old: "title: Business email compromise and payment fraud", new: "title: E2E lossless title"),
            Case(path: "actions/CA-003.yaml", before: try XCTUnwrap(read("actions/CA-003.yaml")),
                 old: "root_cause: Reminders went only to employees, never to their managers, and new starters were given the training only after probation.",
                 new: "root_cause: E2E lossless root cause"),
            Case(path: "audits/\(Self.audit)/audit.yaml", before: try XCTUnwrap(read("audits/\(Self.audit)/audit.yaml")),
                 old: "conclusion: \"\"", new: "conclusion: E2E lossless conclusion"),
            Case(path: "annex.yaml", before: try XCTUnwrap(read("annex.yaml")), old: "  - Almost certain", new: "  - Almost certainly"),
        ]
        XCTAssertEqual(SoAFile.status(of: "A.5.20", in: cases[0].before), "implemented", "the demo's starting point")
        for item in cases.dropFirst() {
            XCTAssertEqual(Self.lines(item.before).filter { $0 == item.old }.count, 1, "\(item.path) has the line \(item.old) once")
        }

        let session = try start()
        // SoA: the status of A.5.20 (the entry with the unknown key and the comment).
        try selectControl(session, "A.5.20")
        try session.send("s")
        try check(cases[0])
        // Risk: the title.
        try selectRisk(session, "R-020")
        try editRisk(session, "R-020", field: "Title", text: "E2E lossless title")
        try waitForSaved(session)
        try check(cases[1])
        // Corrective action: the root cause.
        try selectAction(session, "CA-003")
        try editForm(session, title: "Edit CA-003", tabs: 0, label: "Root cause", text: "E2E lossless root cause")
        try waitForSaved(session)
        try check(cases[2])
        // Audit plan: the conclusion (Up from the first field wraps round to the last).
        try showAudits(session)
        try session.send("e")
        try session.waitFor("Edit \(Self.audit)")
        try session.send("Up")
        try replaceText(session, with: "E2E lossless conclusion", label: "Conclusion")
        try session.send("Enter")
        try check(cases[3])
        // annex.yaml: one step name of the risk matrix's likelihood scale, through the matrix form.
        try session.send("3")
        try session.waitFor("Heat map")
        try session.send("M")
        try session.waitFor("Risk matrix (annex.yaml)", "Likelihood steps")
        try session.send("C-e")
        try session.type("ly")
        try session.waitFor("Rare, Unlikely, Possible, Likely, Almost certainly")
        try session.send("Enter")
        try check(cases[4])
    }

    // MARK: helpers

    /// Adds `top` as the file's first line and makes each replacement (which must apply).
    func annotate(_ relative: String, top: String, replacing replacements: [(String, String)],
                  file: StaticString = #filePath, line: UInt = #line) throws {
        var text = try XCTUnwrap(read(relative), relative, file: file, line: line)
        for (old, new) in replacements {
            XCTAssertTrue(text.contains(old), "\(relative) has \(old.debugDescription)", file: file, line: line)
            text = text.replacingOccurrences(of: old, with: new)
        }
        try (top + "\n" + text).write(toFile: workspace + "/" + relative, atomically: true, encoding: .utf8)
    }

    /// Waits for the edit to reach the file, then: the file differs from before in that one line
    /// only; every other line (comments and unknown keys among them) byte for byte the same.
    func check(_ item: Case, file: StaticString = #filePath, line: UInt = #line) throws {
        let after = try waitForFile(item.path, "the edited line \(item.new)", file: file, line: line) {
            $0.map { item.edited?($0) ?? Self.lines($0).contains(item.new) } ?? false
        } ?? ""
        let diff = lineDiff(before: item.before, after: after)
        XCTAssertEqual(diff, LineDiff(removed: [item.old], added: [item.new]),
                       "\(item.path): the edit changed more than its field's line. Diff:\n\(diff)", file: file, line: line)
    }

    /// A key sent while a save closes its editor is dropped as typed ahead (it would act on a
    /// screen not yet seen), so the next step waits for the status line to say saved.
    private func waitForSaved(_ session: TmuxSession, file: StaticString = #filePath, line: UInt = #line) throws {
        try session.waitForScreen("the status line to say saved", file: file, line: line) { Screen.statusLine($0).contains("saved") }
    }
}
