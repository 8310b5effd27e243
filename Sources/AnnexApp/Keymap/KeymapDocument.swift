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
        case .actionList: "Actions: list"
        case .actionDetail: "Actions: detail"
        case .actionForm: "Editing a corrective action"
        case .verifyForm: "Verifying an action"
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
        ]
        return lines.joined(separator: "\n")
    }
}
