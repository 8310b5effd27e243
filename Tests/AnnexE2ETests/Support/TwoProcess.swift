import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// Base class for tests that run several `annex` processes on one workspace (and change its files
/// from outside, like an editor or `git pull`): the keys that walk the UI to a record and edit
/// one field of it, the audit session, annex's pid, the CLI, and waiting within a deadline.
///
/// Synchronisation is always on a condition (screen or file), polled; never a fixed sleep.
class TwoProcessTestCase: AnnexE2ETestCase {
    static let audit = "IA-2026-2"
    static let lead = "praghunathan"
    static let second = "kbenali"

    /// Starts two UIs on the test's workspace; both are at the dashboard (files loaded) before
    /// this returns, so neither has seen what the other will change.
    func startTwo(a: [String] = [], b: [String] = [], file: StaticString = #filePath, line: UInt = #line) throws -> (a: TmuxSession, b: TmuxSession) {
        let first = try start(arguments: a, environment: [("ANNEX_USER", "")], file: file, line: line)
        let second = try start(arguments: b, environment: [("ANNEX_USER", "")], file: file, line: line)
        return (first, second)
    }

    // MARK: waiting

    /// Polls `condition` until it holds; fails the test (and throws) after `timeout`.
    func waitUntil(_ what: String, timeout: TimeInterval = TmuxSession.defaultTimeout,
                   file: StaticString = #filePath, line: UInt = #line, _ condition: () throws -> Bool) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while try !condition() {
            if Date() >= deadline {
                XCTFail("Timed out after \(timeout) s waiting for \(what)", file: file, line: line)
                throw E2EError("timed out waiting for \(what)")
            }
            Thread.sleep(forTimeInterval: TmuxSession.pollInterval)
        }
    }

    /// Polls the screen for at most `seconds`. Unlike `waitForScreen` it does not throw: it records
    /// a failure with the last screen (unless `record` is false) and returns false, so the test
    /// goes on to show what the stale screen leads to (an edit that writes back what it never
    /// reloaded).
    @discardableResult
    func expectScreen(_ session: TmuxSession, within seconds: TimeInterval, _ what: String, record: Bool = true,
                      file: StaticString = #filePath, line: UInt = #line, _ condition: (String) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        var screen = ""
        while true {
            screen = (try? session.capture()) ?? ""
            if condition(screen) { return true }
            if Date() >= deadline { break }
            Thread.sleep(forTimeInterval: TmuxSession.pollInterval)
        }
        if record { XCTFail("Not on screen within \(seconds) s: \(what). Last screen:\n\(screen)", file: file, line: line) }
        return false
    }

    /// Waits for the workspace file to contain `line` as one of its lines.
    @discardableResult
    func waitForLine(_ relative: String, _ expected: String, timeout: TimeInterval = TmuxSession.defaultTimeout,
                     file: StaticString = #filePath, line: UInt = #line) throws -> String {
        try waitForFile(relative, "the line \"\(expected)\"", timeout: timeout, file: file, line: line) {
            $0.map { Self.lines($0).contains(expected) } ?? false
        } ?? ""
    }

    static func lines(_ text: String) -> [String] { text.components(separatedBy: "\n") }

    // MARK: forms

    /// Replaces the text of the focused one-line field: end, delete to start, type `text`; waits
    /// until a row of the screen holding `label` (if given) shows it.
    func replaceText(_ session: TmuxSession, with text: String, label: String? = nil,
                     file: StaticString = #filePath, line: UInt = #line) throws {
        try session.send("C-e")
        try session.send("C-u")
        try session.type(text)
        try session.waitForScreen("\"\(text)\" typed\(label.map { " in the \($0) field" } ?? "")", file: file, line: line) { screen in
            Screen.rows(screen).contains { $0.contains(text) && (label.map($0.contains) ?? true) }
        }
    }

    /// Opens a multi-field form with `key` (waiting for `title`), moves `tabs` fields on, replaces
    /// that field's text and saves with Enter.
    func editForm(_ session: TmuxSession, key: String = "e", title: String, tabs: Int = 0, label: String, text: String,
                  file: StaticString = #filePath, line: UInt = #line) throws {
        try session.send(key)
        try session.waitFor(title, file: file, line: line)
        for _ in 0..<tabs { try session.send("Tab") }
        try replaceText(session, with: text, label: label, file: file, line: line)
        try session.send("Enter")
    }

    // MARK: Controls (2)

    /// The Controls screen filtered down to `id`, which is then the selection.
    func selectControl(_ session: TmuxSession, _ id: String, file: StaticString = #filePath, line: UInt = #line) throws {
        try session.send("2")
        try session.waitFor("Catalog", file: file, line: line)
        try session.send("/")
        try session.waitFor("Filter /", file: file, line: line)
        try session.type(id)
        try session.waitFor("1 shown: \"\(id)\"", "\(id) ", file: file, line: line)
        try session.send("Enter")
        try session.waitForScreen("the filter prompt to close", file: file, line: line) { !$0.contains("Filter /") }
    }

    /// One SoA text field of the selected control (`n` notes, `J` justification, `o` owner):
    /// opens its form, replaces the text, Enter.
    func editSoAText(_ session: TmuxSession, key: String, text: String, file: StaticString = #filePath, line: UInt = #line) throws {
        try session.send(key)
        try session.waitForScreen("the \(key) form to open", file: file, line: line) { Screen.statusLine($0).contains("Cancel") }
        try replaceText(session, with: text, file: file, line: line)
        try session.send("Enter")
    }

    // MARK: Risks (3)

    /// The Risks screen with the register focused and filtered down to `id`, its detail below.
    func selectRisk(_ session: TmuxSession, _ id: String, file: StaticString = #filePath, line: UInt = #line) throws {
        try session.send("3")
        try session.waitFor("Heat map", "Register", file: file, line: line)
        try session.send("Tab")
        try session.waitForScreen("the register to have the focus", file: file, line: line) { Screen.statusLine($0).contains("Delete") }
        try session.send("/")
        try session.waitFor("Filter /", file: file, line: line)
        try session.type(id)
        try session.waitFor("Register 1/", "\"\(id)\"", file: file, line: line)
        try session.send("Enter")
        try session.waitForScreen("\(id)'s detail", file: file, line: line) { screen in
            !screen.contains("Filter /") && Screen.rows(screen).contains { $0.hasPrefix("┌ \(id) ") }
        }
    }

    /// The risk form's fields in Tab order (RiskField), for `tabs`.
    static let riskFields = ["Title", "Description", "Assets", "Threat", "Vulnerability", "Owner"]

    func editRisk(_ session: TmuxSession, _ id: String, field: String, text: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let tabs = try XCTUnwrap(Self.riskFields.firstIndex(of: field), "risk field \(field)", file: file, line: line)
        try editForm(session, title: "Edit \(id)", tabs: tabs, label: field, text: text, file: file, line: line)
    }

    // MARK: Actions (5)

    /// The Actions screen filtered by text down to `id` (open ones, as the screen starts).
    func selectAction(_ session: TmuxSession, _ id: String, file: StaticString = #filePath, line: UInt = #line) throws {
        try session.send("5")
        try session.waitFor("Actions ", file: file, line: line)
        try session.send("/")
        try session.waitFor("Filter /", file: file, line: line)
        try session.type(id)
        try session.waitForScreen("\(id) alone in the list", file: file, line: line) { screen in
            screen.contains("┌ \(id) for ") && Screen.rows(screen).contains { $0.contains("Actions 1/") }
        }
        try session.send("Enter")
        try session.waitForScreen("the filter prompt to close", file: file, line: line) { !$0.contains("Filter /") }
    }

    // MARK: Audits (4) and the live session

    /// The Audits screen, the demo's audit in progress (the first row) selected.
    func showAudits(_ session: TmuxSession, file: StaticString = #filePath, line: UInt = #line) throws {
        try session.send("4")
        try session.waitFor("IA-2026-1", "Plan \(Self.audit)", file: file, line: line)
    }

    /// Opens the live session of IA-2026-2 from the dashboard as `auditor` and waits for it.
    @discardableResult
    func openSession(_ session: TmuxSession, auditor: String, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        try showAudits(session, file: file, line: line)
        try session.send("Enter")
        return try session.waitForScreen("the live session as \(auditor)", file: file, line: line) { screen in
            Screen.statusLine(screen).contains("Session started as \(auditor)") && Screen.rows(screen).count > 1
                && Screen.rows(screen)[1].contains("\(Self.audit) ")
        }
    }

    /// `g` and the item's number: the session's current item is then `item`.
    func jump(_ session: TmuxSession, to item: String, file: StaticString = #filePath, line: UInt = #line) throws {
        try session.send("g")
        try session.waitFor("Go to item", file: file, line: line)
        try session.type(item.hasPrefix("A.") ? String(item.dropFirst(2)) : item)
        try session.send("Enter")
        try session.waitForScreen("the session on \(item)", file: file, line: line) { screen in
            let rows = Screen.rows(screen)
            return rows.count > 1 && rows[1].contains("┌ \(item) · ") && !screen.contains("Go to item")
        }
    }

    /// Ids in `F-XXXXXX saved` messages.
    static func savedIDs(in text: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: #"\b(F-[0-9A-Z]{6}) saved\b"#)
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range(at: 1), in: text).map { String(text[$0]) }
        }
    }

    /// Presses Enter in the note editor; returns the id of the finding the status line then
    /// reports saved (not one it reported before).
    func saveNote(_ session: TmuxSession, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let before = Set(Self.savedIDs(in: Screen.statusLine(try session.capture())))
        try session.send("Enter")
        var id: String?
        try session.waitForScreen("a finding reported saved", file: file, line: line) { screen in
            id = Self.savedIDs(in: Screen.statusLine(screen)).first { !before.contains($0) }
            return id != nil
        }
        return id!
    }

    /// The class key, the statement, Enter; the id the status line reports saved.
    func logFinding(_ session: TmuxSession, key: String, _ statement: String, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        try session.send(key)
        try session.waitFor("Enter saves", file: file, line: line)
        try session.type(statement)
        try session.waitFor(statement, file: file, line: line)
        return try saveNote(session, file: file, line: line)
    }

    /// The session's `C`, then `y` on the closing summary.
    func closeAudit(_ session: TmuxSession, file: StaticString = #filePath, line: UInt = #line) throws {
        try session.send("C")
        try session.waitFor("Close \(Self.audit)?", file: file, line: line)
        try session.send("y")
        try waitForFile("audits/\(Self.audit)/audit.yaml", "the audit to be closed", file: file, line: line) {
            $0.map { Self.lines($0).contains("status: closed") } ?? false
        }
    }

    func journalPath(_ auditor: String, audit: String = TwoProcessTestCase.audit) -> String {
        "audits/\(audit)/findings-\(auditor).jsonl"
    }

    /// The `logged` events of a journal, as (finding id, statement), in file order; lines that
    /// do not parse are counted under the id "?".
    func loggedEvents(_ auditor: String) -> [(id: String, statement: String)] {
        let text = read(journalPath(auditor)) ?? ""
        var events: [(id: String, statement: String)] = []
        for line in text.split(separator: "\n") {
            guard let event = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                events.append(("?", String(line)))
                continue
            }
            guard event["event"] as? String == "logged", let finding = event["finding"] as? [String: Any] else { continue }
            events.append((finding["id"] as? String ?? "", finding["statement"] as? String ?? ""))
        }
        return events
    }

    // MARK: processes

    /// annex's pid in a session: the child of the pane's shell (the launcher outlives annex).
    func annexPID(_ session: TmuxSession, file: StaticString = #filePath, line: UInt = #line) throws -> pid_t {
        let pane = try session.format("#{pane_pid}")
        let shell = try XCTUnwrap(pid_t(pane), "pane pid: \(pane)", file: file, line: line)
        var found: pid_t?
        try waitUntil("an annex process under the pane's shell \(shell)", file: file, line: line) {
            for entry in (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? [] {
                guard let pid = pid_t(entry),
                      let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                      let close = stat.range(of: ")", options: .backwards) else { continue }
                // After "pid (comm) ": the state, then the parent's pid.
                let fields = stat[close.upperBound...].split(separator: " ")
                if fields.count > 1, pid_t(fields[1]) == shell, stat.contains("(annex)") { found = pid; return true }
            }
            return false
        }
        return found!
    }

    /// `annex <arguments> --workspace <the test's workspace>` with the tests' ANNEX_TODAY; output
    /// to files (no pipe to fill), killed past the timeout.
    func runAnnex(_ arguments: [String], timeout: TimeInterval = 30) throws -> (status: Int32, stdout: String, stderr: String) {
        var environment = ProcessInfo.processInfo.environment
        environment["ANNEX_TODAY"] = AnnexE2E.today
        environment["ANNEX_WORKSPACE"] = nil
        environment["ANNEX_USER"] = nil
        return try Run.program(AnnexE2E.binaryPath, arguments + ["--workspace", workspace], environment: environment, timeout: timeout)
    }

    /// git with a fixed identity and no signing, whatever the machine's configuration; throws on
    /// a non-zero exit.
    @discardableResult
    func git(_ arguments: [String], in folder: String, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let path = try XCTUnwrap(Run.find("git"), "git", file: file, line: line)
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        environment["GIT_TERMINAL_PROMPT"] = "0"
        let identity = ["-c", "user.name=Annex E2E", "-c", "user.email=e2e@annex.invalid", "-c", "commit.gpgsign=false",
                        "-c", "init.defaultBranch=main", "-c", "core.hooksPath=/dev/null"]
        let result = try Run.program(path, ["-C", folder] + identity + arguments, environment: environment, timeout: 30)
        guard result.status == 0 else {
            XCTFail("git \(arguments.joined(separator: " ")) failed (\(result.status)): \(result.stderr)\(result.stdout)", file: file, line: line)
            throw E2EError("git failed")
        }
        return result.stdout
    }
}

