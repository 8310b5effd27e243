import Foundation
import XCTest

/// Values from a shared repository may carry escape sequences: whatever the command line prints
/// (messages, tables, exports) shows them as visible escapes and never sends them raw, and a
/// spreadsheet never runs a value as a formula.
final class OutputSafetyTests: XCTestCase {
    /// OSC 52 (clipboard), OSC 2 (title), CSI 2J (clear), OSC 8 (link), C1 CSI, BEL, a right-to-left override.
    static let hostile = "\u{1b}]52;c;SGVsbG8=\u{07}\u{1b}]2;owned\u{07}\u{1b}[2J\u{1b}]8;;http://x\u{1b}\\\u{9b}31m\u{202e}txt"

    func testNoRawControlCharacterReachesTheTerminalFromAnyCommand() throws {
        let folder = TemporaryFolder()
        let demo = folder.path + "/demo"
        XCTAssertEqual(try AnnexBinary.run(["init", "--demo", demo]).status, 0)
        let risk = demo + "/risks/R-001.yaml"
        var text = try String(contentsOfFile: risk, encoding: .utf8)
        text = text.replacingOccurrences(of: "title: Ransomware encrypts production data and backups", with: "title: \"Ransom \(Self.escaped(Self.hostile))\"")
        text = text.replacingOccurrences(of: "assets:\n", with: "assets:\n- \"=HYPERLINK(\\\"http://x\\\")\"\n")
        text += "\"ke\(Self.escaped(Self.hostile))y\": 1\n"
        try text.write(toFile: risk, atomically: true, encoding: .utf8)
        // A corrective action and a finding carry it too, for the other registers and the report.
        let action = demo + "/actions/CA-001.yaml"
        let actionText = try String(contentsOfFile: action, encoding: .utf8)
        try actionText.replacingOccurrences(of: "owner: adonnelly", with: "owner: adonnelly\nnotes: \"\(Self.escaped(Self.hostile))\"")
            .replacingOccurrences(of: "\naction: ", with: "\naction: \"\(Self.escaped(Self.hostile))\" ")
            .write(toFile: action, atomically: true, encoding: .utf8)
        let journal = demo + "/audits/IA-2026-2/findings-praghunathan.jsonl"
        let escapedJSON = Self.escaped(Self.hostile)
        let line = #"{"at":"2026-11-26T12:00:00.000Z","by":"praghunathan","event":"logged","finding":{"classification":"observation","evidence":"EV\#(escapedJSON)","id":"F-EVIL01","interviewee":"x","item":"4.1","method":"interview","role":"r","statement":"\#(escapedJSON)"},"v":1}"# + "\n"
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: journal))
        handle.seekToEndOfFile()
        handle.write(Data(line.utf8))
        try handle.close()

        let commands: [[String]] = [
            ["check"],
            ["export", "risks", "--format", "csv"], ["export", "risks", "--format", "md"], ["export", "risks", "--format", "json"],
            ["export", "soa", "--format", "csv"], ["export", "soa", "--format", "md"], ["export", "treatment-plan", "--format", "md"],
            ["export", "findings", "--audit", "IA-2026-2", "--format", "csv"], ["export", "findings", "--audit", "IA-2026-2", "--format", "md"],
            ["export", "findings", "--audit", "IA-2026-2", "--format", "json"],
            ["export", "actions", "--format", "csv"], ["export", "actions", "--format", "md"], ["export", "actions", "--format", "json"],
            ["export", "audit", "IA-2026-2", "--format", "md"], ["export", "audit", "IA-2026-2", "--format", "html"], ["export", "audit", "IA-2026-2", "--format", "oscal"],
            ["export", "audit", "IA-2\u{1b}]2;x\u{07}"], ["catalog"],
            ["export", "risks", "--format", "nonsense\u{1b}]2;x\u{07}"],
        ]
        for arguments in commands {
            let result = try AnnexBinary.run(arguments + ["--workspace", demo])
            for (name, output) in [("stdout", result.stdout), ("stderr", result.stderr)] {
                let raw = output.unicodeScalars.filter { Self.isUnsafe($0) && !["\n", "\r", "\t"].contains($0) }
                XCTAssertEqual(raw.map { String($0.value, radix: 16) }, [], "\(arguments.joined(separator: " ")) \(name)")
            }
        }
        let check = try AnnexBinary.run(["check", "--workspace", demo])
        XCTAssertTrue(check.stdout.contains("^[]2;owned^G"), "the unknown key is named, visibly escaped: \(check.stdout)")
        let findings = try AnnexBinary.run(["export", "findings", "--audit", "IA-2026-2", "--format", "csv", "--workspace", demo]).stdout
        XCTAssertTrue(findings.contains("F-EVIL01"), "the hostile finding is exported, escaped, not dropped")

        let csv = try AnnexBinary.run(["export", "risks", "--format", "csv", "--workspace", demo]).stdout
        XCTAssertTrue(csv.contains(",'=HYPERLINK") || csv.contains("\"'=HYPERLINK"), "a formula opening a list cell is defused")
        XCTAssertFalse(csv.contains(",=HYPERLINK") || csv.contains("\"=HYPERLINK"), "no cell starts with the formula")

        let markdown = try AnnexBinary.run(["export", "risks", "--format", "md", "--workspace", demo]).stdout
        XCTAssertTrue(markdown.contains("\\]8;;http://x"), "link syntax is escaped as the documents escape it: \(markdown.prefix(400))")
    }

    /// C0 and C1 controls, DEL and bidirectional overrides: what must never reach a terminal raw.
    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }

    /// `text` for a double-quoted YAML or JSON string: every unsafe character, quote and
    /// backslash as a \u escape, which both read the same way.
    static func escaped(_ text: String) -> String {
        text.unicodeScalars.map { scalar in
            isUnsafe(scalar) || scalar == "\\" || scalar == "\"" ? String(format: "\\u%04X", scalar.value) : String(scalar)
        }.joined()
    }
}
