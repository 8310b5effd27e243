import AnnexApp
import AnnexDomain
import AnnexStore
import AnnexViews
import TerminalCore

/// The app wired to a real workspace: keys in, state and screen out, edits on disk. The terminal
/// loop and the scenario tests drive the same session, so what the tests press is what users press.
public struct AppSession {
    public private(set) var state: AppState
    public let reducer: AppReducer
    public let effects: EffectRunner

    public init(state: AppState, store: WorkspaceStore, keymap: Keymap = .standard) {
        self.state = state
        reducer = AppReducer(keymap: keymap)
        effects = EffectRunner(store: store)
    }

    /// Handles one key, performing every effect (and the actions they report) before returning,
    /// so when this returns, whatever the status line says is saved is on disk.
    public mutating func send(_ key: KeyPress) {
        var pending = [AppAction.key(key)]
        while !pending.isEmpty {
            let action = pending.removeFirst()
            for effect in reducer.reduce(&state, action) {
                if let outcome = effects.perform(effect) { pending.append(outcome) }
            }
        }
    }

    public mutating func send(_ keys: [KeyPress]) {
        for key in keys { send(key) }
    }

    /// Types text one character at a time, as a user would.
    public mutating func type(_ text: String) {
        for character in text { send(.character(character)) }
    }

    public func render(themes: ThemeCatalog, depth: ColorDepth = .twoHundredFiftySix, unicode: Bool = true) -> CellBuffer {
        let theme = themes.themes[state.themeIndex].degraded(to: depth)
        return AppView.render(state, keymap: reducer.keymap, context: RenderContext(theme: theme, unicode: unicode))
    }

    public var isQuitting: Bool { state.quitting }
}
