import AnnexDomain
import AnnexViews
import TerminalCore
import XCTest

/// `annex watch` as pictures: the demo's audit in progress, who is where, the newest finding first.
final class WatchPictureTests: XCTestCase {
    private func watch() -> AuditWatch {
        let demo = DemoOrganisation.make(today: today)
        let audit = demo.audits.first { $0.id == "IA-2026-2" }!
        return AuditWatch(audit: audit, log: demo.log(of: audit.id), catalog: demo.catalog)
    }

    private func rows(_ watch: AuditWatch, width: Int = 100, height: Int = 30, redacted: Bool = false) -> [String] {
        WatchView.render(watch, frame: .init(width: width, height: height, redacted: redacted), context: RenderContext(theme: theme("default")))
            .lines(trimmingTrailingSpaces: true)
    }

    func testTheAuditInProgress() {
        let screen = rows(watch())
        XCTAssertTrue(screen[0].hasPrefix(" Annex watch  IA-2026-2 in progress  Internal audit 2"), screen[0])
        XCTAssertTrue(screen[0].hasSuffix(" READ-ONLY"), screen[0])
        XCTAssertFalse(screen[0].contains("REDACTED"))
        XCTAssertTrue(screen[1].contains("┌ Checklist 25 ") && screen[1].contains("┌ Auditors now "), screen[1])
        XCTAssertTrue(screen[2].hasPrefix("│14/25 ✓11 !1 –2 ·11"), screen[2])
        XCTAssertNotNil(screen.first { $0.contains("│praghunathan   A.8.11 since 11:01 Data masking") }, screen.joined(separator: "\n"))
        XCTAssertNotNil(screen.first { $0.contains("│kbenali        A.6.7 since 13:01 Remote working") })
        let findings = screen.firstIndex { $0.contains("┌ Findings 10, newest first ") }!
        XCTAssertTrue(screen[findings + 1].contains("│ o  F-IA2-10 A.8.9 2026-11-27 09:50 praghunathan"), screen[findings + 1])
        XCTAssertTrue(screen[29].hasPrefix(" Following the journals of IA-2026-2"), screen[29])
    }

    func testARedactedWatchSaysSo() {
        var redaction = Redaction()
        let demo = redaction.workspace(DemoOrganisation.make(today: today))
        let watch = AuditWatch(audit: demo.audits.first { $0.id == "IA-2026-2" }!, log: demo.log(of: "IA-2026-2"), catalog: demo.catalog)
        let screen = rows(watch, redacted: true)
        XCTAssertTrue(screen[0].hasSuffix(" REDACTED   READ-ONLY"), screen[0])
        XCTAssertNotNil(screen.first { $0.contains("│Person-") && $0.contains(" A.8.11 since 11:01") })
        XCTAssertNil(screen.first { $0.contains("praghunathan") || $0.contains("Internal audit 2") })
    }

    func testASmallTerminalIsToldWhatIsNeeded() {
        let screen = rows(watch(), width: 60, height: 20)
        XCTAssertTrue(screen.joined(separator: " ").contains("annex watch needs at least 80x24; this is 60x20. q quits."), screen.joined(separator: "\n"))
    }
}
