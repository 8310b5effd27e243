import AnnexDomain
@testable import AnnexStore
import Foundation
import XCTest

/// `framework:` in audit.yaml: written for an audit of another framework only, read back, and
/// a hand comment kept when the plan is saved again.
final class AuditFrameworkCodecTests: XCTestCase {
    func testAnAuditOfACatalogKeepsItsFrameworkThroughSaveAndLoad() throws {
        let folder = TemporaryFolder()
        let store = try WorkspaceStore.create(at: folder.path + "/ws", with: Workspace.new(organisation: "Test"))
        try store.save(Audit(id: "IA-1", title: "Catalog audit", auditors: ["anna"], checklist: ["ac-1"], framework: "nist"))
        try store.save(Audit(id: "IA-2", title: "ISO audit", auditors: ["anna"], checklist: ["A.5.15"]))
        let nist = try String(contentsOfFile: store.root + "/audits/IA-1/audit.yaml", encoding: .utf8)
        XCTAssertTrue(nist.contains("\nframework: nist\nchecklist:\n"), nist)
        let iso = try String(contentsOfFile: store.root + "/audits/IA-2/audit.yaml", encoding: .utf8)
        XCTAssertFalse(iso.contains("framework"), "an ISO audit's file stays as it was before frameworks: \(iso)")
        let audits = try store.load().workspace.audits
        XCTAssertEqual(audits.first { $0.id == "IA-1" }?.framework, "nist")
        XCTAssertEqual(audits.first { $0.id == "IA-2" }?.framework, ISO27001.frameworkID)
    }

    func testAHandCommentBesideTheFrameworkSurvivesASave() throws {
        let folder = TemporaryFolder()
        let store = try WorkspaceStore.create(at: folder.path + "/ws", with: Workspace.new(organisation: "Test"))
        var audit = Audit(id: "IA-1", title: "Catalog audit", auditors: ["anna"], checklist: ["ac-1"], framework: "nist")
        try store.save(audit)
        let path = store.root + "/audits/IA-1/audit.yaml"
        let text = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "framework: nist\n", with: "framework: nist # the customer's baseline\n")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let loaded = try XCTUnwrap(try store.load().workspace.audits.first)
        audit = loaded
        audit.title = "Catalog audit, renamed"
        _ = try store.save(audit, base: loaded)
        let after = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertTrue(after.contains("framework: nist # the customer's baseline"), after)
        XCTAssertTrue(after.contains("title: Catalog audit, renamed"), after)
    }
}
