import AnnexDomain

/// What a spreadsheet import would do, read by the runtime from the file and the workspace on
/// disk, shown before anything is written (like `annex import … --dry-run`).
public struct ImportPreview: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable {
        case soa, risks

        public var records: String { self == .soa ? "controls" : "risks" }
    }

    public var kind: Kind
    public var file: String
    /// `R-004 (new), row 5:` then `  title: … → …`, change by change.
    public var lines: [String]
    /// `FILE:ROW: column: reason`: while there is any, nothing can be imported.
    public var problems: [String]
    public var notes: [String]
    /// The records as they are, and as the import makes them, in the same order.
    public var before: [Snapshot]
    public var after: [Snapshot]
    public var unchanged: Int
    public var scroll = 0

    public init(kind: Kind, file: String, lines: [String] = [], problems: [String] = [], notes: [String] = [],
                before: [Snapshot] = [], after: [Snapshot] = [], unchanged: Int = 0) {
        self.kind = kind
        self.file = file
        self.lines = lines
        self.problems = problems
        self.notes = notes
        self.before = before
        self.after = after
        self.unchanged = unchanged
    }

    public var changeCount: Int { after.count }
}
