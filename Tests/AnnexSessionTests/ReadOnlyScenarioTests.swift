import AnnexApp
import AnnexDomain
import AnnexSession
import AnnexStore
import Foundation
import XCTest

/// Presenter mode on a real workspace with the real effect runner: every key of the keymap, in
/// every pane of every screen and in the live audit session, and every command as an action,
/// leave the workspace's files byte for byte as they were, and create none.
final class ReadOnlyScenarioTests: XCTestCase {
    func testEveryKeyOfTheKeymapOnEveryScreenLeavesTheWorkspaceUntouched() throws {
        let demo = try DemoWorkspace()
        let before = try WorkspaceFiles.snapshot(demo.store.root)
        var session = try readOnlySession(demo)
        let keys = Self.everyKey(session.reducer.keymap)
        var refused = 0
        for (number, feature) in ScreenFeatures.all.enumerated() {
            session.press("\(number + 1)")
            for _ in feature.panes {
                for key in keys {
                    session.press(key)
                    if session.state.status?.text.hasPrefix("Read-only:") == true { refused += 1 }
                    session.closeEverything(screen: number + 1)
                }
                session.press("tab")
            }
        }
        XCTAssertGreaterThan(refused, 20, "the editing keys said they are not available")
        XCTAssertEqual(try WorkspaceFiles.snapshot(demo.store.root), before, "no file changed, none appeared")
    }

    func testTheLiveAuditSessionOpensAsAReaderAndLogsNothing() throws {
        let demo = try DemoWorkspace()
        let before = try WorkspaceFiles.snapshot(demo.store.root)
        var session = try readOnlySession(demo)
        session.press("4")
        let inProgress = try XCTUnwrap(session.state.workspace.audits.first { $0.status == .inProgress })
        while AuditsState.selectedAudit(session.state)?.id != inProgress.id { session.press("j") }
        session.press("enter")
        XCTAssertEqual(session.state.audits.session?.readOnly, true)
        XCTAssertEqual(session.statusLine.contains("Read-only: the findings of \(inProgress.id) can be read"), true, session.statusLine)
        let keys = Self.everyKey(session.reducer.keymap)
        for _ in 0..<3 {
            for key in keys where key != "escape" && key != "q" && key != "ctrl+c" {
                session.press(key)
                while session.state.popup != nil { session.press("escape") }
                if session.state.audits.session == nil || session.state.screen != .audits {
                    session.press("4")
                    session.press("enter")
                }
            }
            session.press("tab")
        }
        session.press("m")
        XCTAssertTrue(session.statusLine.contains("Read-only"), session.statusLine)
        session.press("n")
        session.press("q")
        XCTAssertTrue(session.isQuitting, "q quits at once: there is nothing to lose")
        XCTAssertEqual(try WorkspaceFiles.snapshot(demo.store.root), before, "no journal event, time spent, draft or lock")
    }

    /// Every command as an action, whatever key it has, on every pane: the gate and the runner.
    func testEveryCommandPerformedOnEveryPaneWritesNothing() throws {
        let demo = try DemoWorkspace()
        let before = try WorkspaceFiles.snapshot(demo.store.root)
        var state = AppState(workspace: try demo.store.load().workspace, today: today, themeNames: themes.names)
        state.readOnly = true
        let reducer = AppReducer()
        let runner = EffectRunner(store: demo.store, readOnly: true)
        func run(_ action: AppAction) {
            var pending = [action]
            while !pending.isEmpty {
                for effect in reducer.reduce(&state, pending.removeFirst()) { pending += runner.perform(effect) }
            }
        }
        for feature in ScreenFeatures.all {
            run(.command(feature.show))
            for _ in feature.panes {
                for command in Command.all where command != .quit && command != .quitNow {
                    run(.command(command))
                    if Command.changingWorkspace.contains(command) {
                        XCTAssertEqual(state.status?.kind, .warning, "\(command) on \(feature.screen)")
                        XCTAssertTrue(state.status?.text.hasPrefix("Read-only: \(command.title)") == true, "\(command): \(state.status?.text ?? "")")
                    }
                    state.popup = nil
                    if state.screen != feature.screen { run(.command(feature.show)) }
                }
                run(.command(.focusNext))
            }
        }
        XCTAssertEqual(try WorkspaceFiles.snapshot(demo.store.root), before)
    }

