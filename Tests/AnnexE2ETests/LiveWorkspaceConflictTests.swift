import Foundation
import XCTest

/// Two real annex processes change the same field of the same record: the second save must not
/// write over the first. It shows both values, keeps the user's text, and writes only when the
/// user decides (README "Sharing a workspace").
final class LiveWorkspaceConflictTests: TwoProcessTestCase {
    func testTheSameFieldSavedInTwoProcessesIsAConflictThatLosesNeitherValue() throws {
        let (a, b) = try startTwo()
        try selectControl(a, "A.5.20")
        try selectControl(b, "A.5.20")

        // B opens the notes editor first and types, but has not saved yet.
        let mine = "Notes typed in B while A saved"
        try b.send("n")
        try b.waitForScreen("B's notes form to open") { Screen.statusLine($0).contains("Cancel") }
        try replaceText(b, with: mine)

        let theirs = "Notes saved first by A"
        try editSoAText(a, key: "n", text: theirs)
        try waitForFile("soa.yaml", "A's notes") { SoAFile.value("notes", of: "A.5.20", in: $0) == theirs }

        try b.send("Enter")
        let conflict = try b.waitForScreen("B's conflict popup") { $0.contains("Not saved: A.5.20 changed on disk") }
        XCTAssertTrue(conflict.contains("yours:   \(mine)"), conflict)
        XCTAssertTrue(conflict.contains("on disk: \(theirs)"), conflict)
        Thread.sleep(forTimeInterval: 0.3)
        XCTAssertEqual(SoAFile.value("notes", of: "A.5.20", in: read("soa.yaml")), theirs,
                       "the conflicting save wrote over A's notes before B decided")

        // Esc goes back to B's editor with B's text, still unsaved.
        try b.send("Escape")
        try b.waitForScreen("B's editor with B's text") { screen in
            Screen.statusLine(screen).contains("Cancel") && screen.contains(mine)
        }
        XCTAssertEqual(SoAFile.value("notes", of: "A.5.20", in: read("soa.yaml")), theirs)

        // The editor now stands on A's version: Enter saves B's text as B's deliberate choice.
        try b.send("Enter")
        try waitForFile("soa.yaml", "B's notes, saved after seeing A's") { SoAFile.value("notes", of: "A.5.20", in: $0) == mine }
        // A follows the file and shows B's value without a restart.
        try a.waitForScreen("A to show B's notes") { $0.contains(mine) }
    }

    func testKeepingYoursInTheConflictSavesItOverTheValueOnDisk() throws {
        let (a, b) = try startTwo()
        try selectControl(a, "A.5.20")
        try selectControl(b, "A.5.20")
        let mine = "Owner notes kept by B"
        try b.send("n")
        try b.waitForScreen("B's notes form to open") { Screen.statusLine($0).contains("Cancel") }
        try replaceText(b, with: mine)
        try editSoAText(a, key: "n", text: "Notes A saved in between")
        try waitForFile("soa.yaml", "A's notes") { SoAFile.value("notes", of: "A.5.20", in: $0) == "Notes A saved in between" }

        try b.send("Enter")
        try b.waitFor("Not saved: A.5.20 changed on disk")
        try b.send("m")
        try waitForFile("soa.yaml", "B's notes, kept deliberately") { SoAFile.value("notes", of: "A.5.20", in: $0) == mine }
        try a.waitForScreen("A to show B's notes") { $0.contains(mine) }
    }

    func testTakingTheValueOnDiskLeavesTheFileAsTheOtherProcessWroteIt() throws {
        let (a, b) = try startTwo()
        try selectControl(a, "A.5.20")
        try selectControl(b, "A.5.20")
        try b.send("J")
        try b.waitForScreen("B's justification form to open") { Screen.statusLine($0).contains("Cancel") }
        try replaceText(b, with: "B's justification, dropped")

        let theirs = "Justification saved by A"
        try editSoAText(a, key: "J", text: theirs)
        let saved = try waitForFile("soa.yaml", "A's justification") { SoAFile.value("justification", of: "A.5.20", in: $0) == theirs }

        try b.send("Enter")
        try b.waitFor("Not saved: A.5.20 changed on disk")
        try b.send("t")
        try b.waitForScreen("the popup to close") { !$0.contains("changed on disk") }
        try b.waitForScreen("B to show A's justification") { $0.contains(theirs) }
        XCTAssertEqual(read("soa.yaml"), saved, "taking the value on disk must not rewrite the file")
    }
}
