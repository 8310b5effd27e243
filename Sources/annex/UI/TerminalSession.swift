import AnnexApp
import AnnexDomain
import AnnexSession
import AnnexStore
import AnnexViews
import Foundation
import NcursesTerminal
import TerminalCore

/// The interactive loop: draw the state, read a key, reduce, perform effects, repeat.
@MainActor
enum TerminalSession {
    struct Settings: Equatable {
        var theme: String?
        var colour: Bool
        var user: String?
        var readOnly = false
        var redact = false
    }

    /// `outline` (the configuration and the SoA) is drawn at once; the rest of the workspace is
    /// read meanwhile on another thread, and keys wait for it (they stay queued in the terminal).
    static func run(store: WorkspaceStore, outline: WorkspaceOutline, settings: Settings) throws {
        let reading = BackgroundLoad(store, outline: outline, readOnly: settings.readOnly)
        // One redaction for the first frame and the session, so a person keeps one pseudonym.
        var redaction = settings.redact ? Redaction() : nil
        let themeFiles = ThemeFiles.read(workspace: store.root)
        let catalog = ThemeCatalog(extra: themeFiles.files)
        let themeProblems = themeFiles.problems + catalog.warnings
        try TerminalGuard.run(options: .init(colors: settings.colour ? .automatic : .monochrome)) { screen in
            let colour = settings.colour && screen.colorDepth != .monochrome
            let (themeIndex, themeWarning) = catalog.startIndex(requested: settings.theme, colour: colour)
            var first = AppState(workspace: redaction?.workspace(outline.workspace) ?? outline.workspace, today: Clock.today(), now: Date(), user: settings.user, themeNames: catalog.names, themeIndex: themeIndex)
            first.width = screen.size.width
            first.height = screen.size.height
            first.loading = true
            first.readOnly = settings.readOnly
            // What is wrong with a theme file shows at once: it is why a requested theme is missing.
            if let warning = themeProblems.first ?? themeWarning { first.status = StatusMessage(.warning, ShellNotice.problem(warning)) }
            screen.present(AppView.frame(first, keymap: .standard, themes: catalog, depth: screen.colorDepth, unicode: screen.isUTF8).0)
            // Built in a scope of its own, so the session holds the only copy of the workspace:
            // another (the load's) would make the first finding logged copy a large audit's log.
            var session = try {
                let loaded = try reading.result()
                var state = AppState(
                    workspace: loaded.workspace, today: Clock.today(), now: Date(), user: settings.user, themeNames: catalog.names, themeIndex: themeIndex,
                    loadWarnings: loaded.issues.filter { $0.severity == .error }.map(\.description)
                )
                state.readOnly = settings.readOnly
                state.width = screen.size.width
                state.height = screen.size.height
                // What is wrong with a theme file comes first: it is why a requested theme is missing.
                if let warning = themeProblems.first ?? themeWarning {
                    state.status = StatusMessage(.warning, ShellNotice.problem(warning))
                } else if !state.loadWarnings.isEmpty {
                    state.status = StatusMessage(.warning, ShellNotice.unreadableFiles(count: state.loadWarnings.count))
                }
                return AppSession(state: state, store: store, follower: loaded.follower, redaction: redaction)
            }()
            var lastTick = Date()
            var warm = false
            while !session.isQuitting {
                let (frame, layout) = AppView.frame(session.state, keymap: session.reducer.keymap, themes: catalog, depth: screen.colorDepth, unicode: screen.isUTF8)
                screen.present(frame)
                session.framed(layout)
                if !warm {
                    warm = true
                    session.warmUp()
                }
                // Keys curses already holds come first; then sleep until a key, a change on disk
                // or, in a live session, the next second of its clock.
                if let event = screen.readKey(timeoutMs: 0) {
                    guard let key = KeyTranslation.key(event) else { continue }
                    let wasTyping = session.state.isTyping
                    session.send(key)
                    // Keys already waiting were typed before the saved editor closed and the
                    // screen below showed: run there, they would act on what the user has not seen.
                    if wasTyping, session.state.popup == nil, session.state.status?.kind == .saved {
                        session.droppedTypeAhead(screen.discardWaitingKeys())
                    }
                    continue
                }
                let limits = [session.showsClock ? max(1, 1000 - Int(Date().timeIntervalSince(lastTick) * 1000)) : nil, session.followWakeAfter()]
                screen.waitForInput(orReadable: session.followDescriptor, timeoutMs: limits.compactMap { $0 }.min() ?? -1)
                session.follow()
                if session.showsClock, Date().timeIntervalSince(lastTick) >= 1 {
                    lastTick = Date()
                    session.tick()
                }
            }
        }
    }
}

/// The workspace read on another thread while the first frame is drawn, and the follower that
/// takes every file's signature after it (thousands of `stat`s the main thread need not wait for).
final class BackgroundLoad: @unchecked Sendable {
    /// What the session needs of the load.
    struct Ready {
        var workspace: Workspace
        var issues: [FileIssue]
        var follower: WorkspaceFollower
    }

    private let done = DispatchSemaphore(value: 0)
    private var outcome: Result<Ready, Error>?

    /// A read-only session tidies nothing and writes no cache: it leaves the workspace as it found it.
    init(_ store: WorkspaceStore, outline: WorkspaceOutline, readOnly: Bool) {
        Thread.detachNewThread { [self] in
            if !readOnly {
                store.removeAbandonedTemporaryFiles()
                // Not fatal: a read-only .gitignore only means the drafts are not ignored yet.
                _ = try? store.updateGitignore()
            }
            var loaded: LoadedWorkspace?
            outcome = Result {
                let workspace = try store.load(cached: true, savingCache: !readOnly, outline: outline)
                loaded = workspace
                return Ready(workspace: workspace.workspace, issues: workspace.issues, follower: WorkspaceFollower(store: store, loaded: workspace))
            }
            done.signal()
            // What only `annex check` uses (where each record and finding is in its file: on a
            // large workspace, tables of a hundred thousand entries) is freed here, while the
            // main thread draws, not there before it.
            withExtendedLifetime(loaded) {}
        }
    }

    /// Waits for the load; the semaphore orders the write of `outcome` before this read.
    /// Hands the result over (kept here, it would be a second copy of the workspace).
    func result() throws -> Ready {
        done.wait()
        defer { outcome = nil }
        return try outcome!.get()
    }
}

/// Theme files a user may add: `<workspace>/themes/*.yaml` and `$ANNEX_THEMES/*.yaml`.
enum ThemeFiles {
    /// The files that are text, and a sentence for each one that is not.
    static func read(workspace: String) -> (files: [(source: String, text: String)], problems: [String]) {
        var folders = [workspace + "/themes"]
        if let extra = ProcessInfo.processInfo.environment["ANNEX_THEMES"], !extra.isEmpty { folders.append(extra) }
        var files: [(source: String, text: String)] = []
        var problems: [String] = []
        for folder in folders {
            // Most workspaces have no themes folder: a stat, not a directory listing that fails.
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else { continue }
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".yaml") }.sorted()
            for name in names {
                let path = folder + "/" + name
                guard let data = FileManager.default.contents(atPath: path) else {
                    problems.append("\(path): cannot be read (check its permissions); using the built-in themes")
                    continue
                }
                guard let text = String(data: data, encoding: .utf8) else {
                    problems.append("\(path): is not UTF-8 text; using the built-in themes")
                    continue
                }
                files.append((path, text))
            }
        }
        return (files, problems)
    }
}
