import AnnexDomain
import Foundation

/// A line for the status line: what happened (a notice, worded when drawn) and how it went.
public struct StatusMessage: Sendable, Equatable {
    public enum Kind: Sendable { case info, saved, warning, error }
    public var kind: Kind
    public var notice: Notice

    public init(_ kind: Kind, _ notice: some NoticeWording) {
        self.kind = kind
        self.notice = Notice(notice)
    }

    public init(_ kind: Kind, _ notice: Notice) {
        self.kind = kind
        self.notice = notice
    }

    public var message: MessageText { notice.words }

    /// The text with the standard keymap's keys (the status line uses the keymap in force).
    public var text: String { message.text() }

    /// Two messages are the same when they say the same words the same way.
    public static func == (lhs: StatusMessage, rhs: StatusMessage) -> Bool { lhs.kind == rhs.kind && lhs.text == rhs.text }
}

/// A popup on top of the screen; while one is open it receives every key.
public enum Popup: Sendable, Equatable {
    case help(scroll: Int)
    case palette(PaletteState)
    /// Filter-as-you-type on the catalog; `previous` is restored by Esc.
    case filter(LineEditor, previous: String)
    case confirm(Confirmation)
    /// A save refused because the file changed in the same field: both values, the user chooses.
    case conflict(ConflictPrompt)
    /// A popup, form or picker a screen declares in its own folder (`FeatureLayer`).
    case layer(AnyLayer)
}

/// Everything the terminal UI shows, and nothing it does not need.
public struct AppState: Sendable, Equatable {
    public var workspace: Workspace
    public var today: Day
    public var screen: Screen = .dashboard
    public var focus: Pane = .catalog
    /// Each screen's own state (`controls`, `risks` …, declared in each feature's folder).
    public var screenStates = ScreenStates()
    /// The session clock: set by the runtime before every key and once a second in a session.
    public var now: Date
    /// Who is using Annex (`--as`, ANNEX_USER): whose journal findings go to.
    public var user: String?
    /// Presenter mode (`--read-only`, `--redact`): nothing changes; `ReadOnlyGate` refuses the editing keys.
    public var readOnly = false
    /// The workspace in memory is the redacted one (`Redaction`): shown in the tab bar.
    public var redacted = false
    /// Popups, forms and pickers, the top one last: it gets every key, and closing it shows the
    /// one below as it was (a picker over its form, a question over its note).
    public private(set) var layers: [Popup] = []

    /// The top layer. Setting it replaces the top one (opens one when none is open); nil
    /// closes them all.
    public var popup: Popup? {
        get { layers.last }
        set {
            guard let newValue else { return layers.removeAll() }
            if layers.isEmpty { layers = [newValue] } else { layers[layers.count - 1] = newValue }
        }
    }

    /// Opens `popup` over the one open now.
    public mutating func push(_ popup: Popup) { layers.append(popup) }

    /// Closes the top layer, showing the one below.
    public mutating func pop() { _ = layers.popLast() }
    public var status: StatusMessage?
    public var themeNames: [String]
    public var themeIndex = 0
    /// Records as they were before each change, newest last.
    public var undoStack: [UndoStep] = []
    /// An undo whose save has not been confirmed yet: its step stays on the stack until it is.
    public var undoInFlight = false
    /// The editor whose save is being performed: it comes back if the save fails or conflicts,
    /// so nothing typed is lost.
    public var editorAwaitingSave: Popup?
    /// Problems met while loading, shown once on the dashboard.
    public var loadWarnings: [String]
    /// Only the configuration and the SoA are read yet: the first frame is drawn while the rest
    /// loads, and what depends on the rest says so instead of showing counts of nothing.
    public var loading = false
    public var width = 80
    public var height = 24
    public var quitting = false
    /// What the last frame drew where (clicks and page sizes read it).
    public var frame = FrameLayout()
    /// Lists derived from the state, kept so a key derives each of them once.
    public var derived = DerivedValues()

    public init(
        workspace: Workspace, today: Day, now: Date = Date(timeIntervalSince1970: 0), user: String? = nil,
        themeNames: [String] = ["default"], themeIndex: Int = 0, loadWarnings: [String] = []
    ) {
        self.workspace = workspace
        self.today = today
        self.now = now
        self.user = user
        self.themeNames = themeNames.isEmpty ? ["default"] : themeNames
        self.themeIndex = min(max(0, themeIndex), self.themeNames.count - 1)
        self.loadWarnings = loadWarnings
        controls.selected = ControlsState.firstSelectable(in: self)
    }

    public var themeName: String { themeNames[themeIndex] }

    /// The keymap context that receives keys now.
    public var context: KeyContext {
        switch popup {
        case .help: return .help
        case .palette: return .palette
        case .filter: return .filter
        case .confirm: return .confirm
        case .layer(let layer): return layer.base.context
        case .conflict: return .conflict
        case nil: return screenContext
        }
    }

    /// The context of the focused pane, whatever popup is open over it.
    public var screenContext: KeyContext { feature.context(self) }

    /// The feature of the screen on view.
    public var feature: any ScreenFeature { ScreenFeatures.feature(for: screen) }

    /// Whether the top layer takes typed text (a form, a note, a prompt): keys typed ahead of the
    /// save that closes it must not run on the screen below.
    public var isTyping: Bool {
        guard case .layer(let layer) = popup else { return false }
        return layer.base.isTyping
    }

    public static let minimumWidth = 80
    public static let minimumHeight = 24

    public var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }
}
