import AnnexDomain
@testable import AnnexStore
import XCTest

/// A change of several files (a risk import) after a crash: decided (its intent on disk) means
/// finished by the next writer; not decided means never applied, and its staged files removed.
final class MultiFileCommitTests: XCTestCase {
    private func risk(_ id: String, _ title: String) -> Risk { Risk(id: id, title: title, inherent: RiskRating(likelihood: 2, impact: 3)) }

    /// What a crash after the intent was written, before any rename, leaves behind.
    private func interruptedImport(in folder: TemporaryFolder, id: String, intent: Bool) {
        let staged = ["risks/R-001.yaml", "risks/R-900.yaml"].map { MultiFileCommit.stagedName(for: $0, id: id) }
        folder.write(staged[0], RiskCodec.encode(risk("R-001", "Renamed by the import")))
        folder.write(staged[1], RiskCodec.encode(risk("R-900", "New from the import")))
        if intent {
            let json = try! JSONSerialization.data(withJSONObject: ["staged": staged])
            folder.write(MultiFileCommit.intentPrefix + id + MultiFileCommit.intentSuffix, String(decoding: json, as: UTF8.self))
        }
    }

    func testADecidedChangeIsFinishedByTheNextLoadThatMayWrite() throws {
        let folder = TemporaryFolder()
        let store = try WorkspaceStore.create(at: folder.path, with: Samples.workspace)
        interruptedImport(in: folder, id: "99999-1", intent: true)

        let readOnly = try store.load(savingCache: false)
        XCTAssertTrue(readOnly.issues.contains { $0.message.contains("was interrupted") }, "a read-only load says so and writes nothing")
        XCTAssertNotNil(folder.read(MultiFileCommit.intentPrefix + "99999-1.json"))

        let loaded = try store.load()
        XCTAssertEqual(loaded.workspace.risks.first { $0.id == "R-001" }?.title, "Renamed by the import")
        XCTAssertEqual(loaded.workspace.risks.first { $0.id == "R-900" }?.title, "New from the import")
        XCTAssertFalse(loaded.issues.contains { $0.message.contains("interrupted") })
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path + "/risks").filter { $0.hasPrefix(".") }
        XCTAssertEqual(left, [], "nothing staged is left behind")
        XCTAssertNil(folder.read(MultiFileCommit.intentPrefix + "99999-1.json"))
    }

    func testAnUndecidedChangeIsNeverAppliedAndItsStagedFilesAreRemoved() throws {
        let folder = TemporaryFolder()
        let store = try WorkspaceStore.create(at: folder.path, with: Samples.workspace)
        let before = folder.read("risks/R-001.yaml")
        // pid 99999 is not running: its staging was cut short before the change was decided.
        interruptedImport(in: folder, id: "99999-2", intent: false)
        XCTAssertEqual(try store.load().workspace.risks.first { $0.id == "R-001" }?.title, Samples.workspace.risks.first { $0.id == "R-001" }?.title)
        XCTAssertEqual(folder.read("risks/R-001.yaml"), before)
        XCTAssertEqual(Set(store.removeAbandonedTemporaryFiles()), Set(["risks/.R-001.yaml.commit-99999-2.pending", "risks/.R-900.yaml.commit-99999-2.pending"]))
        XCTAssertNil(try store.load().workspace.risks.first { $0.id == "R-900" })
    }

    func testAPlantedIntentCannotMoveFilesAbout() throws {
        let folder = TemporaryFolder()
        let store = try WorkspaceStore.create(at: folder.path, with: Samples.workspace)
        let json = try JSONSerialization.data(withJSONObject: ["staged": ["../outside", "risks/R-001.yaml"]])
        folder.write(MultiFileCommit.intentPrefix + "1-1.json", String(decoding: json, as: UTF8.self))
        let before = folder.read("risks/R-001.yaml")
        XCTAssertThrowsError(try store.save(risk("R-002", "x"))) { error in
            XCTAssertTrue("\(error)".contains("which is not a file Annex stages"), "\(error)")
        }
        XCTAssertEqual(folder.read("risks/R-001.yaml"), before)
    }

    func testAnImportWritesEveryRiskInOneChangeAndKeepsTheirComments() throws {
        let folder = TemporaryFolder()
        let store = try WorkspaceStore.create(at: folder.path, with: Samples.workspace)
        folder.write("risks/R-001.yaml", "# kept by hand\n" + folder.read("risks/R-001.yaml")!)
        var plan = ImportPlan<Risk>(file: "risks.csv")
        plan.changes = [
            .init(name: "R-001", before: nil, after: risk("R-001", "Retitled"), rows: [2], fields: []),
            .init(name: "R-777", before: nil, after: risk("R-777", "Brand new"), rows: [3], fields: []),
        ]
        try store.apply(plan)
        XCTAssertTrue(folder.read("risks/R-001.yaml")!.hasPrefix("# kept by hand\n"))
        XCTAssertEqual(try store.load().workspace.risks.first { $0.id == "R-777" }?.title, "Brand new")
        XCTAssertFalse(try FileManager.default.contentsOfDirectory(atPath: folder.path).contains { $0.hasPrefix(MultiFileCommit.intentPrefix) })
    }
}
