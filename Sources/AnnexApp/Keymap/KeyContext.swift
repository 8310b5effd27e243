/// Where the keyboard is: decides which bindings apply. A context is a value: the ones shared by
/// every screen are here, each feature declares its panes' and popups' beside its keys.
public struct KeyContext: Sendable, Hashable, CustomStringConvertible {
    public let id: String
    /// The heading of its keys in help and in `annex keys`.
    public let title: String

    public init(_ id: String, _ title: String) {
        self.id = id
        self.title = title
    }

    public var description: String { id }
    public static func == (lhs: KeyContext, rhs: KeyContext) -> Bool { lhs.id == rhs.id }
    public func hash(into hasher: inout Hasher) { hasher.combine(id) }

    /// Every context, in the order `annex keys` lists them: everywhere, each registered screen's,
    /// then the popups every screen shares and the text fields.
    public static let all: [KeyContext] =
        [.global] + ScreenFeatures.all.flatMap { $0.keys.map(\.context) } + [.help, .palette, .filter, .picker, .confirm, .prompt, .importForm, .importPreview, .conflict, .textField, .choiceField]
}

extension KeyContext {
    public static let global = KeyContext("global", "Everywhere")
    public static let textField = KeyContext("textField", "In any text field")
    public static let choiceField = KeyContext("choiceField", "In any choice field (type, status, method, classification …)")
    public static let help = KeyContext("help", "Help")
    public static let palette = KeyContext("palette", "Command palette")
    public static let filter = KeyContext("filter", "Filter (/)")
    public static let picker = KeyContext("picker", "Picking controls")
    public static let confirm = KeyContext("confirm", "Confirming")
    public static let prompt = KeyContext("prompt", "Answering a question")
    public static let conflict = KeyContext("conflict", "A save that met a change on disk")
}
