/// Clicks go by where the last frame drew things: a tab switches screens, a pane takes the focus,
/// a row of any list is selected. Before the first frame a click does nothing.
enum MouseReducer {
    static func click(x: Int, y: Int, _ state: inout AppState, perform: (Command, inout AppState) -> [Effect]) -> [Effect] {
        guard !state.isTooSmall, let hit = state.frame.hit(x: x, y: y) else { return [] }
        focus(hit.target, &state)
        switch hit.target {
        case .tab(let screen):
            return perform(ScreenFeatures.feature(for: screen).show, &state)
        case .rows:
            return state.feature.click(row: hit.row, in: hit.target, &state)
        case .pane:
            return []
        }
    }

    /// The wheel scrolls the pane under the pointer, which takes the focus for it.
    static func focusUnderWheel(x: Int, y: Int, _ state: inout AppState) {
        guard let hit = state.frame.hit(x: x, y: y) else { return }
        focus(hit.target, &state)
    }

    /// A click or the wheel over a pane gives it the focus.
    private static func focus(_ target: FrameLayout.Target, _ state: inout AppState) {
        switch target {
        case .pane(let pane), .rows(let pane): state.feature.focus(pane, &state)
        case .tab: break
        }
    }
}
