import AnnexDomain
import AnnexStore
import ArgumentParser
import Foundation

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validate every file and the ISMS itself.",
        discussion: """
        Lists each problem as path:line: severity: reason, errors first. Exits 1 when there are \
        errors, so it can run in CI or a pre-commit hook.
        """
    )

    @OptionGroup var options: WorkspaceOptions

    @Flag(help: "Exit 1 on warnings too.")
    var strict = false

    func run() throws {
        let store: WorkspaceStore
        let loaded: LoadedWorkspace
        do {
            store = try options.store()
            loaded = try store.load(cached: true)
        } catch let error as StoreError {
            Output.print(CheckLine.format(error.issue))
            Output.print("1 error, 0 warnings")
            throw ExitCode(1)
        }
        var checker = ISMSChecker(today: Clock.today())
        checker.soaWasRead = !loaded.unreadable.contains(WorkspaceLayout.soa)
        let problems = checker.problems(in: loaded.workspace)
        let issues = loaded.issues + problems.map(loaded.issue(for:)) + store.verifyEvidenceFiles(loaded)
        let errors = issues.filter { $0.severity == .error }
        let warnings = issues.filter { $0.severity == .warning }
        for issue in errors + warnings { Output.print(CheckLine.format(issue)) }
        Output.print("\(errors.count) \(errors.count == 1 ? "error" : "errors"), \(warnings.count) \(warnings.count == 1 ? "warning" : "warnings")")
        if !errors.isEmpty || (strict && !warnings.isEmpty) { throw ExitCode(1) }
    }
}

enum CheckLine {
    /// `path:line: error: message`, the form compilers use, so editors can jump to it.
    static func format(_ issue: FileIssue) -> String {
        let place = issue.line.map { "\(issue.path):\($0)" } ?? issue.path
        return "\(place): \(issue.severity.rawValue): \(issue.message)"
    }
}
