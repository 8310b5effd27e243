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
