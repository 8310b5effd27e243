/// The keys of the risks screen and its popups, with the commands only it has.
enum RisksKeys {
    static let commands: [Command] = [.showRisks, .cellUp, .cellDown, .cellLeft, .cellRight, .filterCell, .toggleRiskView, .addRisk, .editRisk, .deleteRisk, .editMatrix, .sortNext, .sortPrevious, .reverseSort, .filterLevel, .filterTreatment, .filterRiskStatus, .filterOverdue]

    static let contexts: [(context: KeyContext, bindings: [Binding])] = [
        (.heatMap, [
            Binding(["k", "up"], .cellUp),
            Binding(["j", "down"], .cellDown),
            Binding(["h", "left"], .cellLeft),
            Binding(["l", "right"], .cellRight),
            Binding(["enter", "space"], .filterCell, hint: true),
            Binding(["v"], .toggleRiskView, hint: true),
            Binding(["a"], .addRisk, hint: true),
            Binding(["e"], .editRisk),
            Binding(["M"], .editMatrix, hint: true),
            Binding(["I"], .importSpreadsheet),
            Binding(["/"], .filter),
            Binding(["x"], .clearFilters),
            Binding(["u"], .undo, hint: true),
            Binding(["escape"], .back),
        ]),
        (.register, Keymap.listMoves + [
            Binding(["e", "enter"], .editRisk, hint: true),
            Binding(["a"], .addRisk, hint: true),
            Binding(["d", "delete"], .deleteRisk, hint: true),
            Binding(["/"], .filter, hint: true),
            Binding([">"], .sortNext, hint: true),
            Binding(["<"], .sortPrevious),
            Binding(["r"], .reverseSort),
            Binding(["v"], .toggleRiskView),
            Binding(["O"], .filterOwner),
            Binding(["L"], .filterLevel),
            Binding(["t"], .filterTreatment),
            Binding(["S"], .filterRiskStatus),
            Binding(["!"], .filterOverdue),
            Binding(["x"], .clearFilters),
            Binding(["M"], .editMatrix),
            Binding(["I"], .importSpreadsheet),
            Binding(["u"], .undo, hint: true),
            Binding(["escape"], .back),
        ]),
        (.riskForm, Keymap.formKeys),
        (.matrixForm, Keymap.formKeys),
    ]
}

extension Command {
    public static let showRisks = Command("showRisks", "Risks")
    public static let cellUp = Command("cellUp", "Cell up (more likely)")
    public static let cellDown = Command("cellDown", "Cell down (less likely)")
    public static let cellLeft = Command("cellLeft", "Cell left (less impact)")
    public static let cellRight = Command("cellRight", "Cell right (more impact)")
    public static let filterCell = Command("filterCell", "Show the risks of this cell", hint: "Cell")
    public static let toggleRiskView = Command("toggleRiskView", "Inherent / residual view", hint: "View")
    public static let addRisk = Command("addRisk", "New risk", hint: "New")
    public static let editRisk = Command("editRisk", "Edit risk", hint: "Edit")
    public static let deleteRisk = Command("deleteRisk", "Delete risk", hint: "Delete")
    public static let editMatrix = Command("editMatrix", "Edit the risk matrix", hint: "Matrix")
    public static let sortNext = Command("sortNext", "Sort by next column", hint: "Sort")
    public static let sortPrevious = Command("sortPrevious", "Sort by previous column")
    public static let reverseSort = Command("reverseSort", "Reverse sort order")
    public static let filterLevel = Command("filterLevel", "Filter: next level")
    public static let filterTreatment = Command("filterTreatment", "Filter: next treatment")
    public static let filterRiskStatus = Command("filterRiskStatus", "Filter: next risk status")
    public static let filterOverdue = Command("filterOverdue", "Filter: overdue reviews")
}

extension KeyContext {
    public static let heatMap = KeyContext("heatMap", "Risks: heat map")
    public static let register = KeyContext("register", "Risks: register")
    public static let riskForm = KeyContext("riskForm", "Editing a risk")
    public static let matrixForm = KeyContext("matrixForm", "Editing the risk matrix")
}