/// Runs a short-lived program (not tmux: see Spawn) with output to files.
enum Run {
    static func program(_ path: String, _ arguments: [String], environment: [String: String], timeout: TimeInterval) throws -> (status: Int32, stdout: String, stderr: String) {
        let folder = Scratch.makeFolder(prefix: "annex-e2e-run")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let outputPath = folder + "/stdout", errorPath = folder + "/stderr"
        _ = FileManager.default.createFile(atPath: outputPath, contents: nil)
        _ = FileManager.default.createFile(atPath: errorPath, contents: nil)
        let output = try FileHandle(forWritingTo: URL(fileURLWithPath: outputPath))
        let errors = try FileHandle(forWritingTo: URL(fileURLWithPath: errorPath))
        defer { try? output.close(); try? errors.close() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning {
            if Date() >= deadline {
                process.terminate()
                process.waitUntilExit()
                throw E2EError("\(path) \(arguments.joined(separator: " ")) ran longer than \(timeout) s")
            }
            Thread.sleep(forTimeInterval: TmuxSession.pollInterval)
        }
        process.waitUntilExit()
        let read = { (path: String) in String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self) }
        return (process.terminationStatus, read(outputPath), read(errorPath))
    }

    /// A program on PATH (or the usual places).
    static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return (path.split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin"])
            .map { $0 + "/" + name }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}

/// Which lines changed between two texts: a longest-common-subsequence diff of their lines.
struct LineDiff: Equatable, CustomStringConvertible {
    /// Lines of `before` that are not in `after`, and lines of `after` that are not in `before`,
    /// each in file order.
    var removed: [String]
    var added: [String]

