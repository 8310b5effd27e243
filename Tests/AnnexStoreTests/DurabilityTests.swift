import AnnexDomain
@testable import AnnexStore
import XCTest

final class DurabilityTests: XCTestCase {
    func testACrashMidWriteLeavesTheOldFileIntact() throws {
        let folder = TemporaryFolder()
        let store = try WorkspaceStore.create(at: folder.path, with: Samples.workspace)
        let before = folder.read("risks/R-001.yaml")
        // What a crash between writing the temporary file and renaming it leaves behind.
        folder.write("risks/.R-001.yaml.4242.17.tmp", "id: R-001\ntitle: half writ")

        let loaded = try store.load()

        XCTAssertEqual(folder.read("risks/R-001.yaml"), before)
        XCTAssertEqual(loaded.workspace.risks, [Samples.risk])
        XCTAssertEqual(loaded.issues, [], "leftover temporary files are not records")
    }

    func testReadersNeverSeeAHalfWrittenFile() throws {
        let folder = TemporaryFolder()
        let store = try WorkspaceStore.create(at: folder.path, with: Samples.workspace)
        var long = Samples.risk
        long.description = String(repeating: "A long description that makes the file span many blocks. ", count: 2000)
        let versions = [Samples.risk, long]
        let writer = Thread { [store] in
            for index in 0..<60 { try? store.save(versions[index % 2]) }
        }
        writer.start()
        for _ in 0..<300 {
            let text = folder.read("risks/R-001.yaml") ?? ""
            XCTAssertTrue(text == RiskCodec.encode(versions[0]) || text == RiskCodec.encode(versions[1]), "saw a torn file")
        }
        while writer.isExecuting { usleep(1000) }
    }

    /// Only the start of an event can be a torn write; anything else in a journal is damage, and
    /// `annex check` must fail on it.
    func testGarbageJournalLinesAreErrorsNotTornWrites() throws {
        let folder = TemporaryFolder()
        let store = try WorkspaceStore.create(at: folder.path, with: Samples.workspace)
        let journal = "audits/IA-2026-1/findings-aauditor.jsonl"
        folder.append(journal, "this is not json\n[]\n12345\n")

        let loaded = try store.load()

        XCTAssertEqual(loaded.workspace.log(of: "IA-2026-1").events.count, 5, "the real events are kept")
        XCTAssertEqual(loaded.issues.map(\.line), [6, 7, 8])
        XCTAssertEqual(Set(loaded.issues.map(\.severity)), [.error])
    }

    func testAWithdrawalOfAFindingNoJournalLogsIsAnError() throws {
        let folder = TemporaryFolder()
        let store = try WorkspaceStore.create(at: folder.path, with: Samples.workspace)
        let journal = "audits/IA-2026-1/findings-aauditor.jsonl"
        folder.append(journal, #"{"at":"2026-11-29T10:00:00.000Z","by":"aauditor","event":"withdrawn","id":"F-NOPE","reason":"typo","v":1}"# + "\n")

        let loaded = try store.load()

        XCTAssertEqual(loaded.issues.map(\.description), ["\(journal):6: withdraws finding F-NOPE, which no journal of IA-2026-1 logs"])
        XCTAssertEqual(loaded.issues.first?.severity, .error)
    }

    func testATornJournalLineIsReportedAndTheRestKept() throws {
        let folder = TemporaryFolder()
        let store = try WorkspaceStore.create(at: folder.path, with: Samples.workspace)
        let journal = "audits/IA-2026-1/findings-aauditor.jsonl"
        folder.append(journal, "{\"at\":\"2026-11-29T10:00:00.000Z\",\"by\":\"aauditor\",\"event\":\"logg")

        let loaded = try store.load()

        XCTAssertEqual(loaded.workspace.log(of: "IA-2026-1").events.count, 5)
        XCTAssertEqual(loaded.issues.map(\.description), ["\(journal):6: this line was cut off mid-write (a crash or a full disk) and is ignored; the other events are kept"])
        XCTAssertEqual(loaded.issues.first?.severity, .warning)

        // The next finding is appended on a line of its own, not glued to the torn one.
        var next = Samples.finding
        next.id = "F-NEXT01"
        next.at = Samples.instant.addingTimeInterval(3600)
        try store.append(.logged(next), audit: "IA-2026-1")
        let reloaded = try store.load()
        XCTAssertEqual(reloaded.workspace.log(of: "IA-2026-1").finding("F-NEXT01"), next)
        XCTAssertEqual(reloaded.issues.map(\.line), [6])
    }

    func testAGarbledJournalLineInTheMiddleIsAnErrorWithItsLine() throws {
        let folder = TemporaryFolder()
        let store = try WorkspaceStore.create(at: folder.path, with: Samples.workspace)
        let journal = "audits/IA-2026-1/findings-aauditor.jsonl"
        var lines = folder.read(journal)!.split(separator: "\n").map(String.init)
        lines[1] = "{\"v\":1,\"event\":\"teleported\",\"at\":\"2026-11-29T10:00:00Z\",\"by\":\"x\"}"
        folder.write(journal, lines.joined(separator: "\n") + "\n")

        let loaded = try store.load()

        XCTAssertEqual(loaded.issues.map(\.description), ["\(journal):2: unknown event 'teleported'"])
        XCTAssertEqual(loaded.workspace.log(of: "IA-2026-1").events.count, 4)
    }

    func testAppendedFindingIsOnDiskWhenAppendReturns() throws {
        let folder = TemporaryFolder()
        let store = try WorkspaceStore.create(at: folder.path, with: Samples.workspace)
        var finding = Samples.finding
        finding.id = "F-NEW001"
        finding.auditor = "second"
        try store.append(.logged(finding), audit: "IA-2026-1")
        let text = try XCTUnwrap(folder.read("audits/IA-2026-1/findings-second.jsonl"))
        XCTAssertTrue(text.hasSuffix("}\n"))
        XCTAssertTrue(text.contains("F-NEW001"))
    }
}
