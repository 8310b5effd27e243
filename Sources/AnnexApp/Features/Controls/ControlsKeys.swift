/// The keys of the controls screen and its popups, with the commands only it has.
enum ControlsKeys {
    static let commands: [Command] = [.showControls, .nextFramework, .expand, .collapse, .toggleGroup, .expandAll, .collapseAll, .cycleStatus, .toggleApplicable, .editOwner, .editJustification, .editEvidence, .editNotes, .editReasons, .markReviewed, .editSoADocument, .filterStatus, .filterApplicable, .filterTheme]

    static let contexts: [(context: KeyContext, bindings: [Binding])] = [
        (.catalog, Keymap.listMoves + [
            Binding(["l", "right"], .expand),
            Binding(["h", "left"], .collapse),
            Binding(["enter", "space"], .toggleGroup),
            Binding(["E"], .expandAll),
            Binding(["C"], .collapseAll),
            Binding(["/"], .filter, hint: true),
            Binding(["s"], .cycleStatus, hint: true),
            Binding(["a"], .toggleApplicable, hint: true),
            Binding(["o"], .editOwner),
            Binding(["J"], .editJustification, hint: true),
            Binding(["e"], .editEvidence),
            Binding(["n"], .editNotes),
            Binding(["R"], .editReasons),
            Binding(["r"], .markReviewed),
            Binding(["D"], .editSoADocument),
            Binding(["f"], .nextFramework),
            Binding(["I"], .importSpreadsheet),
            Binding(["u"], .undo, hint: true),
            Binding(["F"], .filterStatus),
            Binding(["A"], .filterApplicable),
            Binding(["O"], .filterOwner),
            Binding(["H"], .filterTheme),
            Binding(["x"], .clearFilters),
            Binding(["escape"], .back),
        ]),
        (.detail, [
            Binding(["j", "down", "wheeldown"], .moveDown),
            Binding(["k", "up", "wheelup"], .moveUp),
            Binding(["pagedown", "ctrl+d"], .pageDown),
            Binding(["pageup", "ctrl+u"], .pageUp),
            Binding(["s"], .cycleStatus, hint: true),
            Binding(["a"], .toggleApplicable, hint: true),
            Binding(["o"], .editOwner, hint: true),
            Binding(["J"], .editJustification, hint: true),
            Binding(["e"], .editEvidence, hint: true),
            Binding(["n"], .editNotes, hint: true),
            Binding(["R"], .editReasons),
            Binding(["r"], .markReviewed),
            Binding(["D"], .editSoADocument),
            Binding(["f"], .nextFramework),
            Binding(["u"], .undo, hint: true),
            Binding(["escape"], .back),
        ]),
        (.soaDocumentForm, Keymap.formKeys),
        (.form, [
            Binding(["enter"], .confirm, hint: true),
            Binding(["escape"], .cancel, hint: true),
        ]),
        (.reasonsForm, [
            Binding(["j", "down"], .moveDown),
            Binding(["k", "up"], .moveUp),
            Binding(["space", "tab"], .toggleChoice, hint: true),
            Binding(["enter"], .confirm, hint: true),
            Binding(["escape"], .cancel, hint: true),
        ]),
    ]
}

extension Command {
    public static let editSoADocument = Command("editSoADocument", "SoA document: new version or approval", hint: "Version")
    public static let editReasons = Command("editReasons", "Reasons for including the control", hint: "Reasons")
    public static let showControls = Command("showControls", "Controls and SoA", hint: "Controls")
    public static let nextFramework = Command("nextFramework", "Switch framework (ISO/IEC 27001, imported catalogs)", hint: "Framework")
    public static let expand = Command("expand", "Expand group")
    public static let collapse = Command("collapse", "Collapse group")
    public static let toggleGroup = Command("toggleGroup", "Open or close group")
    public static let expandAll = Command("expandAll", "Expand all groups")
    public static let collapseAll = Command("collapseAll", "Collapse all groups")
    public static let cycleStatus = Command("cycleStatus", "Cycle implementation status", hint: "Status")
    public static let toggleApplicable = Command("toggleApplicable", "Include or exclude control", hint: "In/out")
    public static let editOwner = Command("editOwner", "Edit owner", hint: "Owner")
    public static let editJustification = Command("editJustification", "Edit justification", hint: "Justify")
    public static let editEvidence = Command("editEvidence", "Edit evidence references", hint: "Evidence")
    public static let editNotes = Command("editNotes", "Edit notes", hint: "Notes")
    public static let markReviewed = Command("markReviewed", "Mark reviewed today")
    public static let filterStatus = Command("filterStatus", "Filter: next status")
    public static let filterApplicable = Command("filterApplicable", "Filter: applicable / excluded / not decided")
    public static let filterTheme = Command("filterTheme", "Filter: next theme (next family on a catalog)")
}

extension KeyContext {
    public static let catalog = KeyContext("catalog", "Controls: catalog")
    public static let detail = KeyContext("detail", "Controls: control detail")
    public static let form = KeyContext("form", "Editing a field")
    public static let reasonsForm = KeyContext("reasonsForm", "Choosing the reasons for a control")
    public static let soaDocumentForm = KeyContext("soaDocumentForm", "The SoA as a document: version and approval")
}
