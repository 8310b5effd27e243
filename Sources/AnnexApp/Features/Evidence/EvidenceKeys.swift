/// The keys of the Evidence screen and its form, with the commands only it has.
enum EvidenceKeys {
    static let commands: [Command] = [.showEvidence, .addEvidence, .editEvidenceRecord, .deleteEvidenceRecord]

    static let contexts: [(context: KeyContext, bindings: [Binding])] = [
        (.evidenceList, Keymap.listMoves + [
            Binding(["a"], .addEvidence, hint: true),
            Binding(["e", "enter"], .editEvidenceRecord, hint: true),
            Binding(["d", "delete"], .deleteEvidenceRecord, hint: true),
            Binding(["u"], .undo, hint: true),
            Binding(["escape"], .back),
        ]),
        (.evidenceDetail, [
            Binding(["e", "enter"], .editEvidenceRecord, hint: true),
            Binding(["u"], .undo, hint: true),
            Binding(["escape"], .back),
        ]),
        (.evidenceForm, Keymap.formKeys),
    ]
}

extension Command {
    public static let showEvidence = Command("showEvidence", "Evidence register")
    public static let addEvidence = Command("addEvidence", "Register evidence", hint: "Add")
    public static let editEvidenceRecord = Command("editEvidenceRecord", "Edit the evidence record", hint: "Edit")
    public static let deleteEvidenceRecord = Command("deleteEvidenceRecord", "Delete the evidence record", hint: "Delete")
}

extension KeyContext {
    public static let evidenceList = KeyContext("evidenceList", "Evidence: register")
    public static let evidenceDetail = KeyContext("evidenceDetail", "Evidence: the selected record")
    public static let evidenceForm = KeyContext("evidenceForm", "Editing an evidence record")
}
