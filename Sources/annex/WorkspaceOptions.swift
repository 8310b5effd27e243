import AnnexDomain
import AnnexStore
import ArgumentParser
import Foundation

/// Options every command that reads a workspace shares.
struct WorkspaceOptions: ParsableArguments {
    @Option(name: .long, help: "The workspace folder (default: ANNEX_WORKSPACE, or the current folder or a parent holding annex.yaml).")
    var workspace: String?

    func store() throws -> WorkspaceStore {
        try Self.store(explicit: workspace)
    }

    static func store(explicit workspace: String?) throws -> WorkspaceStore {
        let root = try WorkspaceLocator.find(
            explicit: workspace,
            environment: ProcessInfo.processInfo.environment,
            currentFolder: FileManager.default.currentDirectoryPath
        )
        return WorkspaceStore(root: root)
    }
}

enum Clock {
    /// Today's date; `ANNEX_TODAY=YYYY-MM-DD` pins it for reproducible checks and reports.
    static func today() -> Day {
        if let pinned = ProcessInfo.processInfo.environment["ANNEX_TODAY"], let day = Day(pinned) { return day }
        return Day(Date())
    }
}

/// Prints an error the way every command does (stderr, no stack trace) and exits non-zero.
func fail(_ message: String) -> ExitCode {
    Output.error("annex: \(message)")
    return ExitCode(1)
}

extension ParsableCommand {
    /// Runs a body whose store errors become a clean message and exit code 1.
    func reportingErrors(_ body: () throws -> Void) throws {
        try reportingStoreErrors(body)
    }
}

/// Runs a body whose store errors become a clean message and exit code 1.
func reportingStoreErrors(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as StoreError {
        throw fail(error.description)
    }
}
