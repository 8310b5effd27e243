import AnnexApp
import AnnexDomain
import AnnexSession
import AnnexStore
import AnnexViews
import Foundation
import TerminalCore
import XCTest

let today = Day("2026-11-29")!
let themes = ThemeCatalog()

/// The demo organisation written to a fresh temporary folder by the real store; removed when
/// the test ends. Tests read the files back to see what a user would find on disk.
final class DemoWorkspace {
    let folder: String
    let store: WorkspaceStore

    init() throws {
        folder = NSTemporaryDirectory() + "annex-session-" + UUID().uuidString
        store = try WorkspaceStore.create(at: folder, with: DemoOrganisation.make(today: today))
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    var soaPath: String { store.root + "/" + WorkspaceLayout.soa }

    func soaBytes() -> Data { FileManager.default.contents(atPath: soaPath) ?? Data() }

    /// Replaces soa.yaml behind the app's back, as an editor or `git checkout` would.
    func writeSoA(_ text: String) { writeSoA(Data(text.utf8)) }

    func writeSoA(_ data: Data) {
        XCTAssertTrue(FileManager.default.createFile(atPath: soaPath, contents: data), "wrote \(soaPath)")
    }

    /// The entry as a fresh load of the workspace reads it from disk.
    func entryOnDisk(_ control: String, file: StaticString = #filePath, line: UInt = #line) throws -> SoAEntry {
        let loaded = try WorkspaceStore(root: store.root).load()
        XCTAssertEqual(loaded.issues.filter { $0.severity == .error }, [], "the workspace reads back cleanly", file: file, line: line)
        return try XCTUnwrap(loaded.workspace.soa[control], "\(control) is in soa.yaml", file: file, line: line)
    }

    /// A session as `annex open` starts it: the workspace loaded from disk, a terminal of the given size.
    func session(width: Int = 80, height: Int = 24) throws -> AppSession {
        let loaded = try store.load()
        var state = AppState(workspace: loaded.workspace, today: today, themeNames: themes.names)
        state.width = width
        state.height = height
        return AppSession(state: state, store: store)
    }
}

extension AppSession {
    /// Presses keys by their keymap names: one character is typed as itself, longer names
    /// (`enter`, `escape`, `ctrl+u`) are named keys.
    mutating func press(_ names: String...) {
        for name in names {
            send(name.count == 1 ? .character(name.first!) : .named(name))
            draw()
        }
    }

    /// Draws the state as the terminal loop does after each key and hands the layout back.
    mutating func draw() {
        framed(AppView.frame(state, keymap: reducer.keymap, themes: themes).1)
    }

    /// A click where the screen shows something, after the frame that shows it.
    mutating func click(x: Int, y: Int) {
        draw()
        send(.click(x: x, y: y))
        draw()
    }

    var screen: CellBuffer { AppView.frame(state, keymap: reducer.keymap, themes: themes).0 }

    /// The screen's rows, trailing spaces removed.
    var rows: [String] { screen.lines(trimmingTrailingSpaces: true) }

    /// The bottom row, where messages appear.
    var statusLine: String { rows.last ?? "" }

    /// The catalog row that lists `id`, as shown (the left pane only).
    func catalogRow(_ id: String) -> String? {
        let width = Layout.catalogWidth(width: state.width)
        return rows.map { String($0.prefix(width)) }.first { $0.hasPrefix("│  \(id) ") }
    }

    /// The status mark at the end of a catalog row: the last character before the pane border.
    func mark(of id: String) -> Character? {
        guard let row = catalogRow(id) else { return nil }
        return row.dropLast().last
    }

    /// Ids of the controls the catalog lists, in order (what the filter lets through).
    var listedControls: [String] { CatalogTree.rows(state).compactMap(\.itemID).filter { $0.hasPrefix("A.") } }
}
