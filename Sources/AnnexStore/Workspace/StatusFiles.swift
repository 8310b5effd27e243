import AnnexDomain
import Foundation

/// `status/<framework>.yaml`: the applicability and status of an imported framework's controls,
/// in the shape of `soa.yaml` (a list of entries by control id). The ISO SoA stays in
/// `soa.yaml`; a framework nobody decided on has no file. A file for a framework the workspace
/// does not have is an error with its line and left out; an entry naming a control its
/// framework lacks is an error with its line, the file's other entries still read.
enum StatusFiles {
    static func load(in store: WorkspaceStore, catalog: Catalog)
        -> (statements: [String: StatementOfApplicability], issues: [FileIssue], unreadable: Set<String>, sources: [Subject: RecordSource]) {
        var statements: [String: StatementOfApplicability] = [:]
        var sources: [Subject: RecordSource] = [:]
        var issues: [FileIssue] = []
        var unreadable: Set<String> = []
        let folder = WorkspaceLayout.statuses
        if let problem = store.folderProblem(folder) { issues.append(problem) }
        for path in store.files(in: folder, suffix: ".yaml") {
            let id = String((path as NSString).lastPathComponent.dropLast(".yaml".count))
            do {
                guard let framework = catalog.framework(id), id != ISO27001.frameworkID else {
                    let why = id == ISO27001.frameworkID
                        ? "ISO/IEC 27001:2022 is decided in soa.yaml, not here"
                        : "no framework '\(id)' in this workspace (catalogs/\(id).json): import it or rename the file"
                    throw StoreError(path: path, line: 1, why)
                }
                guard let text = try store.read(path) else { continue }
                let reader = try NodeReader.document(text, path: path, what: path)
                let (statement, warnings) = try SoACodec.decode(reader, framework: id)
                for (entry, source) in zip(statement.entries, RecordSource.entries(statement.entries, of: reader, path: path)) {
                    sources[.status(framework: id, control: entry.control)] = source
                    // One mistyped id must not hide every other decision of the file: the entry is
                    // reported and kept as written (a save patches the file around it).
                    guard !framework.contains(entry.control) else { continue }
                    let meant = framework.resolve(entry.control).map { " (did you mean \($0.id)?)" } ?? ""
                    issues.append(FileIssue(.error, path: path, line: source.lines.line(of: ["control"]) ?? 1,
                                            "\(entry.control) is not a control of \(framework.title) (\(id))\(meant)"))
                }
                issues += warnings
                statements[id] = statement
            } catch {
                unreadable.insert(path)
                issues.append((error as? StoreError)?.issue ?? FileIssue(.error, path: path, "\(error)"))
            }
        }
        return (statements, issues, unreadable, sources)
    }
}