    /// The runner's own refusal: a write the reducer asked for anyway is not performed, and the
    /// record goes back to what the file holds.
    func testTheReadOnlyRunnerRefusesEveryWriteEffect() throws {
        let demo = try DemoWorkspace()
        let workspace = try demo.store.load().workspace
        let before = try WorkspaceFiles.snapshot(demo.store.root)
        let runner = EffectRunner(store: demo.store, readOnly: true)
        let entry = try XCTUnwrap(workspace.soa["A.5.1"])
        var changed = entry
        changed.notes = "changed in a read-only session"
        XCTAssertEqual(runner.perform(.saveSoAEntry(changed, previous: entry, describe: StatusWords(text: "saved").notice)),
                       [.saveFailed("this session is read-only", restore: .soa(entry))])
        let risk = try XCTUnwrap(workspace.risks.first)
        let audit = try XCTUnwrap(workspace.audits.first { $0.status == .inProgress })
        let action = try XCTUnwrap(workspace.actions.first)
        let draft = FindingDraft(audit: audit.id, auditor: "auditor", id: "F-X", item: audit.checklist[0], classification: .minor, statement: "typed")
        let writes: [Effect] = [
            .saveRisk(risk, previous: nil, describe: StatusWords(text: "x").notice), .deleteRisk(risk, describe: StatusWords(text: "x").notice),
            .saveMatrix(workspace.config, previous: workspace.config, risks: [], previousRisks: [], describe: StatusWords(text: "x").notice),
            .saveAudit(audit, previous: audit, describe: StatusWords(text: "x").notice), .deleteAudit(audit, describe: StatusWords(text: "x").notice),
            .appendEvent(.timed(item: audit.checklist[0], seconds: 60, by: "auditor", at: Date()), audit: audit.id, describe: StatusWords(text: "x").notice, draft: nil),
            .saveDraft(draft), .deleteDraft(audit: audit.id, auditor: "auditor"),
            .claimJournal(audit: audit.id, auditor: "auditor"), .releaseJournal(audit: audit.id, auditor: "auditor"),
            .writeReport(audit: audit.id, today: today), .saveAction(action, previous: nil, describe: StatusWords(text: "x").notice), .deleteAction(action, describe: StatusWords(text: "x").notice),
            .saveEvidence(EvidenceRecord(id: "EV-X", title: "x"), previous: nil, describe: StatusWords(text: "x").notice),
        ]
        for effect in writes {
            XCTAssertTrue(effect.writesWorkspace, "\(effect)")
            XCTAssertFalse(runner.perform(effect).contains { if case .recordSaved = $0 { true } else { false } }, "\(effect)")
        }
        XCTAssertEqual(try WorkspaceFiles.snapshot(demo.store.root), before)
    }

    private func readOnlySession(_ demo: DemoWorkspace) throws -> AppSession {
        let loaded = try demo.store.load()
        var state = AppState(workspace: loaded.workspace, today: today, themeNames: themes.names)
        state.readOnly = true
        return AppSession(state: state, store: demo.store, following: loaded)
    }

    /// Every key name any context of the keymap binds, once each.
    static func everyKey(_ keymap: Keymap) -> [String] {
        var seen = Set<String>()
        return keymap.bindings.keys.sorted { "\($0)" < "\($1)" }.flatMap { keymap.bindings[$0]! }.flatMap(\.keys).filter { seen.insert($0).inserted }
    }
}

extension AppSession {
    /// Back to the screen with no popup open, whatever the last key opened or switched to.
    mutating func closeEverything(screen number: Int) {
        while state.popup != nil { press("escape") }
        if state.screen != ScreenFeatures.all[number - 1].screen { press("\(number)") }
    }
}

/// Every file and folder under a workspace, hidden ones included, with its bytes.
enum WorkspaceFiles {
    static func snapshot(_ root: String) throws -> [String: Data?] {
        var files: [String: Data?] = [:]
        let enumerator = try XCTUnwrap(FileManager.default.enumerator(atPath: root))
        while let relative = enumerator.nextObject() as? String {
            var isFolder: ObjCBool = false
            FileManager.default.fileExists(atPath: root + "/" + relative, isDirectory: &isFolder)
            files[relative] = isFolder.boolValue ? nil : FileManager.default.contents(atPath: root + "/" + relative)
        }
        return files
    }
}
