/// Every version of each finding of a log, oldest first, read like a dictionary by finding id.
/// Most findings are never edited: only the versions an edit replaced are stored, and the current
/// one comes from the log's findings, so folding 100,000 findings builds no table of 100,000
/// one-element arrays.
public struct FindingVersions: Sendable, Equatable {
    /// The versions each edit replaced, oldest first, by finding id (edited findings only).
    var replaced: [String: [Finding]] = [:]
    var findings: [Finding] = []
    var position: [String: Int] = [:]

    /// The finding's versions, oldest first, ending with the one in force; nil for an id never logged.
    public subscript(id: String) -> [Finding]? {
        guard let at = position[id] else { return nil }
        return (replaced[id] ?? []) + [findings[at]]
    }

    /// Each finding's versions, in the order first logged.
    public var values: [[Finding]] { findings.map { self[$0.id]! } }

    /// When the finding was first logged, whatever edits came after.
    func first(_ id: String) -> Finding? {
        guard let at = position[id] else { return nil }
        return replaced[id]?.first ?? findings[at]
    }
}
