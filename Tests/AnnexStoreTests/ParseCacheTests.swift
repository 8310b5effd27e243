@testable import AnnexDomain
@testable import AnnexStore
import Foundation
import XCTest

/// The derived parse cache: a load that uses it gives what a load from the files alone gives,
/// whatever happened to the files or to the cache in between.
final class ParseCacheTests: XCTestCase {
    private let today = Day("2026-11-29")!
    /// The demo's 42 risks, 30 evidence records, 4 actions and 3 journals.
    private static let demoFiles = 42 + 30 + 4 + 3

    func testTheDemoLoadsTheSameFromTheCache() throws {
        let folder = TemporaryFolder()
        let store = try WorkspaceStore.create(at: folder.path, with: DemoOrganisation.make(today: today))
        try assertCacheGivesTheSame(store, files: Self.demoFiles)
    }

    func testAGeneratedWorkspaceWithBrokenFilesLoadsTheSameFromTheCache() throws {
        let folder = TemporaryFolder()
        let store = try WorkspaceStore.create(at: folder.path, with: DemoOrganisation.make(today: today))
        try generate(risks: 300, findings: 2_000, in: folder)
        // What the load reports must come back from the cache too: warnings of cached files, and
        // errors of files that never parse (those are read every time).
        folder.write("risks/R-G00007.yaml", folder.read("risks/R-G00007.yaml")! + "colour: blue\n")
        folder.write("risks/R-G00008.yaml", "id: R-G00008\ntitle: [unclosed\n")
        folder.write("risks/R-G00009.yaml", folder.read("risks/R-G00009.yaml")!.replacingOccurrences(of: "id: R-G00009", with: "id: R-OTHER"))
        folder.append("audits/IA-2026-2/findings-praghunathan.jsonl", "this is not json\n{\"v\":1,\"event\":\"logged\"\n")
        try assertCacheGivesTheSame(store, files: Self.demoFiles + 300 - 2)
    }

