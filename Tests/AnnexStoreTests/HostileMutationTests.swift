@testable import AnnexDomain
@testable import AnnexStore
import XCTest

/// Every kind of workspace file, broken in every way a shared repository or a bad disk can break
/// it, goes through a headless load, the ISMS checks and every export: nothing crashes or hangs,
/// no file is changed, and damage that makes a file unreadable is an error naming it. Seeded, so
/// a failure can be replayed with ANNEX_MUTATION_SEED.
final class HostileMutationTests: XCTestCase {
    enum Mutation: CaseIterable {
        case truncated, bytesFlipped, invalidUTF8, hugeNumber, deepNesting, aliasBomb, duplicateKey, wrongType, empty, folderInPlace, linkInPlace

        /// Whether the file can no longer be read as a record: the load must name it.
        var breaksTheFile: Bool {
            switch self {
            case .truncated, .bytesFlipped, .hugeNumber, .wrongType: false
            default: true
            }
        }
    }

    func testEveryFileKindSurvivesEveryMutation() throws {
        let seed = ProcessInfo.processInfo.environment["ANNEX_MUTATION_SEED"].flatMap(UInt64.init) ?? UInt64.random(in: 1...UInt64(UInt32.max))
        var random = SplitMix64(seed: seed)
        let today = Day("2026-11-29")!
        let kinds = ["annex.yaml", "soa.yaml", "risks/R-001.yaml", "evidence/EV-001.yaml", "audits/IA-2026-1/audit.yaml",
                     "audits/IA-2026-1/findings-aauditor.jsonl", "actions/CA-001.yaml"]
        for kind in kinds {
            for mutation in Mutation.allCases {
                let context = "\(mutation) \(kind) (seed \(seed))"
                let folder = TemporaryFolder()
                let store = try WorkspaceStore.create(at: folder.path, with: Samples.workspace)
                let original = try XCTUnwrap(FileManager.default.contents(atPath: folder.file(kind)), context)
                try apply(mutation, to: folder.file(kind), original: original, random: &random, outside: folder.path + "-outside")
                let before = snapshot(folder.path)

                let started = Date()
                guard let loaded = try? store.load() else { continue }  // a refused workspace is an answer too
                _ = ISMSChecker(today: today).problems(in: loaded.workspace)
                for format in ExportFormat.allCases {
                    for table in [Exports.soa(loaded.workspace), Exports.risks(loaded.workspace), Exports.findings(loaded.workspace), Exports.actions(loaded.workspace)] {
                        _ = format.render(table)
                    }
                }
                let plan = TreatmentPlanReport(workspace: loaded.workspace, today: today)
                _ = plan.markdown() + plan.html()
                if let report = try? AuditReport(workspace: loaded.workspace, audit: "IA-2026-1", today: today) { _ = report.markdown() + report.html() }
                XCTAssertLessThan(Date().timeIntervalSince(started), 10, "\(context): bounded time")

                XCTAssertEqual(snapshot(folder.path), before, "\(context): no file changed")
                // An empty journal is an auditor who has logged nothing yet.
                if mutation.breaksTheFile, !(mutation == .empty && kind.hasSuffix(".jsonl")) {
                    XCTAssertTrue(loaded.issues.contains { $0.severity == .error && (kind.hasPrefix($0.path) || $0.path.hasPrefix(kind)) },
                                  "\(context): an error names the file: \(loaded.issues.map(\.description))")
                }
                try? FileManager.default.removeItem(atPath: folder.path + "-outside")
            }
        }
    }

    private func apply(_ mutation: Mutation, to path: String, original: Data, random: inout SplitMix64, outside: String) throws {
        var bytes = [UInt8](original)
        let isJournal = path.hasSuffix(".jsonl")
        switch mutation {
        case .truncated:
            bytes = Array(bytes.prefix(random.below(bytes.count)))
        case .bytesFlipped:
            for _ in 0..<4 where !bytes.isEmpty { bytes[random.below(bytes.count)] ^= UInt8(1 << random.below(8)) }
        case .invalidUTF8:
            bytes.insert(contentsOf: [0xFF, 0xFE, 0xC3], at: random.below(bytes.count))
        case .hugeNumber:
            bytes += Array((isJournal ? #"{"at":"2026-11-29T10:00:00.000Z","by":"aauditor","event":"timed","item":"4.1","seconds":99999999999999999999999,"v":1}"# + "\n"
                                      : "extra_number: 99999999999999999999999999999999e999\n").utf8)
        case .deepNesting:
            let nest = String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_000)
            bytes = Array((isJournal ? nest + "\n" : "id: " + nest + "\n").utf8)
        case .aliasBomb:
            var text = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
            for level in 1...12 { text += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ") + "]\n" }
            bytes = Array((isJournal ? "{\"v\":1}\n" + text : text).utf8)
        case .duplicateKey:
            let text = String(decoding: bytes, as: UTF8.self)
            let first = text.split(separator: "\n").first.map(String.init) ?? "id: x"
            bytes = Array((text + (isJournal ? "{\"v\":1,\"v\":2}\n" : first + "\n")).utf8)
        case .wrongType:
            let text = String(decoding: bytes, as: UTF8.self)
            bytes = Array(text.replacingOccurrences(of: "title: ", with: "title:\n  - ").replacingOccurrences(of: "\"item\":\"", with: "\"item\":[\"").utf8)
        case .empty:
            bytes = []
        case .folderInPlace:
            try FileManager.default.removeItem(atPath: path)
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
            return
        case .linkInPlace:
            try Data(original).write(to: URL(fileURLWithPath: outside))
            try FileManager.default.removeItem(atPath: path)
            try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: outside)
            return
        }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    /// Every file under `root` with its bytes (links by their target), to see that nothing changed.
    private func snapshot(_ root: String) -> [String: Data] {
        var files: [String: Data] = [:]
        for relative in FileManager.default.subpaths(atPath: root) ?? [] {
            let path = root + "/" + relative
            if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: path) {
                files[relative] = Data(target.utf8)
            } else if let data = FileManager.default.contents(atPath: path) {
                files[relative] = data
            }
        }
        return files
    }
}

extension SplitMix64 {
    /// Uniform in 0..<bound; 0 when there is nothing to pick from.
    mutating func below(_ bound: Int) -> Int { bound <= 0 ? 0 : Int(next(below: UInt64(bound))) }
}
