public struct Binding: Sendable, Equatable {
    public var keys: [String]
    public var command: Command
    /// Shown in the status line when the context is active.
    public var hint: Bool

    public init(_ keys: [String], _ command: Command, hint: Bool = false) {
        self.keys = keys
        self.command = command
        self.hint = hint
    }
}

/// Keys as data: context -> bindings. Resolution order is the popup's context (which captures
/// everything), else the global bindings, then the focused pane's.
public struct Keymap: Sendable {
    public var bindings: [KeyContext: [Binding]]

    public init(bindings: [KeyContext: [Binding]]) {
        self.bindings = bindings
    }

    public func command(for key: String, in context: KeyContext) -> Command? {
        bindings[context]?.first { $0.keys.contains(key) }?.command
    }

    public func keys(for command: Command, in context: KeyContext) -> [String] {
        bindings[context]?.first { $0.command == command }?.keys ?? []
    }

    public func hints(for context: KeyContext) -> [(key: String, command: Command)] {
        (bindings[context] ?? []).filter(\.hint).map { ($0.keys[0], $0.command) }
    }

    /// Moving through a list: the same keys in every list pane.
    static let listMoves = [
        Binding(["j", "down", "wheeldown"], .moveDown),
        Binding(["k", "up", "wheelup"], .moveUp),
        Binding(["pagedown", "ctrl+d"], .pageDown),
        Binding(["pageup", "ctrl+u"], .pageUp),
        Binding(["g", "home"], .moveTop),
        Binding(["G", "end"], .moveBottom),
    ]

    /// A form of several fields: the same keys in every one.
    static let formKeys = [
        Binding(["enter", "ctrl+s"], .confirm, hint: true),
        Binding(["escape"], .cancel, hint: true),
        Binding(["tab", "down"], .nextField, hint: true),
        Binding(["shift+tab", "up"], .previousField),
    ]

    /// The standard keys: the shared contexts, each registered screen's contexts, and in the
    /// global context a number key per screen, in the order of the registration.
    public static let standard: Keymap = {
        var bindings = shared
        let shows = ScreenFeatures.all.enumerated().map { Binding(["\($0.offset + 1)"], $0.element.show) }
        bindings[.global] = Array(global.prefix(2)) + shows + global.dropFirst(2)
        for feature in ScreenFeatures.all {
            for (context, list) in feature.keys { bindings[context] = list }
        }
        return Keymap(bindings: bindings)
    }()

    private static let global = [
            Binding(["q"], .quit, hint: true),
            Binding(["ctrl+c"], .quitNow),
            Binding(["?", "f1"], .help, hint: true),
            Binding([":"], .palette, hint: true),
            Binding(["T"], .nextTheme),
            Binding(["tab"], .focusNext),
            Binding(["shift+tab"], .focusPrevious),
        ]

    private static let shared: [KeyContext: [Binding]] = [
        .textField: [
            Binding(["left", "ctrl+b"], .textLeft),
            Binding(["right", "ctrl+f"], .textRight),
            Binding(["home", "ctrl+a"], .textHome),
            Binding(["end", "ctrl+e"], .textEnd),
            Binding(["ctrl+left", "alt+b"], .textWordLeft),
            Binding(["ctrl+right", "alt+f"], .textWordRight),
            Binding(["backspace", "ctrl+h"], .textDeleteBackward),
            Binding(["delete", "ctrl+d"], .textDeleteForward),
            Binding(["ctrl+w", "alt+backspace"], .textDeleteWordBackward),
            Binding(["ctrl+u"], .textDeleteToStart),
            Binding(["ctrl+k"], .textDeleteToEnd),
        ],
        .choiceField: [
            Binding(["right", "space"], .choiceNext),
            Binding(["left"], .choicePrevious),
        ],
        .help: [
            Binding(["escape", "q", "?", "enter"], .cancel, hint: true),
            Binding(["j", "down", "wheeldown"], .moveDown),
            Binding(["k", "up", "wheelup"], .moveUp),
        ],
        .palette: [
            Binding(["enter"], .confirm, hint: true),
            Binding(["escape"], .cancel, hint: true),
            Binding(["down", "ctrl+n"], .moveDown),
            Binding(["up", "ctrl+p"], .moveUp),
        ],
        .filter: [
            Binding(["enter"], .confirm, hint: true),
            Binding(["escape"], .cancel, hint: true),
        ],
        .picker: [
            Binding(["enter"], .confirm, hint: true),
            Binding(["escape"], .cancel, hint: true),
            Binding(["down", "ctrl+n"], .moveDown),
            Binding(["up", "ctrl+p"], .moveUp),
            Binding(["tab"], .toggleChoice, hint: true),
        ],
        .confirm: [
            Binding(["y"], .yes, hint: true),
            Binding(["n", "escape"], .no, hint: true),
        ],
        .prompt: [
            Binding(["enter"], .confirm, hint: true),
            Binding(["escape"], .cancel, hint: true),
        ],
        .importForm: [
            Binding(["enter"], .confirm, hint: true),
            Binding(["escape"], .cancel, hint: true),
        ],
        .importPreview: [
            Binding(["enter"], .confirm, hint: true),
            Binding(["escape"], .cancel, hint: true),
            Binding(["j", "down"], .moveDown),
            Binding(["k", "up"], .moveUp),
            Binding(["pagedown", "ctrl+d"], .pageDown),
            Binding(["pageup", "ctrl+u"], .pageUp),
        ],
        .conflict: [
            Binding(["m"], .keepMine, hint: true),
            Binding(["t"], .takeTheirs, hint: true),
            Binding(["escape", "e"], .backToEditor, hint: true),
        ],
    ]
}
