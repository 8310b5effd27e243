import AnnexDomain
import AnnexStore
import ArgumentParser
import Foundation
import NcursesTerminal

struct Watch: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Follow an audit in progress, read-only: its checklist, where each auditor is, findings as they are logged.",
        discussion: """
        For a client or a second auditor: the screen follows every auditor's journal as it is written (from where it was \
        read, never the whole file again) and changes nothing. With --redact people are pseudonyms and findings' text is \
        masked, as in 'annex --redact'. q or Ctrl-C quits.
        """
    )

    @Argument(help: "The audit to follow.")
    var audit: String

    @Flag(help: "Mask people (stable pseudonyms) and findings' text (also ANNEX_REDACT=1).")
    var redact = false

    @Option(help: "Colour theme (default: ANNEX_THEME).")
    var theme: String?

    @Flag(name: .customLong("no-color"), help: "No colours (also when NO_COLOR is set or the terminal has none).")
    var noColor = false

    @OptionGroup var options: WorkspaceOptions

    func run() throws {
        try reportingErrors {
            let store = try options.store()
            let loaded = try store.load()
            guard let plan = loaded.workspace.audits.first(where: { $0.id == audit }) else {
                throw fail(UnknownAudit(id: audit, known: loaded.workspace.audits.map(\.id)).description)
            }
            let environment = ProcessInfo.processInfo.environment
            let settings = WatchSession.Settings(
                redact: redact || environment["ANNEX_REDACT"] == "1",
                theme: theme ?? environment["ANNEX_THEME"],
                colour: !noColor && (environment["NO_COLOR"] ?? "").isEmpty
            )
            do {
                try MainActor.assumeIsolated {
                    try WatchSession.run(store: store, loaded: loaded, audit: plan, settings: settings)
                }
            } catch let error as TerminalError {
                throw fail(error.description)
            }
        }
    }
}
