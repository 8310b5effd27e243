import AnnexApp
import AnnexDomain
import AnnexStore
import Foundation

/// The app wired to a real workspace: keys in, state out, edits on disk. It draws nothing: the
/// terminal loop and the scenario tests draw its state and hand the frame's layout back, so what
/// the tests press is what users press, and a session can run with no screen at all.
public struct AppSession {
    public private(set) var state: AppState
    public let reducer: AppReducer
    public let effects: EffectRunner
    /// Follows the workspace on disk; nil when the session was built without one (some tests).
    public let follower: WorkspaceFollower?
    /// The session clock; tests pass their own.
    public let clock: @Sendable () -> Date
    /// Presenter mode's mask (`--redact`): the workspace and every change read from disk pass
    /// through it before the state sees them. A redacted session is read-only: writing a masked
    /// value back would destroy the data.
    public private(set) var redaction: Redaction?

    public init(
        state: AppState, store: WorkspaceStore, keymap: Keymap = .standard, ids: IDGenerator = IDGenerator(),
        clock: @escaping @Sendable () -> Date = { Date() }, following loaded: LoadedWorkspace? = nil,
        follower: WorkspaceFollower? = nil, redaction: Redaction? = nil
    ) {
        self.state = state
        if var redaction {
            self.state.workspace = redaction.workspace(state.workspace)
            self.state.loadWarnings = state.loadWarnings.map(Redaction.location)
            self.state.user = state.user.map { redaction.personID($0) }
            self.state.redacted = true
            self.state.readOnly = true
            self.redaction = redaction
        }
        reducer = AppReducer(keymap: keymap, ids: ids)
        effects = EffectRunner(store: store, readOnly: self.state.readOnly)
        // A follower made beside the load (off the main thread) may be handed in ready.
        self.follower = follower ?? loaded.map { WorkspaceFollower(store: store, loaded: $0) }
        self.clock = clock
        self.state.now = clock()
    }

    /// Handles one key, performing every effect (and the actions they report) before returning,
    /// so when this returns, whatever the status line says is saved is on disk.
    public mutating func send(_ key: KeyPress) {
        run([.tick(clock()), .key(key)])
    }

    /// Keys that were typed while a save closed an editor were dropped by the terminal loop.
    public mutating func droppedTypeAhead(_ count: Int) {
        guard count > 0 else { return }
        run([.typeAheadDropped(count)])
    }

    /// Builds what other screens derive while nobody waits: call once the first frame is drawn.
    public mutating func warmUp() {
        run([.warmUp])
    }

    /// Advances the clock without a key: the session clock on screen moves on.
    public mutating func tick() {
        run([.tick(clock())])
    }

    /// Whether the screen shows a running clock, so the loop should wake up every second.
    public var showsClock: Bool { state.screen == .audits && state.audits.session != nil }

    private mutating func run(_ actions: [AppAction]) {
        var pending = actions
        while !pending.isEmpty {
            let action = pending.removeFirst()
            for effect in reducer.reduce(&state, action) {
                pending += effects.perform(effect)
            }
        }
    }

    /// Takes in what others changed on disk since the last call (nothing while it settles).
    /// Returns whether anything changed, so the loop knows to draw.
    @discardableResult
    public mutating func follow(now: Date = Date()) -> Bool {
        guard let follower, var changes = follower.changes(now: now) else { return false }
        if let masked = redaction?.changes(changes) { changes = masked }
        run([.workspaceChanged(changes)])
        return true
    }

    /// What the terminal loop waits on besides the keyboard, and for how long at most.
    public var followDescriptor: Int32? { follower?.descriptor }
    public func followWakeAfter(now: Date = Date()) -> Int? { follower?.wakeAfter(now: now) }

    public mutating func send(_ keys: [KeyPress]) {
        for key in keys { send(key) }
    }

    /// Types text one character at a time, as a user would.
    public mutating func type(_ text: String) {
        for character in text { send(.character(character)) }
    }

    /// A frame was drawn from `state` (by whoever draws: the terminal, a test, a follower):
    /// clicks and page sizes go by where it put things.
    public mutating func framed(_ layout: FrameLayout) {
        run([.framed(layout)])
    }

    public var isQuitting: Bool { state.quitting }
}
