import AnnexDomain

/// The one place state changes. Pure: returns the effects for the runtime to perform.
public struct AppReducer: Sendable {
    public var keymap: Keymap

    public init(keymap: Keymap = .standard) {
        self.keymap = keymap
    }

    public func reduce(_ state: inout AppState, _ action: AppAction) -> [Effect] {
        switch action {
        case .key(let key):
            return handle(key, &state)
        case .command(let command):
            return perform(command, &state)
        case .saved(let message):
            state.status = StatusMessage(.saved, message)
            return []
        case .saveFailed(let message, let restore):
            state.workspace.soa.upsert(restore)
            if state.undoStack.last?.control == restore.control { state.undoStack.removeLast() }
            state.status = StatusMessage(.error, "Not saved: \(message)")
            return []
        }
    }

    private func handle(_ key: KeyPress, _ state: inout AppState) -> [Effect] {
        if case .resize(let width, let height) = key {
            state.width = width
            state.height = height
            ControlsReducer.keepSelectionVisible(&state)
            return []
        }
        if state.popup != nil {
            return PopupReducer(keymap: keymap).handle(key, &state, perform: { perform($0, &$1) })
        }
        if let command = keymap.command(for: key.name, in: .global) ?? keymap.command(for: key.name, in: state.context) {
            return perform(command, &state)
        }
        if case .click(let x, let y) = key { return MouseReducer.click(x: x, y: y, &state, perform: { perform($0, &$1) }) }
        state.status = StatusMessage(.info, "\(key.name) does nothing here; ? shows the keys")
        return []
    }

    /// Carries out a command in the current context; commands that do not apply say why.
    func perform(_ command: Command, _ state: inout AppState) -> [Effect] {
        state.status = nil
        switch command {
        case .quit:
            state.quitting = true
            return [.quit]
        case .showDashboard: state.screen = .dashboard
        case .showControls: state.screen = .controls
        case .showRisks: state.screen = .risks
        case .showAudits: state.screen = .audits
        case .showActions: state.screen = .actions
        case .help: state.popup = .help(scroll: 0)
        case .palette: state.popup = .palette(PaletteState())
        case .nextTheme:
            state.themeIndex = (state.themeIndex + 1) % state.themeNames.count
            state.status = StatusMessage(.info, "Theme: \(state.themeName)")
        case .focusNext, .focusPrevious:
            if state.screen == .controls { state.focus = state.focus == .catalog ? .detail : .catalog }
        case .back:
            if state.screen == .controls, state.focus == .detail {
                state.focus = .catalog
            } else if state.screen == .controls, state.controls.filter.isActive {
                state.controls.filter = ControlFilter()
                ControlsReducer.reselect(&state)
                state.status = StatusMessage(.info, "Filters cleared")
            } else if state.screen != .dashboard {
                state.screen = .dashboard
            }
        case .confirm, .cancel:
            break
        default:
            guard state.screen == .controls else {
                state.status = StatusMessage(.info, "\(command.title) works on the Controls screen (2)")
                return []
            }
            return ControlsReducer.perform(command, &state)
        }
        return []
    }
}
