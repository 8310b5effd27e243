import AnnexDomain
import AnnexStore
import ArgumentParser
import Foundation
import NcursesTerminal

/// Options of the terminal UI, shared by `annex` (open) and `annex demo`.
struct InterfaceOptions: ParsableArguments {
    @Option(help: "Colour theme: default, light, high-contrast, monochrome, or one in <workspace>/themes (default: ANNEX_THEME).")
    var theme: String?

    @Flag(name: .customLong("no-color"), help: "No colours (also when NO_COLOR is set or the terminal has none).")
    var noColor = false

    @Flag(name: .customLong("read-only"), help: "Presenter mode: nothing can be changed and nothing is written (also ANNEX_READ_ONLY=1).")
    var readOnly = false

    @Flag(help: "Presenter mode: people become pseudonyms and notes, findings' text and evidence locations are masked on every screen; implies --read-only (also ANNEX_REDACT=1).")
    var redact = false

    @Option(name: .customLong("as"), help: "Your person id: the journal your findings go to (default: ANNEX_USER, else the audit's lead auditor).")
    var user: String?

    func validate() throws {
        if let user, !user.isEmpty, !RecordID.isValid(user) {
            throw ValidationError("'\(user)' cannot be a person id: use letters, digits, '-' and '_'")
        }
    }

    var settings: TerminalSession.Settings {
        Self.settings(theme: theme, noColor: noColor, readOnly: readOnly, redact: redact, user: user)
    }

    /// The options with what the environment adds to them.
    static func settings(theme: String?, noColor: Bool, readOnly: Bool, redact: Bool, user: String?) -> TerminalSession.Settings {
        let environment = ProcessInfo.processInfo.environment
        let noColourRequested = noColor || !(environment["NO_COLOR"] ?? "").isEmpty
        let user = (user ?? environment["ANNEX_USER"]).flatMap { RecordID.isValid($0) ? $0 : nil }
        let redact = redact || environment["ANNEX_REDACT"] == "1"
        let readOnly = readOnly || redact || environment["ANNEX_READ_ONLY"] == "1"
        return TerminalSession.Settings(theme: theme ?? environment["ANNEX_THEME"], colour: !noColourRequested, user: user, readOnly: readOnly, redact: redact)
    }
}

struct Open: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "open", abstract: "Open the workspace in the terminal UI (the default command).")

    @OptionGroup var options: WorkspaceOptions
    @OptionGroup var interface: InterfaceOptions

    func run() throws {
        try reportingErrors {
            let store = try options.store()
            try Interface.open(store, settings: interface.settings)
        }
    }
}

enum Interface {
    static func open(_ store: WorkspaceStore, settings: TerminalSession.Settings) throws {
        // What makes a folder no workspace to open (no annex.yaml, a newer schema) is said
        // before the terminal is taken; the records are read while the first frame shows.
        let outline = try store.loadOutline(cached: true)
        do {
            try MainActor.assumeIsolated {
                try TerminalSession.run(store: store, outline: outline, settings: settings)
            }
        } catch let error as TerminalError {
            throw fail("\(error.description)")
        }
    }
}
