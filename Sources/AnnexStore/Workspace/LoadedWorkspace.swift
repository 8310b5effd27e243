import AnnexDomain

/// A workspace as read from disk, with what was wrong in its files and where every record came
/// from, so problems found later can be reported as `path:line`.
public struct LoadedWorkspace: Sendable {
    public var workspace: Workspace
    /// Parse errors and warnings; records with errors are left out of `workspace`.
    public var issues: [FileIssue]
    /// Files that could not be parsed: the store refuses to write over them.
    public var unreadable: Set<String>
    var sources: [Subject: RecordSource]
    /// Bytes of each journal the load read (complete or torn), by path.
    var journalEnds: [String: Int] = [:]
    /// How many records and journals came from the parse cache instead of their files.
    var cachedFiles = 0
    /// Where each finding was first logged, by audit and id: kept apart from `sources`, as a
    /// large audit has a hundred thousand of them and a problem names few.
    var findingPlaces: [String: [String: FindingPlace]] = [:]

    /// Where a problem found by the ISMS checks lives on disk.
    public func issue(for problem: Problem) -> FileIssue {
        let severity: FileIssue.Severity = problem.severity == .error ? .error : .warning
        if case .finding(let audit, let id) = problem.subject, let place = findingPlaces[audit]?[id] {
            return FileIssue(severity, path: place.path, line: place.line, problem.message)
        }
        guard let source = sources[problem.subject] else {
            // A control with no entry belongs to the SoA's file, not to the configuration.
            if case .soa = problem.subject { return FileIssue(severity, path: WorkspaceLayout.soa, line: 1, problem.message) }
            return FileIssue(severity, path: WorkspaceLayout.config, problem.message)
        }
        return FileIssue(severity, path: source.path, line: source.lines.line(of: problem.field) ?? source.line, problem.message)
    }
}

struct FindingPlace: Sendable, Equatable {
    var path: String
    var line: Int
}

struct RecordSource: Sendable {
    var path: String
    /// The record's own line (the start of a list entry, or 1).
    var line: Int?
    var lines: LineIndex

    /// Where each entry of `soa.yaml` or a status file stands, in entry order (`controls[i]`).
    static func entries(_ entries: [SoAEntry], of reader: NodeReader, path: String) -> [RecordSource] {
        let lines = LineIndex(reader.node)
        return entries.indices.map { index in
            let scoped = lines.scoped(to: ["controls", String(index)])
            return RecordSource(path: path, line: scoped.line(of: []), lines: scoped)
        }
    }
}
