@testable import AnnexApp
import AnnexDomain
import AnnexSession
import AnnexStore
import AnnexViews
import Foundation
import XCTest

let testDay = Day("2026-11-29")!

/// A small workspace: the full ISO catalog SoA with two people and a few entries set.
func sampleState(height: Int = 24) -> AppState {
    var workspace = Workspace.new(organisation: "Test GmbH")
    workspace.config.people = [Person(id: "anna", name: "Anna"), Person(id: "ben", name: "Ben")]
    for (index, entry) in workspace.soa.entries.enumerated() {
        var changed = entry
        changed.owner = index % 2 == 0 ? "anna" : "ben"
        changed.justification = "Needed"
        changed.status = index % 3 == 0 ? .implemented : .planned
        workspace.soa.upsert(changed)
    }
    var state = AppState(workspace: workspace, today: testDay, themeNames: ["default", "light"])
    state.height = height
    return state
}

/// A temporary folder holding a test's workspace, removed when the last driver copy goes.
final class TestFolder {
    let store: WorkspaceStore

    init(_ workspace: Workspace) {
        let folder = NSTemporaryDirectory() + "annex-app-" + UUID().uuidString
        store = try! WorkspaceStore.create(at: folder, with: workspace)
    }

    deinit { try? FileManager.default.removeItem(atPath: store.root) }
}

/// Sends keys through the reducer like the runtime does, and performs every effect with the real
/// effect runner on a real workspace written from the state: what the tests record is what was
/// asked of the store, and what they read back (drafts, journals) is on disk.
struct Driver {
    var state: AppState
    var saved: [SoAEntry] = []
    var savedRisks: [Risk] = []
    var deletedRisks: [Risk] = []
    var savedAudits: [Audit] = []
    /// Journal events in the order they were made durable.
    var appended: [AuditEvent] = []
    var draftWrites = 0
    /// Set to make the next journal append fail, as a full disk would (the one thing a test
    /// cannot make a real disk do on demand).
    var failNextAppend: String?
    /// Files in the workspace, for sampling from a list: written there when set.
    var files: [String: String] = [:] {
        didSet {
            for (path, text) in files {
                let absolute = folder.store.root + "/" + path
                try? FileManager.default.createDirectory(atPath: (absolute as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try? Data(text.utf8).write(to: URL(fileURLWithPath: absolute))
            }
        }
    }
    var savedActions: [CorrectiveAction] = []
    var deletedActions: [CorrectiveAction] = []
    let reducer: AppReducer
    let folder: TestFolder
    let runner: EffectRunner
    private var lastDraft: (audit: String, auditor: String)?

    init(_ state: AppState, reducer: AppReducer = AppReducer()) {
        self.state = state
        self.reducer = reducer
        folder = TestFolder(state.workspace)
        runner = EffectRunner(store: folder.store)
    }

    /// The draft file as the store holds it now: nil when there is none. Setting it writes the
    /// file, as a session that died would have left it.
    var draftOnDisk: FindingDraft? {
        get {
            guard let key = lastDraft ?? state.audits.session.map({ ($0.audit, $0.auditor) }) else { return nil }
            return try? folder.store.loadDraft(audit: key.audit, auditor: key.auditor)
        }
        set {
            guard let draft = newValue else { return }
            try! folder.store.saveDraft(draft)
            lastDraft = (draft.audit, draft.auditor)
        }
    }

    /// Audits whose report is on disk.
    var reportsWritten: [String] {
        state.workspace.audits.map(\.id).filter { FileManager.default.fileExists(atPath: folder.store.root + "/audits/\($0)/report.md") }
    }

    mutating func send(_ keys: KeyPress...) {
        for key in keys {
            dispatch(.key(key))
            draw()
        }
    }

    mutating func type(_ text: String) {
        for character in text {
            dispatch(.key(.character(character)))
            draw()
        }
    }

    /// Draws the state as the terminal loop does after each key and hands the layout back: where
    /// lists scrolled to, how many rows a page is.
    mutating func draw() {
        dispatch(.framed(AppView.frame(state, keymap: reducer.keymap, context: RenderContext(theme: ThemeCatalog().themes[0])).1))
    }

    mutating func dispatch(_ action: AppAction) {
        for effect in reducer.reduce(&state, action) { perform(effect) }
    }

    mutating func perform(_ effect: Effect) {
        switch effect {
        case .saveSoAEntry(let entry, _, _): saved.append(entry)
        case .saveRisk(let risk, _, _): savedRisks.append(risk)
        case .deleteRisk(let risk, _): deletedRisks.append(risk)
        case .saveAudit(let audit, _, _, _): savedAudits.append(audit)
        case .saveDraft(let draft):
            draftWrites += 1
            lastDraft = (draft.audit, draft.auditor)
        case .saveAction(let action, _, _): savedActions.append(action)
        case .deleteAction(let action, _): deletedActions.append(action)
        case .appendEvent(_, _, _, let draft):
            if let failure = failNextAppend {
                failNextAppend = nil
                dispatch(.eventFailed(failure, draft: draft))
                return
            }
        default: break
        }
        let outcome = runner.perform(effect)
        if case .appendEvent(let event, _, _, _) = effect, outcome.contains(where: { if case .eventAppended = $0 { true } else { false } }) {
            appended.append(event)
        }
        for action in outcome { dispatch(action) }
    }

    /// Moves the clock on, as the runtime does before each key.
    mutating func advance(seconds: TimeInterval) {
        dispatch(.tick(state.now.addingTimeInterval(seconds)))
    }

    mutating func press(_ names: String...) {
        for name in names { send(name.count == 1 ? .character(name.first!) : .named(name)) }
    }

    /// Presses one key and asserts the whole state that results: the state before with exactly
    /// `changes` applied, nothing else changed. What follows from drawing (the frame, the scroll
    /// it settles) and the derived caches are taken as they came.
    mutating func press(_ name: String, changes: (inout AppState) -> Void, file: StaticString = #filePath, line: UInt = #line) {
        var expected = state
        press(name)
        changes(&expected)
        expected.frame = state.frame
        expected.risks.cache = state.risks.cache
        expected.controls.scroll = state.controls.scroll
        expected.risks.scroll = state.risks.scroll
        expected.actions.scroll = state.actions.scroll
        expected.audits.listScroll = state.audits.listScroll
        expected.audits.checklistScroll = state.audits.checklistScroll
        if let scroll = state.audits.session?.scroll { expected.audits.session?.scroll = scroll }
        if expected != state {
            XCTFail("after \(name), the state differs from the one expected:\n" + Self.difference(expected, state), file: file, line: line)
        }
    }

    /// The lines of two states' dumps that differ, expected first.
    static func difference(_ expected: AppState, _ actual: AppState) -> String {
        var left = "", right = ""
        dump(expected, to: &left)
        dump(actual, to: &right)
        let lines = zip(left.split(separator: "\n"), right.split(separator: "\n")).filter { $0 != $1 }
        return lines.prefix(12).map { "- \($0.0)\n+ \($0.1)" }.joined(separator: "\n")
    }
}
