import Foundation
import XCTest

/// `annex export … --format xlsx` and `--output`, read back with the system's unzip.
final class XLSXExportCommandTests: XCTestCase {
    private func unzip(_ file: String, _ part: String) throws -> String {
        try output(of: "/usr/bin/unzip", ["-p", file, part])
    }

    private func output(of executable: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["ANNEX_WORKSPACE"] = nil
        process.environment = environment
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    func testEveryRegisterIsOneSheetWithAFrozenHeaderDatesAsDatesAndNoFormula() throws {
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: "/usr/bin/unzip"), "needs unzip")
        let folder = TemporaryFolder()
        let workspace = folder.path + "/demo"
        XCTAssertEqual(try AnnexBinary.run(["init", "--demo", workspace]).status, 0)
        // A value that a spreadsheet would run as a formula if it were written as one.
        let risk = try XCTUnwrap(folder.read("demo/risks/R-001.yaml"))
        folder.write("demo/risks/R-001.yaml", risk.replacingOccurrences(of: "title: Ransomware encrypts production data and backups", with: "title: '=HYPERLINK(\"http://x\",\"click\")'"))
        for register in ["soa", "risks", "findings", "actions"] {
            let file = folder.path + "/\(register).xlsx"
            let result = try AnnexBinary.run(["export", register, "--workspace", workspace, "--format", "xlsx", "--output", file])
            XCTAssertEqual(result.status, 0, result.stderr)
            let sheet = try unzip(file, "xl/worksheets/sheet1.xml")
            XCTAssertTrue(sheet.contains(#"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#), register)
            XCTAssertTrue(sheet.contains(#"customWidth="1""#), register)
            XCTAssertFalse(sheet.contains("<f>"), "\(register): no formula")
            XCTAssertTrue(try unzip(file, "\\[Content_Types].xml").contains("spreadsheetml.sheet.main+xml"))
        }
        let risks = try unzip(folder.path + "/risks.xlsx", "xl/worksheets/sheet1.xml")
        XCTAssertTrue(risks.contains(#"t="inlineStr"><is><t xml:space="preserve">=HYPERLINK(&quot;http://x&quot;,&quot;click&quot;)</t></is>"#), "text stays text")
        // R-001's due date as a spreadsheet's serial day number (days since 1899-12-30), in the date style.
        let json = try AnnexBinary.run(["export", "risks", "--workspace", workspace, "--format", "json"]).stdout
        let rows = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        let due = try XCTUnwrap(rows.first { $0["id"] as? String == "R-001" }?["due"] as? String)
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        let serial = Int((try XCTUnwrap(formatter.date(from: due)).timeIntervalSince(try XCTUnwrap(formatter.date(from: "1899-12-30"))) / 86_400).rounded())
        XCTAssertTrue(risks.contains(#"<c r="O2" s="2"><v>\#(serial)</v></c>"#), "R-001 due \(due) is the date \(serial)")
    }

    func testABinaryFormatRefusesATerminalAndOutputRefusesAFolder() throws {
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), "needs script(1) for a terminal")
        let folder = TemporaryFolder()
        let workspace = folder.path + "/demo"
        XCTAssertEqual(try AnnexBinary.run(["init", "--demo", workspace]).status, 0)
        let command = "\(AnnexBinary.path) export soa --workspace \(workspace) --format xlsx; echo \"exit=$?\""
        // script(1) runs the command on a pseudo-terminal, as a user typing it would.
        let terminal = try output(of: "/usr/bin/script", ["-qec", command, "/dev/null"])
        XCTAssertTrue(terminal.contains("xlsx is a binary file: write it with --output FILE"), terminal)
        XCTAssertTrue(terminal.contains("exit=1"), terminal)
        XCTAssertFalse(terminal.contains("PK"), "no bytes of the workbook reach the terminal")

        let piped = try AnnexBinary.run(["export", "soa", "--workspace", workspace, "--format", "xlsx"])
        XCTAssertEqual(piped.status, 0, "a pipe or a file takes the bytes")
        XCTAssertTrue(piped.stdout.hasPrefix("PK"))

        let intoFolder = try AnnexBinary.run(["export", "soa", "--workspace", workspace, "--output", folder.path])
        XCTAssertEqual(intoFolder.status, 1)
        XCTAssertTrue(intoFolder.stderr.contains("is a folder; name a file to write"), intoFolder.stderr)
        let html = try AnnexBinary.run(["export", "audit", "IA-2026-1", "--workspace", workspace, "--format", "xlsx"])
        XCTAssertEqual(html.status, 64, html.stderr)
    }
}

/// `--output` names a file, a link to one, or a pipe: each is written without being replaced.
final class OutputOptionTests: XCTestCase {
    func testOutputThroughALinkWritesItsFileAndIntoAFIFOWithoutReplacingIt() throws {
        let folder = TemporaryFolder()
        let workspace = folder.path + "/demo"
        XCTAssertEqual(try AnnexBinary.run(["init", "--demo", workspace]).status, 0)
        let expected = try AnnexBinary.run(["export", "actions", "--workspace", workspace]).stdout

        folder.write("real.csv", "old\n")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/link.csv", withDestinationPath: folder.path + "/real.csv")
        XCTAssertEqual(try AnnexBinary.run(["export", "actions", "--workspace", workspace, "--output", folder.path + "/link.csv"]).status, 0)
        XCTAssertEqual(folder.read("real.csv"), expected)
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: folder.path + "/link.csv"), folder.path + "/real.csv", "the link stays a link")

        let fifo = folder.path + "/pipe"
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
        let received = ReceivedBytes()
        let reader = Thread { received.set(FileHandle(forReadingAtPath: fifo)?.readDataToEndOfFile() ?? Data()) }
        reader.start()
        let result = try AnnexBinary.run(["export", "actions", "--workspace", workspace, "--output", fifo])
        XCTAssertEqual(result.status, 0, result.stderr)
        for _ in 0..<100 where received.data == nil { Thread.sleep(forTimeInterval: 0.05) }
        XCTAssertEqual(received.data.map { String(decoding: $0, as: UTF8.self) }, expected)
        var info = stat()
        XCTAssertEqual(lstat(fifo, &info), 0)
        XCTAssertEqual(info.st_mode & S_IFMT, S_IFIFO, "the pipe is still a pipe, not a file renamed over it")
    }
}

private final class ReceivedBytes: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Data?
    func set(_ data: Data) { lock.withLock { stored = data } }
    var data: Data? { lock.withLock { stored } }
}
