/// The keymap as Markdown: what `annex keys` prints and the help overlay lists.
public enum KeymapDocument {
    public static func contextTitle(_ context: KeyContext) -> String {
        switch context {
        case .global: "Everywhere"
        case .dashboard: "Dashboard"
        case .catalog: "Controls: catalog"
        case .detail: "Controls: control detail"
        case .heatMap: "Risks: heat map"
        case .register: "Risks: register"
        case .riskForm: "Editing a risk"
        case .picker: "Picking controls"
        case .confirm: "Confirming"
        case .matrixForm: "Editing the risk matrix"
        case .help: "Help"
        case .palette: "Command palette"
        case .filter: "Filter (/)"
        case .form: "Editing a field"
        case .auditList: "Audits: list"
        case .auditPlan: "Audits: plan and checklist"
        case .session: "Live audit session"
        case .sessionItem: "Live audit session: the item's text (Shift-Tab from the checklist)"
        case .sessionFindings: "Live audit session: findings of the item"
        case .findingEditor: "Writing a finding"
        case .auditForm: "Editing an audit plan"
        case .sampleForm: "Drawing a sample"
        case .prompt: "Answering a question"
        case .history: "History of a finding"
        case .actionList: "Actions: list"
        case .actionDetail: "Actions: detail"
        case .actionForm: "Editing a corrective action"
        case .conflict: "A save that met a change on disk"
        case .verifyForm: "Verifying an action"
        case .textField: "In any text field"
        }
    }

    public static func markdown(_ keymap: Keymap) -> String {
        var lines = ["# Annex keys", ""]
        for context in KeyContext.allCases {
            guard let bindings = keymap.bindings[context], !bindings.isEmpty else { continue }
            lines += ["## \(contextTitle(context))", "", "| keys | command |", "| --- | --- |"]
            for binding in bindings {
                let keys = binding.keys.map { "`\($0 == "|" ? "\\|" : $0)`" }.joined(separator: ", ")
                lines.append("| \(keys) | \(binding.command.title) |")
            }
            lines.append("")
        }
        lines += [
            "## Text fields", "",
            "Left/Right, Home/End (Ctrl-A/Ctrl-E), Ctrl-Left/Right or Alt-B/F by word, Backspace/Delete,",
            "Ctrl-W deletes a word, Ctrl-U to the start, Ctrl-K to the end; paste inserts as one line.",
            "In the owner field Tab completes a person from annex.yaml.", "",
            "## Notes of findings", "",
            "The statement of a finding takes several lines: Ctrl-O starts a new line, Up/Down move between lines,",
            "and pasted text keeps its line breaks. Enter saves the finding; every key typed is kept on disk as a",
            "draft, so a crash or a lost connection loses nothing: the note comes back when the session reopens.",
            "Ctrl-C in a note quits at once for the same reason.", "",
        ]
        return lines.joined(separator: "\n")
    }
}
