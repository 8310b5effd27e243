import Foundation
import ArgumentParser

@main
struct Annex: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annex",
        abstract: "Run an ISO/IEC 27001 information security management system from the terminal.",
        discussion: """
        The workspace is a folder of YAML and JSON Lines files, found from --workspace, \
        ANNEX_WORKSPACE, or the current folder and its parents (like git).
        """,
        subcommands: [Open.self, Init.self, Demo.self, Check.self, CatalogCommand.self, Export.self, Import.self, SoACommand.self, EvidenceCommand.self, Watch.self, Serve.self, Keys.self],
        defaultSubcommand: Open.self
    )

    /// ArgumentParser's own messages (a bad option, `--help`) quote what was typed: they go
    /// through `Output` like everything else.
    static func main() {
        do {
            let arguments = Array(CommandLine.arguments.dropFirst())
            if let open = QuickOpen(arguments) {
                try open.run()
            } else {
                var command = try parseAsRoot(arguments)
                try command.run()
            }
        } catch {
            let message = fullMessage(for: error)
            let code = exitCode(for: error)
            if !message.isEmpty {
                if code == .success { Output.print(message) } else { Output.error(message) }
            }
            Foundation.exit(code.rawValue)
        }
    }
}
