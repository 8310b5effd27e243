import AnnexDomain
import AnnexStore
import ArgumentParser
import Foundation

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create a new workspace.",
        discussion: "Writes annex.yaml, an SoA listing all 93 Annex A controls, and empty registers. With --demo, writes the sample organisation instead."
    )

    @Argument(help: "Folder to create the workspace in (default: the current folder).")
    var folder: String?

    @Option(help: "The organisation's name.")
    var org: String?

    @Option(name: .customLong("demo"), help: "Write the demo organisation into this folder instead.")
    var demoFolder: String?

    func validate() throws {
        if demoFolder != nil, folder != nil {
            throw ValidationError("give either a folder or --demo FOLDER, not both")
        }
        if demoFolder != nil, org != nil {
            throw ValidationError("--org cannot be used with --demo: the demo has its own organisation")
        }
    }

    func run() throws {
        try reportingErrors {
            if let demoFolder {
                let store = try WorkspaceStore.create(at: demoFolder, with: DemoOrganisation.make(today: Clock.today()))
                Output.print("Wrote the demo workspace to \(store.root)")
                return
            }
            let name = org?.trimmingWhitespace ?? ""
            let workspace = Workspace.new(organisation: name.isEmpty ? "My organisation" : name)
            let store = try WorkspaceStore.create(at: folder ?? ".", with: workspace)
            Output.print("Created an Annex workspace in \(store.root)")
            Output.print("Next: edit annex.yaml (scope, people, risk matrix), then run 'annex check'.")
        }
    }
}
