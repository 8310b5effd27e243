import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// A risk import is one change: `annex import risks` killed with SIGKILL at any moment leaves
/// the register with none of the imported risks or all of them, once the next Annex that may
/// write has opened the workspace (here `annex check`, which finishes an interrupted change).
final class ImportAtomicityTests: XCTestCase {
    private let count = 400

    private func sheet(in folder: TemporaryFolder) -> String {
        var csv = "ID,Title,Likelihood,Impact,Treatment,Controls\n"
        for index in 1...count { csv += "R-\(String(format: "%04d", index)),Imported risk \(index),\(index % 5 + 1),\(index % 4 + 1),mitigate,A.5.15\n" }
        let path = folder.path + "/risks.csv"
        FileManager.default.createFile(atPath: path, contents: Data(csv.utf8))
        return path
    }

    private func importedRisks(_ workspace: String) -> Int {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: workspace + "/risks")) ?? []
        return names.filter { !$0.hasPrefix(".") && $0.hasSuffix(".yaml") }.count
    }

    private func startImport(_ file: String, workspace: String) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: AnnexBinary.path)
        process.arguments = ["import", "risks", file, "--workspace", workspace]
        process.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
        process.standardError = FileHandle(forWritingAtPath: "/dev/null")
        try process.run()
        return process
    }

    func testAnImportKilledAtAnyMomentLeavesNoneOrAllOfItsRisks() throws {
        let folder = TemporaryFolder()
        let file = sheet(in: folder)
        // One whole import first, to know how long one takes on this machine.
        let timing = folder.path + "/timing"
        try AnnexBinary.run(["init", timing])
        let started = Date()
        try startImport(file, workspace: timing).waitUntilExit()
        let whole = Date().timeIntervalSince(started)
        XCTAssertEqual(importedRisks(timing), count)

        // The kill point closes in on the moment the files are written: a kill that left nothing
        // staged moves later, one that found the import done moves earlier.
        var early = 0.0, late = whole * 1.2
        var outcomes: [String: Int] = [:]
        for round in 0..<16 where outcomes["killed while writing", default: 0] < 2 {
            let workspace = folder.path + "/w\(round)"
            try AnnexBinary.run(["init", workspace])
            let process = try startImport(file, workspace: workspace)
            let delay = (early + late) / 2
            usleep(useconds_t(delay * 1_000_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let staged = stagedOrDecided(workspace)
            let check = try AnnexBinary.run(["check", "--workspace", workspace])
            let found = importedRisks(workspace)
            XCTAssertTrue(found == 0 || found == count, "round \(round), killed after \(Int(delay * 1000)) ms: \(found) of \(count) risks on disk\n\(check.stdout)")
            XCTAssertFalse(check.stdout.contains("was interrupted"), "check finished the interrupted change: \(check.stdout)")
            let outcome = staged ? "killed while writing" : found == 0 ? "killed before writing" : "killed after"
            outcomes[outcome, default: 0] += 1
            if staged { continue }
            if found == 0 { early = delay } else { late = delay }
        }
        print("import of \(count) risks killed \(outcomes.values.reduce(0, +)) times: \(outcomes)")
        XCTAssertGreaterThan(outcomes["killed while writing", default: 0], 0, "no kill landed while the files were being written: \(outcomes)")
    }

    /// Whether a kill left staged files or the intent of a decided change.
    private func stagedOrDecided(_ workspace: String) -> Bool {
        let risks = (try? FileManager.default.contentsOfDirectory(atPath: workspace + "/risks")) ?? []
        let root = (try? FileManager.default.contentsOfDirectory(atPath: workspace)) ?? []
        return risks.contains { $0.hasSuffix(".pending") } || root.contains { $0.hasPrefix(".annex-commit-") }
    }
}
