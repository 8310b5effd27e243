import AnnexDomain
import AnnexStore
import ArgumentParser
import Foundation

struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the sample organisation and open it.",
        discussion: "Without --path the demo goes to a new temporary folder, so nothing of yours is touched."
    )

    @Option(help: "Keep the demo workspace in this folder.")
    var path: String?

    @Flag(help: "Only write the demo and print a summary; do not open the terminal UI.")
    var noOpen = false

    @OptionGroup var interface: InterfaceOptions

    func run() throws {
        try reportingErrors {
            let folder = try path ?? Self.temporaryFolder()
            let store = try WorkspaceStore.create(at: folder, with: DemoOrganisation.make(today: Clock.today()))
            // Without a terminal (a pipe, CI) there is nothing to open: say what was written.
            if noOpen || isatty(STDOUT_FILENO) != 1 || isatty(STDIN_FILENO) != 1 {
                Output.print("Demo workspace: \(store.root)")
                Output.print(WorkspaceSummary(try store.load().workspace).text)
                Output.print("Open it with: annex --workspace \(store.root)")
                return
            }
            try Interface.open(store, settings: interface.settings)
            Output.print("The demo workspace is kept in \(store.root)")
        }
    }

    static func temporaryFolder() throws -> String {
        var template = Array((NSTemporaryDirectory() + "/annex-demo-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else {
            throw StoreError(path: NSTemporaryDirectory(), "cannot create a temporary folder for the demo")
        }
        return String(cString: made)
    }
}
