import AnnexDomain
@testable import AnnexStore
import XCTest

/// Two copies of a workspace edited apart and merged with git, and two processes on one copy.
final class TeamworkTests: XCTestCase {
    private func git(_ arguments: [String], in folder: String) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-c", "user.name=Annex Test", "-c", "user.email=test@example.org",
                             "-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }

    private func addRisks(_ count: Int, to store: WorkspaceStore, ids: IDGenerator) throws {
        var taken = Set(try store.load().workspace.risks.map(\.id))
        for index in 0..<count {
            let id = ids.make(prefix: "R", avoiding: taken)
            taken.insert(id)
            try store.save(Risk(id: id, title: "Risk \(index)", owner: "jweiss", inherent: RiskRating(likelihood: 2, impact: 3)))
        }
    }

    func testTwoCopiesEditedApartMergeWithoutConflictsOrDuplicateIds() throws {
        let folder = TemporaryFolder()
        let a = folder.path + "/a", b = folder.path + "/b"
        let storeA = try WorkspaceStore.create(at: a, with: Samples.workspace)
        XCTAssertEqual(try git(["init", "-q"], in: a).status, 0)
        XCTAssertEqual(try git(["add", "-A"], in: a).status, 0)
        XCTAssertEqual(try git(["commit", "-qm", "start"], in: a).status, 0)
        XCTAssertEqual(try git(["clone", "-q", a, b], in: folder.path).status, 0)
        let storeB = WorkspaceStore(root: b)

        // Each side: new risks, an SoA change to a different control, findings by its own auditor.
        try addRisks(40, to: storeA, ids: IDGenerator())
        try addRisks(40, to: storeB, ids: IDGenerator())
        var entryA = Samples.workspace.soa["A.5.1"]!
        entryA.status = .implemented
        entryA.justification = "Policy approved"
        try storeA.save(entryA)
        var entryB = Samples.workspace.soa["A.8.13"]!
        entryB.status = .partial
        entryB.justification = "Backups partly tested"
        try storeB.save(entryB)
        for (store, auditor) in [(storeA, "alice"), (storeB, "bob")] {
            for index in 0..<5 {
                var finding = Samples.finding
                finding.id = IDGenerator().make(prefix: "F")
                finding.auditor = auditor
                finding.at = Samples.instant.addingTimeInterval(Double(index))
                try store.append(.logged(finding), audit: "IA-2026-1")
            }
        }
        for side in [a, b] {
            XCTAssertEqual(try git(["add", "-A"], in: side).status, 0)
            XCTAssertEqual(try git(["commit", "-qm", "work"], in: side).status, 0)
        }
        let merge = try git(["pull", "-q", "--no-rebase", "--no-edit", b, "main"], in: a)
        XCTAssertEqual(merge.status, 0, "merge failed: \(merge.output)")

        let merged = try storeA.load()
        XCTAssertEqual(merged.issues, [])
        let riskIDs = merged.workspace.risks.map(\.id)
        XCTAssertEqual(riskIDs.count, 81)
        XCTAssertEqual(Set(riskIDs).count, riskIDs.count, "duplicate risk ids after merge")
        XCTAssertEqual(merged.workspace.soa["A.5.1"]?.status, .implemented)
        XCTAssertEqual(merged.workspace.soa["A.8.13"]?.status, .partial)
        let findings = merged.workspace.log(of: "IA-2026-1").activeFindings
        XCTAssertEqual(Set(findings.map(\.auditor)), ["aauditor", "alice", "bob"])
        XCTAssertEqual(Set(findings.map(\.id)).count, findings.count, "duplicate finding ids after merge")
    }

    func testTwoWritersOnOneWorkspaceNeverLoseEachOthersSoAEdits() throws {
        let folder = TemporaryFolder()
        _ = try WorkspaceStore.create(at: folder.path, with: Samples.workspace)
        let controls = ISO27001.framework.controls.map(\.id)
        let halves = [Array(controls.prefix(40)), Array(controls.dropFirst(40).prefix(40))]
        let group = DispatchGroup()
        let root = folder.path
        for half in halves {
            DispatchQueue.global().async(group: group) {
                // A separate store value per writer, as two processes would have.
                let store = WorkspaceStore(root: root)
                for control in half {
                    try? store.save(SoAEntry(control: control, justification: "edited by writer", status: .implemented, owner: "jweiss"))
                }
            }
        }
        group.wait()
        let soa = try WorkspaceStore(root: folder.path).load().workspace.soa
        for control in halves.joined() {
            XCTAssertEqual(soa[control]?.justification, "edited by writer", control)
        }
        XCTAssertEqual(soa.entries.count, 93)
    }
}
