/// The keymap as Markdown: what `annex keys` prints and the help overlay lists.
public enum KeymapDocument {
    public static func markdown(_ keymap: Keymap) -> String {
        var lines = ["# Annex keys", ""]
        for context in KeyContext.all {
            guard let bindings = keymap.bindings[context], !bindings.isEmpty else { continue }
            lines += ["## \(context.title)", "", "| keys | command |", "| --- | --- |"]
            for binding in bindings {
                let keys = binding.keys.map { "`\($0 == "|" ? "\\|" : $0)`" }.joined(separator: ", ")
                lines.append("| \(keys) | \(binding.command.title) |")
            }
            lines.append("")
        }
        let key = { (command: Command, context: KeyContext) in KeyName.display(keymap.key(for: command, preferring: context) ?? command.title) }
        lines += [
            "## Text fields", "",
            "Every text field edits with the keys of \"\(KeyContext.textField.title)\" above; paste inserts as one line.",
            "In a person field (an owner, a verifier) Tab completes a person id from annex.yaml.", "",
            "## Notes of findings", "",
            "The statement of a finding takes several lines: \(key(.newLine, .findingEditor)) starts a new line, Up/Down move between lines,",
            "and pasted text keeps its line breaks. \(key(.confirm, .findingEditor)) saves the finding; every key typed is kept on disk as a",
            "draft, so a crash or a lost connection loses nothing: the note comes back when the session reopens.",
            "Ctrl-C in a note quits at once for the same reason.", "",
        ]
        return lines.joined(separator: "\n")
    }
}
