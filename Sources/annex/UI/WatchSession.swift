import AnnexApp
import AnnexDomain
import AnnexStore
import AnnexViews
import Foundation
import NcursesTerminal
import TerminalCore

/// The loop of `annex watch`: draw the audit, then sleep until a key, a resize or a journal
/// written by someone else; take in what changed and draw again. Writes nothing.
@MainActor
enum WatchSession {
    struct Settings {
        var redact: Bool
        var theme: String?
        var colour: Bool
    }

    static func run(store: WorkspaceStore, loaded: LoadedWorkspace, audit: Audit, settings: Settings) throws {
        let follower = WorkspaceFollower(store: store, loaded: loaded)
        var redaction = Redaction()
        var watch = AuditWatch(audit: audit, log: loaded.workspace.log(of: audit.id), catalog: loaded.workspace.catalog)
        if settings.redact {
            // The whole workspace, so the pseudonyms are numbered as in every other redacted view.
            let masked = redaction.workspace(loaded.workspace)
            watch = AuditWatch(audit: masked.audits.first { $0.id == audit.id } ?? audit, log: masked.log(of: audit.id), catalog: masked.catalog)
        }
        let catalog = ThemeCatalog(extra: ThemeFiles.read(workspace: store.root).files)
        try TerminalGuard.run(options: .init(colors: settings.colour ? .automatic : .monochrome)) { screen in
            let colour = settings.colour && screen.colorDepth != .monochrome
            let themeIndex = catalog.startIndex(requested: settings.theme, colour: colour).index
            var size = screen.size
            while true {
                let frame = WatchView.Frame(width: size.width, height: size.height, redacted: settings.redact)
                screen.present(WatchView.render(watch, frame: frame, themes: catalog, themeIndex: themeIndex, depth: screen.colorDepth, unicode: screen.isUTF8))
                if let event = screen.readKey(timeoutMs: 0) {
                    switch KeyTranslation.key(event) {
                    case .resize(let width, let height)?: size = Size(width: width, height: height)
                    case .character("q")?, .named("ctrl+c")?, .named("escape")?: return
                    default: break
                    }
                    continue
                }
                screen.waitForInput(orReadable: follower.descriptor, timeoutMs: follower.wakeAfter() ?? -1)
                if var changes = follower.changes() {
                    if settings.redact { changes = redaction.changes(changes) }
                    watch.apply(changes)
                }
            }
        }
    }
}
