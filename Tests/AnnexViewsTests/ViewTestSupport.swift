import AnnexApp
import AnnexDomain
import AnnexViews
import TerminalCore
import XCTest

/// Every test's today: the demo organisation is made from it, so the screens are deterministic.
let today = Day("2026-11-29")!

/// The built-in themes, parsed once.
let catalog = ThemeCatalog()

func theme(_ name: String) -> Theme {
    guard let theme = catalog.theme(named: name) else { fatalError("no built-in theme \(name)") }
    return theme
}

/// The demo organisation at the given terminal size, on the dashboard.
func demoState(width: Int = 80, height: Int = 24) -> AppState {
    var state = AppState(workspace: DemoOrganisation.make(today: today), today: today, themeNames: catalog.names)
    send(.resize(width: width, height: height), to: &state)
    return state
}

/// The Controls screen with `control` selected and scrolled into view, as if the user went there.
func controlsState(width: Int = 80, height: Int = 24, selecting control: String, focus: AnnexApp.Pane = .catalog) -> AppState {
    var state = demoState(width: width, height: height)
    state.screen = .controls
    state.controls.selected = control
    state.focus = focus
    // A resize is how the reducer scrolls the selection into view from outside.
    send(.resize(width: width, height: height), to: &state)
    return state
}

/// Keys through the reducer; saves are not performed (views tests only look at the screen).
func send(_ keys: KeyPress..., to state: inout AppState) {
    let reducer = AppReducer()
    for key in keys { _ = reducer.reduce(&state, .key(key)) }
}

func type(_ text: String, into state: inout AppState) {
    for character in text { send(.character(character), to: &state) }
}

func render(_ state: AppState, theme name: String = "default", unicode: Bool = true) -> CellBuffer {
    AppView.render(state, context: RenderContext(theme: theme(name), unicode: unicode))
}

/// The screen as text, one string with a newline per row, trailing spaces removed.
func picture(_ buffer: CellBuffer) -> String {
    buffer.lines(trimmingTrailingSpaces: true).joined(separator: "\n")
}

/// Compares a screen to its expected picture and, on failure, shows both and the first row that differs.
func assertScreen(_ buffer: CellBuffer, _ expected: String, file: StaticString = #filePath, line: UInt = #line) {
    let actual = buffer.lines(trimmingTrailingSpaces: true)
    let wanted = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    guard actual != wanted else { return }
    let row = (0..<min(actual.count, wanted.count)).first { actual[$0] != wanted[$0] } ?? min(actual.count, wanted.count)
    XCTFail("""
        screen differs from row \(row):
        expected: \(row < wanted.count ? wanted[row] : "(no row)")
        actual:   \(row < actual.count ? actual[row] : "(no row)")
        --- actual screen ---
        \(actual.joined(separator: "\n"))
        """, file: file, line: line)
}

/// Where `text` first appears on screen, as (column, row); columns count cells.
func locate(_ text: String, in buffer: CellBuffer) -> Point? {
    for y in 0..<buffer.size.height {
        let cells = Array(buffer.row(y))
        for x in 0..<cells.count {
            var joined = ""
            var column = x
            while column < cells.count, joined.count < text.count {
                joined += cells[column].grapheme
                column += 1
            }
            if joined.hasPrefix(text) { return Point(x: x, y: y) }
        }
    }
    return nil
}