    func testAFileChangedByAnotherProgramIsReadAgain() throws {
        let folder = TemporaryFolder()
        let store = try WorkspaceStore.create(at: folder.path, with: DemoOrganisation.make(today: today))
        let path = folder.file("risks/R-001.yaml")
        let original = try XCTUnwrap(folder.read("risks/R-001.yaml"))
        waitOutTheRacyWindow()
        _ = try store.load(cached: true)
        XCTAssertEqual(try store.load(cached: true).cachedFiles, Self.demoFiles, "the second load comes from the cache")

        // Same size, written in place (same inode), and the old modification time put back: only
        // the status-change time tells.
        let before = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as! Date
        let title = try XCTUnwrap(original.split(separator: "\n").first { $0.hasPrefix("title: ") })
        let edited = original.replacingOccurrences(of: title, with: "title: " + String(repeating: "X", count: title.count - 7))
        XCTAssertEqual(edited.utf8.count, original.utf8.count)
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: path))
        handle.write(Data(edited.utf8))
        try handle.close()
        try FileManager.default.setAttributes([.modificationDate: before], ofItemAtPath: path)

        let loaded = try store.load(cached: true)
        XCTAssertEqual(loaded.workspace.risks.first { $0.id == "R-001" }?.title, String(repeating: "X", count: title.count - 7))
        XCTAssertEqual(loaded.cachedFiles, Self.demoFiles - 1, "every other file still comes from the cache")
        try assertSame(loaded, try store.load())

        // Appended to: the journal is read again.
        let finding = Finding(id: "F-APPENDED", item: "A.5.1", classification: .observation, statement: "Appended by another process",
                              auditor: "praghunathan", at: Date(timeIntervalSince1970: 1_796_000_000))
        folder.append("audits/IA-2026-2/findings-praghunathan.jsonl", String(decoding: JournalCodec.encode(.logged(finding)), as: UTF8.self))
        let appended = try store.load(cached: true)
        XCTAssertTrue(appended.workspace.auditLogs["IA-2026-2"]!.findings.contains { $0.id == "F-APPENDED" })
        try assertSame(appended, try store.load())
    }

    /// The UI reads annex.yaml and soa.yaml for its first frame and hands them to the load: the
    /// load must give what a load of its own gives, and read the files again once they changed.
    func testTheOutlineOfTheFirstFrameLoadsTheSameAndAChangedSoAIsReadAgain() throws {
        let folder = TemporaryFolder()
        let store = try WorkspaceStore.create(at: folder.path, with: DemoOrganisation.make(today: today))
        // Parsed the first time, so the SoA carries a warning-free, line-numbered source per entry.
        waitOutTheRacyWindow()
        let outline = try store.loadOutline()
        XCTAssertEqual(outline.workspace.soa, try store.load().workspace.soa)
        XCTAssertNotNil(outline.unchanged(in: store), "files older than the racy window are taken as the outline read them")
        try assertSame(try store.load(cached: true, outline: outline), try store.load(), "with the outline")

        let soa = try XCTUnwrap(folder.read("soa.yaml"))
        let old = "notes: Policy v3.2 approved by the board; topic policies cascade from it."
        XCTAssertTrue(soa.contains(old))
        folder.write("soa.yaml", soa.replacingOccurrences(of: old, with: "notes: changed after the first frame"))
        XCTAssertNil(outline.unchanged(in: store), "a changed soa.yaml is not taken from the outline")
        let reloaded = try store.load(cached: true, outline: outline)
        XCTAssertEqual(reloaded.workspace.soa["A.5.1"]?.notes, "changed after the first frame")
        try assertSame(reloaded, try store.load(), "after the SoA changed")

        // Just written: too new to be trusted by its signature, so a new outline is not reused either.
        XCTAssertNil(try store.loadOutline().unchanged(in: store))
    }

    func testADamagedOrForeignCacheIsIgnoredAndRebuilt() throws {
        let folder = TemporaryFolder()
        let store = try WorkspaceStore.create(at: folder.path, with: DemoOrganisation.make(today: today))
        waitOutTheRacyWindow()
        let truth = try store.load()
        _ = try store.load(cached: true)
        let cache = folder.file(".annex-cache/records")
        let good = try Data(contentsOf: URL(fileURLWithPath: cache))
        var flipped = [UInt8](good)
        flipped[flipped.count / 2] ^= 0x20
        let damages: [(String, Data)] = [
            ("a flipped bit", Data(flipped)), ("cut short", good.prefix(good.count / 3)), ("empty", Data()),
            ("not a cache", Data("id: R-01\ntitle: planted\n".utf8)),
            ("another version", Data("ANNEXPC\u{0}".utf8) + Data([0x7E]) + good.dropFirst(9)),
        ]
        for (damage, bytes) in damages {
            try bytes.write(to: URL(fileURLWithPath: cache))
            let loaded = try store.load(cached: true)
            XCTAssertEqual(loaded.cachedFiles, 3, "\(damage): only the journals' cache is used")
            try assertSame(loaded, truth, damage)
            XCTAssertEqual(try store.load(cached: true).cachedFiles, Self.demoFiles, "\(damage): the cache was rebuilt")
        }
    }

    func testACacheThatCannotBeWrittenOrIsALinkChangesNothing() throws {
        let folder = TemporaryFolder()
        let store = try WorkspaceStore.create(at: folder.path, with: DemoOrganisation.make(today: today))
        waitOutTheRacyWindow()
        let truth = try store.load()
        // A file where the folder should be: nothing can be written (as on a read-only disk).
        folder.write(".annex-cache", "not a folder\n")
        try assertSame(try store.load(cached: true), truth, "unwritable cache")
        XCTAssertEqual(try store.load(cached: true).cachedFiles, 0)
        XCTAssertEqual(folder.read(".annex-cache"), "not a folder\n")

        // A link planted in a shared repository is neither written through nor read.
        try FileManager.default.removeItem(atPath: folder.file(".annex-cache"))
        let outside = TemporaryFolder()
        try FileManager.default.createSymbolicLink(atPath: folder.file(".annex-cache"), withDestinationPath: outside.path)
        try assertSame(try store.load(cached: true), truth, "linked cache")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: outside.path), [], "nothing written outside the workspace")
    }

    func testProcessesBuildingTheCacheAtOnceLeaveAWholeOne() throws {
        let folder = TemporaryFolder()
        let store = try WorkspaceStore.create(at: folder.path, with: DemoOrganisation.make(today: today))
        try generate(risks: 200, findings: 1_000, in: folder)
        waitOutTheRacyWindow()
        let truth = try store.load()
        let results = Results()
        let cache = folder.file(".annex-cache/records")
        DispatchQueue.concurrentPerform(iterations: 8) { round in
            // Every other round starts from no cache, so writers and readers overlap.
            if round % 2 == 0 { try? FileManager.default.removeItem(atPath: cache) }
            results.add(try? store.load(cached: true))
        }
        XCTAssertEqual(results.all.count, 8)
        for loaded in results.all { try assertSame(loaded, truth, "a load while others wrote the cache") }
        XCTAssertEqual(try store.load(cached: true).cachedFiles, Self.demoFiles + 200)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.file(".annex-cache")).filter { $0.hasSuffix(".tmp") }
        XCTAssertEqual(leftovers, [])
    }

    // MARK: Support

    /// Loads without the cache, then with it twice (building it, then reading it), and compares.
    private func assertCacheGivesTheSame(_ store: WorkspaceStore, files: Int, file: StaticString = #filePath, line: UInt = #line) throws {
        waitOutTheRacyWindow()
        let truth = try store.load()
        let building = try store.load(cached: true)
        XCTAssertEqual(building.cachedFiles, 0, file: file, line: line)
        let cached = try store.load(cached: true)
        XCTAssertEqual(cached.cachedFiles, files, "every readable record and journal comes from the cache", file: file, line: line)
        try assertSame(building, truth, "building the cache", file: file, line: line)
        try assertSame(cached, truth, "from the cache", file: file, line: line)
    }

    private func assertSame(_ loaded: LoadedWorkspace, _ truth: LoadedWorkspace, _ context: String = "", file: StaticString = #filePath, line: UInt = #line) throws {
        let (one, other) = (loaded.workspace, truth.workspace)
        XCTAssertEqual(one.risks, other.risks, "\(context): the risks", file: file, line: line)
        XCTAssertEqual(one.evidence, other.evidence, "\(context): the evidence", file: file, line: line)
        XCTAssertEqual(one.actions, other.actions, "\(context): the actions", file: file, line: line)
        XCTAssertEqual(one.auditLogs.mapValues(\.events), other.auditLogs.mapValues(\.events), "\(context): the journals", file: file, line: line)
        XCTAssertEqual(one, other, "\(context): the whole workspace", file: file, line: line)
        XCTAssertEqual(loaded.issues, truth.issues, "\(context): the problems of the files", file: file, line: line)
        XCTAssertEqual(loaded.unreadable, truth.unreadable, context, file: file, line: line)
        XCTAssertEqual(loaded.journalEnds, truth.journalEnds, context, file: file, line: line)
        XCTAssertEqual(loaded.findingPlaces, truth.findingPlaces, "\(context): where findings are", file: file, line: line)
        XCTAssertEqual(Set(loaded.sources.keys), Set(truth.sources.keys), context, file: file, line: line)
        for (subject, source) in truth.sources {
            let other = loaded.sources[subject]
            XCTAssertEqual(other?.path, source.path, "\(context): \(subject)", file: file, line: line)
            XCTAssertEqual(other?.line, source.line, "\(context): \(subject)", file: file, line: line)
            XCTAssertEqual(other?.lines.entries, source.lines.entries, "\(context): the lines of \(subject)", file: file, line: line)
        }
        let problems = ISMSChecker(today: today).problems(in: truth.workspace)
        XCTAssertEqual(problems.map(loaded.issue(for:)), problems.map(truth.issue(for:)), "\(context): check's report", file: file, line: line)
    }

    /// Files written just now are not cached (their time stamps could hide a second change).
    private func waitOutTheRacyWindow() {
        Thread.sleep(forTimeInterval: Double(ParseCache.racyWindowNanoseconds) / 1e9 + 0.1)
    }

    /// Risks in the demo's format with every field, and logged findings in the demo's audit.
    private func generate(risks: Int, findings: Int, in folder: TemporaryFolder) throws {
        var random = SplitMix64(seed: 27001)
        let store = WorkspaceStore(root: folder.path)
        for number in 1...risks {
            let id = String(format: "R-G%05d", number)
            let risk = Risk(
                id: id, title: "Generated risk \(number): Wrocław’s \"depot\"", description: "Line one\nline two: \(random.below(1000))",
                assets: ["Backups", "Asset \(random.below(20))"], threat: "Threat \(random.below(10))", owner: "jweiss",
                inherent: RiskRating(likelihood: 1 + random.below(5), impact: 1 + random.below(5)),
                controls: ["A.8.13"], plan: number % 3 == 0 ? "" : "Plan \(number)", due: number % 2 == 0 ? today.adding(days: number) : nil,
                residual: number % 4 == 0 ? nil : RiskRating(likelihood: 1, impact: 1 + random.below(5)),
                acceptance: number % 5 == 0 ? RiskAcceptance(by: "jweiss", on: today, rationale: "ok", validUntil: nil) : nil,
                nextReview: today.adding(days: 30), status: number % 5 == 0 ? .accepted : .treating
            )
            try store.save(risk)
        }
        var lines = ""
        for number in 1...findings {
            let finding = Finding(
                id: "F-GEN-\(number)", item: ["A.5.15", "A.8.13", "4.1"][random.below(3)], classification: .conformity,
                statement: ["Seen.", "Records match the procedure.", "Ticket sampled: ✓"][random.below(3)], evidence: "Ticket \(random.below(50))",
                interviewee: "Jürgen Weiß", role: "CISO", method: .examine,
                sample: number % 100 == 0 ? AuditSample(population: "jobs", populationSize: 40, size: 2, method: "seeded-random", seed: UInt64.max - 2, items: ["a", "b"]) : nil,
                auditor: "praghunathan", at: Date(timeIntervalSince1970: 1_795_000_000 + Double(number) * 0.001)
            )
            lines += String(decoding: JournalCodec.encode(.logged(finding)), as: UTF8.self)
        }
        folder.append("audits/IA-2026-2/findings-praghunathan.jsonl", lines)
    }
}

/// Loads collected from several threads.
private final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var loads: [LoadedWorkspace] = []
    func add(_ loaded: LoadedWorkspace?) { lock.withLock { if let loaded { loads.append(loaded) } } }
    var all: [LoadedWorkspace] { lock.withLock { loads } }
}
