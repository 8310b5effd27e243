import AnnexApp
import TerminalCore

/// Draws the whole application from its state. A pure function: the same state and context
/// always give the same cells, so tests read the screen as text.
public enum AppView {
    public static func render(_ state: AppState, keymap: Keymap = .standard, context: RenderContext) -> CellBuffer {
        var buffer = CellBuffer(width: max(1, state.width), height: max(1, state.height))
        draw(state, keymap: keymap, into: &buffer, context: context)
        return buffer
    }

    /// The frame and where it drew what, for the session to hand back (clicks, page sizes).
    public static func frame(_ state: AppState, keymap: Keymap = .standard, context: RenderContext) -> (CellBuffer, FrameLayout) {
        var context = context
        let recorder = FrameRecorder()
        context.recorder = recorder
        let buffer = render(state, keymap: keymap, context: context)
        return (buffer, recorder.layout)
    }

    /// The frame of a running session in the catalog's theme, degraded to what the terminal shows.
    public static func frame(_ state: AppState, keymap: Keymap, themes: ThemeCatalog, depth: ColorDepth = .twoHundredFiftySix, unicode: Bool = true) -> (CellBuffer, FrameLayout) {
        let theme = themes.themes[state.themeIndex].degraded(to: depth)
        return frame(state, keymap: keymap, context: RenderContext(theme: theme, unicode: unicode))
    }

    public static func draw<S: Surface>(_ state: AppState, keymap: Keymap = .standard, into surface: inout S, context: RenderContext) {
        var context = context
        context.keymap = keymap
        let bounds = surface.bounds
        surface.clear(bounds, style: context.style(Role.text))
        if state.isTooSmall {
            TooSmallView.draw(state, in: bounds, into: &surface, context: context)
            return
        }
        TabBar.draw(state, in: bounds.top(1), into: &surface, context: context)
        let body = bounds.inset(top: 1, bottom: 1)
        ScreenViews.view(for: state.screen).draw(state, in: body, into: &surface, context: context)
        if case .filter(let editor, _) = state.popup {
            // The filter takes the status line's row, so nothing on screen is covered.
            FilterBarView.draw(editor, in: bounds.bottom(1), into: &surface, context: context)
            return
        }
        // The layers from the last one that covers what is below it: a question over its note
        // shows the note too, a picker hides its form until it closes.
        let first = state.layers.lastIndex { !PopupView.showsBelow($0) } ?? 0
        for popup in state.layers.dropFirst(first) {
            PopupView.draw(popup, state: state, keymap: keymap, in: body, into: &surface, context: context)
        }
        StatusLine.draw(state, keymap: keymap, in: bounds.bottom(1), into: &surface, context: context)
    }
}

enum TooSmallView {
    static func draw<S: Surface>(_ state: AppState, in area: Rect, into surface: inout S, context: RenderContext) {
        let lines = [
            "Annex needs a terminal of at least \(AppState.minimumWidth)x\(AppState.minimumHeight).",
            "This one is \(state.width)x\(state.height).",
            "Enlarge the window, or press q to quit.",
        ]
        var wrapped: [String] = []
        for line in lines { wrapped += Wrap.lines(line, width: max(1, area.width - 2)) }
        let top = max(0, (area.height - wrapped.count) / 2)
        for (index, line) in wrapped.enumerated() {
            let x = max(0, (area.width - DisplayWidth.of(line)) / 2)
            surface.put(line, at: Point(x: area.x + x, y: area.y + top + index), style: context.style(index == 0 ? Role.title : Role.text), clip: area)
        }
    }
}
