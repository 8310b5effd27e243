import Yams

/// What an import would do, worked out before anything is written: every change with the rows
/// it came from, the notes (mapped ids, merges, names not in `annex.yaml`) and the errors.
public struct ImportPlan<Record: Sendable & Equatable>: Sendable {
    public struct Change: Sendable {
        /// `A.5.1`, `R-001`, or a new risk's id.
        public var name: String
        public var before: Record?
        public var after: Record
        public var rows: [Int]
        /// `status: not_started → implemented`, one per changed field.
        public var fields: [String]

        public var isNew: Bool { before == nil }
    }

    public var file: String
    public var changes: [Change] = []
    /// Records the file names whose values are already those of the workspace.
    public var unchanged = 0
    public var notes: [ImportProblem] = []
    public var errors: [ImportProblem] = []

    public init(file: String) { self.file = file }

    mutating func error(_ row: Int?, _ column: String?, _ message: String) {
        errors.append(ImportProblem(file: file, row: row, column: column, message))
    }

    mutating func note(_ row: Int?, _ column: String?, _ message: String) {
        notes.append(ImportProblem(file: file, row: row, column: column, message))
    }
}

enum FieldDifference {
    /// `field: before → after` for each field whose value differs, as the YAML would show it.
    static func lines(before: YAMLMap?, after: YAMLMap, fields: [String]) -> [String] {
        fields.compactMap { field in
            let old = before?.value(at: [field]), new = after.value(at: [field])
            if let old, let new, YAMLValue.same(old, new) { return nil }
            if old == nil, new == nil { return nil }
            if before == nil, let new, YAMLValue.display(new).isEmpty { return nil }
            return "\(field): \(show(old)) → \(show(new))"
        }
    }

    private static func show(_ value: Yams.Node?) -> String {
        guard let value, !YAMLValue.isNull(value) else { return "(none)" }
        let text = YAMLValue.display(value)
        let short = text.count > 60 ? String(text.prefix(57)) + "…" : text
        return text.isEmpty ? "\"\"" : (short.contains(" ") || short.isEmpty ? "\"\(short)\"" : short)
    }
}
