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

    func run() throws {
        try reportingErrors {
            let folder = try path ?? Self.temporaryFolder()
            let store = try WorkspaceStore.create(at: folder, with: DemoOrganisation.make(today: Clock.today()))
            let loaded = try store.load()
            print("Demo workspace: \(store.root)")
            print(WorkspaceSummary(loaded.workspace).text)
            print("Try: annex check --workspace \(store.root)")
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
