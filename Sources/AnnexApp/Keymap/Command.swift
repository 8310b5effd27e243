/// Everything a key can do. The keymap binds keys to commands per context; help, the status
/// line hints, the command palette and `annex keys` are all generated from these. A command is a
/// value: the ones every screen shares are here, each feature declares its own beside its keys.
public struct Command: Sendable, Hashable, CustomStringConvertible {
    /// The name in code and in messages; unique across the app.
    public let id: String
    public let title: String
    /// A word or two for the status line, where room is short.
    public let hint: String
    /// Commands the status line shows as one hint when their bindings sit side by side:
    /// `c M m o i Log` instead of five.
    public let hintGroup: String?

    public init(_ id: String, _ title: String, hint: String? = nil, group: String? = nil) {
        self.id = id
        self.title = title
        self.hint = hint ?? title
        hintGroup = group
    }

    public var description: String { id }
    public static func == (lhs: Command, rhs: Command) -> Bool { lhs.id == rhs.id }
    public func hash(into hasher: inout Hasher) { hasher.combine(id) }

    /// Every command: the shared ones, then each registered screen's.
    public static let all: [Command] = shared + ScreenFeatures.all.flatMap(\.commands)

    static let shared: [Command] = [
        .quit, .quitNow, .help, .palette, .filter, .back, .nextTheme, .focusNext, .focusPrevious,
        .moveDown, .moveUp, .pageDown, .pageUp, .moveTop, .moveBottom, .filterOwner, .clearFilters,
        .undo, .confirm, .cancel, .nextField, .previousField, .toggleChoice, .yes, .no, .keepMine,
        .takeTheirs, .backToEditor, .textLeft, .textRight, .textHome, .textEnd, .textWordLeft,
        .textWordRight, .textDeleteBackward, .textDeleteForward, .textDeleteWordBackward,
        .textDeleteToStart, .textDeleteToEnd, .choiceNext, .choicePrevious, .importSpreadsheet,
    ]
}

extension Command {
    public static let quit = Command("quit", "Quit (asks in a live session)", hint: "Quit")
    public static let quitNow = Command("quitNow", "Quit now (a note typed is kept)")
    public static let help = Command("help", "Help")
    public static let palette = Command("palette", "Command palette", hint: "Commands")
    public static let filter = Command("filter", "Filter by text", hint: "Filter")
    public static let back = Command("back", "Back")
    public static let nextTheme = Command("nextTheme", "Next colour theme")
    public static let focusNext = Command("focusNext", "Next pane", hint: "Pane")
    public static let focusPrevious = Command("focusPrevious", "Previous pane")
    public static let moveDown = Command("moveDown", "Down")
    public static let moveUp = Command("moveUp", "Up")
    public static let pageDown = Command("pageDown", "Page down")
    public static let pageUp = Command("pageUp", "Page up")
    public static let moveTop = Command("moveTop", "First")
    public static let moveBottom = Command("moveBottom", "Last")
    public static let filterOwner = Command("filterOwner", "Filter: next owner")
    public static let clearFilters = Command("clearFilters", "Clear filters")
    public static let undo = Command("undo", "Undo last change", hint: "Undo")
    public static let confirm = Command("confirm", "Confirm", hint: "OK")
    public static let cancel = Command("cancel", "Cancel")
    public static let nextField = Command("nextField", "Next field", hint: "Field")
    public static let previousField = Command("previousField", "Previous field")
    public static let toggleChoice = Command("toggleChoice", "Toggle", hint: "Pick")
    public static let choiceNext = Command("choiceNext", "Next choice (or one step up a scale)", hint: "Choose")
    public static let choicePrevious = Command("choicePrevious", "Previous choice (or one step down a scale)")
    public static let yes = Command("yes", "Yes")
    public static let no = Command("no", "No")
    public static let keepMine = Command("keepMine", "Keep my value (write over the one on disk)", hint: "Keep mine")
    public static let takeTheirs = Command("takeTheirs", "Take the value on disk (drop mine)", hint: "Take theirs")
    public static let backToEditor = Command("backToEditor", "Back to my text", hint: "Back")
    public static let textLeft = Command("textLeft", "Cursor left")
    public static let textRight = Command("textRight", "Cursor right")
    public static let textHome = Command("textHome", "Cursor to the start")
    public static let textEnd = Command("textEnd", "Cursor to the end")
    public static let textWordLeft = Command("textWordLeft", "Cursor a word left")
    public static let textWordRight = Command("textWordRight", "Cursor a word right")
    public static let textDeleteBackward = Command("textDeleteBackward", "Delete the character before the cursor")
    public static let textDeleteForward = Command("textDeleteForward", "Delete the character under the cursor")
    public static let textDeleteWordBackward = Command("textDeleteWordBackward", "Delete the word before the cursor")
    public static let textDeleteToStart = Command("textDeleteToStart", "Delete to the start")
    public static let textDeleteToEnd = Command("textDeleteToEnd", "Delete to the end")
}
