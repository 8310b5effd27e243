import AnnexDomain

/// The SoA fields a form can edit in place.
public enum SoAField: String, Sendable, Hashable, CaseIterable {
    case owner, justification, evidence, notes

    public var title: String {
        switch self {
        case .owner: "Owner"
        case .justification: "Justification"
        case .evidence: "Evidence (ids, comma separated)"
        case .notes: "Notes"
        }
    }
}

/// An inline editor for one SoA field of one control.
public struct FieldForm: Sendable, Equatable {
    public var control: String
    /// How the control is named to the user: its id for ISO/IEC 27001, its label (`AC-2(1)`) on a catalog.
    public var name: String
    public var field: SoAField
    public var editor: LineEditor
    /// Set when the form was opened to include or exclude the control: saving flips applicability.
    public var togglesApplicability: Bool
    public var error: Notice?
    /// The entry as it was when the form opened: what the save merges against.
    public var original: SoAEntry?

    public init(control: String, field: SoAField, text: String, togglesApplicability: Bool = false, original: SoAEntry? = nil, name: String? = nil) {
        self.control = control
        self.name = name ?? control
        self.original = original
        self.field = field
        editor = LineEditor(text)
        self.togglesApplicability = togglesApplicability
    }

    public var prompt: String {
        guard togglesApplicability else { return "\(field.title) of \(name)" }
        return "Justification for changing the applicability of \(name)"
    }
}

public struct PaletteState: Sendable, Equatable {
    public var editor = LineEditor()
    public var selected = 0

    public init() {}
}
