import AnnexDomain

/// `annex` with nothing but the UI's options, read by hand: ArgumentParser builds a tree of every
/// subcommand and reflects over each option first, a few milliseconds of every start. Anything
/// this reader would have to judge (another word, a repeated option, a value that looks like an
/// option, an invalid person id, help) is left to the full parse, which gives the same answer for
/// what is accepted here (a test compares them) and its own messages for the rest.
struct QuickOpen: Equatable {
    var workspace: String?
    var theme: String?
    var noColor = false
    var readOnly = false
    var redact = false
    var user: String?

    init?(_ arguments: [String]) {
        var seen: Set<String> = []
        var rest = arguments[...]
        while let word = rest.popFirst() {
            let (name, inline) = Self.split(word)
            guard seen.insert(name).inserted else { return nil }
            switch name {
            case "--no-color", "--read-only", "--redact":
                guard inline == nil else { return nil }
                if name == "--no-color" { noColor = true } else if name == "--read-only" { readOnly = true } else { redact = true }
            case "--workspace", "--theme", "--as":
                guard let value = inline ?? rest.popFirst(), !value.isEmpty, !value.hasPrefix("-") else { return nil }
                if name == "--workspace" { workspace = value } else if name == "--theme" { theme = value } else { user = value }
            default:
                return nil
            }
        }
        if let user, !RecordID.isValid(user) { return nil }
    }

    /// `--theme=light` is `--theme` with `light`.
    private static func split(_ word: String) -> (name: String, inline: String?) {
        guard word.hasPrefix("--"), let equals = word.firstIndex(of: "=") else { return (word, nil) }
        return (String(word[..<equals]), String(word[word.index(after: equals)...]))
    }

    /// What `Open` runs, without ArgumentParser's types.
    func run() throws {
        try reportingStoreErrors {
            let store = try WorkspaceOptions.store(explicit: workspace)
            try Interface.open(store, settings: settings)
        }
    }

    var settings: TerminalSession.Settings {
        InterfaceOptions.settings(theme: theme, noColor: noColor, readOnly: readOnly, redact: redact, user: user)
    }
}