    var description: String {
        (removed.map { "- " + $0 } + added.map { "+ " + $0 }).joined(separator: "\n")
    }
}

func lineDiff(before: String, after: String) -> LineDiff {
    let old = before.components(separatedBy: "\n"), new = after.components(separatedBy: "\n")
    // Common head and tail first: an edit of one field leaves a small middle for the table.
    var head = 0
    while head < old.count, head < new.count, old[head] == new[head] { head += 1 }
    var tail = 0
    while tail < old.count - head, tail < new.count - head, old[old.count - 1 - tail] == new[new.count - 1 - tail] { tail += 1 }
    let a = Array(old[head..<(old.count - tail)]), b = Array(new[head..<(new.count - tail)])
    // lcs[i][j]: the longest common subsequence of a[i...] and b[j...].
    var lcs = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in stride(from: a.count - 1, through: 0, by: -1) {
        for j in stride(from: b.count - 1, through: 0, by: -1) {
            lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
        }
    }
    var removed: [String] = [], added: [String] = []
    var i = 0, j = 0
    while i < a.count || j < b.count {
        if i < a.count, j < b.count, a[i] == b[j] {
            i += 1; j += 1
        } else if j < b.count, i == a.count || lcs[i][j + 1] >= lcs[i + 1][j] {
            added.append(b[j]); j += 1
        } else {
            removed.append(a[i]); i += 1
        }
    }
    return LineDiff(removed: removed, added: added)
}

extension SoAFile {
    /// A one-line `key: value` of one control's entry, as written (quotes included).
    static func value(_ key: String, of control: String, in text: String?) -> String? {
        guard let text else { return nil }
        return entry(control, in: text)
            .first { $0.hasPrefix("  \(key): ") }
            .map { String($0.dropFirst("  \(key): ".count)) }
    }
}
