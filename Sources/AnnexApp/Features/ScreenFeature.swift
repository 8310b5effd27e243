import AnnexDomain

/// A screen of Annex as one unit: its tab, its panes, its keys and what its commands do. The
/// app knows screens only through this protocol and the list in `ScreenFeatures`; each screen's
/// state lives in `AppState` under the screen's own property, and its view in AnnexViews'
/// `ScreenViews`.
public protocol ScreenFeature: Sendable {
    var screen: Screen { get }
    /// The command of its tab, bound to its number key.
    var show: Command { get }
    /// Its panes in Tab order; the first takes the focus when the screen is shown.
    var panes: [Pane] { get }
    /// The commands only this screen has (the shared ones are in `Command.shared`).
    var commands: [Command] { get }
    /// The keys of its panes and popups, in the order help lists them.
    var keys: [(context: KeyContext, bindings: [Binding])] { get }
    /// The contexts of its panes (the others are its popups').
    var paneContexts: [KeyContext] { get }

    /// The context of the focused pane: the keys that apply when no popup is open.
    func context(_ state: AppState) -> KeyContext
    /// The contexts help lists while this screen is on view, after the global keys.
    func helpContexts(_ state: AppState) -> [KeyContext]

    /// A command of this screen's context (the shared ones are done by `AppReducer`).
    func perform(_ command: Command, _ state: inout AppState, ids: IDGenerator) -> [Effect]
    /// Esc on the screen: undo a filter, step out of a pane, or leave for the dashboard.
    func back(_ state: inout AppState, ids: IDGenerator) -> [Effect]
    /// Tab and Shift-Tab: the next pane.
    func focusStep(forward: Bool, _ state: inout AppState)
    /// The screen comes on view.
    func entered(_ state: inout AppState)
    /// The screen is left for another one.
    func leaving(_ state: inout AppState) -> [Effect]

    /// A list of this screen was drawn scrolled to `scroll` (the view settles scrolling).
    func drawn(_ target: FrameLayout.Target, scroll: Int, _ state: inout AppState)
    /// A click or the wheel over one of its panes gives it the focus.
    func focus(_ pane: Pane, _ state: inout AppState)
    /// A click on a row of one of its lists, counted from the first row on screen.
    func click(row: Int, in target: FrameLayout.Target, _ state: inout AppState) -> [Effect]
    /// The text of the filter bar (`/`) changed as it is typed.
    func filterTyped(_ text: String, _ state: inout AppState)
    /// The filter bar was closed with Enter.
    func filterConfirmed(_ text: String, _ state: inout AppState)
    /// Its derived lists brought up to date, once per action while it is on view.
    func refreshDerived(_ state: inout AppState)
    /// Records changed on disk while it is on view.
    func followed(_ changes: WorkspaceChanges, _ state: inout AppState)
    /// Yes to "Delete …?" asked over this screen: remove the record `id`.
    func confirmedDelete(_ id: String, _ state: inout AppState) -> [Effect]
}

extension ScreenFeature {
    public var commands: [Command] { [] }
    public var keys: [(context: KeyContext, bindings: [Binding])] { [] }

    public func helpContexts(_ state: AppState) -> [KeyContext] { keys.map(\.context) }

    public func perform(_ command: Command, _ state: inout AppState, ids: IDGenerator) -> [Effect] {
        state.status = StatusMessage(.info, ShellNotice.notAvailableHere(command))
        return []
    }

    public func back(_ state: inout AppState, ids: IDGenerator) -> [Effect] {
        leavePane(&state)
        return []
    }

    public func focusStep(forward: Bool, _ state: inout AppState) { stepPanes(forward: forward, &state) }

    /// Esc from the first pane leaves for the dashboard, from another goes to the first pane.
    public func leavePane(_ state: inout AppState) {
        if let first = panes.first, state.focus != first, panes.contains(state.focus) {
            state.focus = first
        } else if state.screen != .dashboard {
            state.screen = .dashboard
        }
    }

    /// The next (or previous) of the screen's panes takes the focus.
    public func stepPanes(forward: Bool, _ state: inout AppState) {
        guard panes.contains(state.focus) else { return }
        state.focus = ListScrolling.step(from: state.focus, in: panes, forward: forward)
    }

    public func entered(_ state: inout AppState) {}
    public func leaving(_ state: inout AppState) -> [Effect] { [] }
    public func drawn(_ target: FrameLayout.Target, scroll: Int, _ state: inout AppState) {}
    public func focus(_ pane: Pane, _ state: inout AppState) { state.focus = pane }
    public func click(row: Int, in target: FrameLayout.Target, _ state: inout AppState) -> [Effect] { [] }
    public func filterTyped(_ text: String, _ state: inout AppState) {}
    public func filterConfirmed(_ text: String, _ state: inout AppState) {}
    public func refreshDerived(_ state: inout AppState) {}
    public func followed(_ changes: WorkspaceChanges, _ state: inout AppState) {}
    public func confirmedDelete(_ id: String, _ state: inout AppState) -> [Effect] { [] }
}

/// A screen's identity: what its tab says. Each feature declares its own as a static member.
public struct Screen: Sendable, Hashable, CustomStringConvertible {
    public let id: String
    public let title: String

    public init(_ id: String, _ title: String) {
        self.id = id
        self.title = title
    }

    /// Its tab's number, from the order of registration (1 is the first).
    public var number: Int { (ScreenFeatures.all.firstIndex { $0.screen == self } ?? 0) + 1 }
    public var description: String { id }
    public static func == (lhs: Screen, rhs: Screen) -> Bool { lhs.id == rhs.id }
    public func hash(into hasher: inout Hasher) { hasher.combine(id) }
}

/// A pane of a screen, which can have the focus. Each feature declares its own.
public struct Pane: Sendable, Hashable, CustomStringConvertible {
    public let id: String

    public init(_ id: String) { self.id = id }

    public var description: String { id }
}
