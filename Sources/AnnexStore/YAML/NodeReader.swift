import AnnexDomain
import Yams

/// Reads a YAML mapping field by field, turning every wrong type or value into a `StoreError`
/// that names the file and the line of the offending key.
struct NodeReader {
    let path: String
    let mapping: Node.Mapping
    let line: Int
    private let entries: [String: (key: Node, value: Node)]

    init(path: String, node: Node, what: String) throws {
        guard case .mapping(let mapping) = node else {
            throw StoreError(path: path, line: node.mark?.line, "\(what) must be a mapping of keys to values")
        }
        self.path = path
        self.mapping = mapping
        line = node.mark?.line ?? 1
        var entries: [String: (key: Node, value: Node)] = [:]
        for (key, value) in mapping {
            guard let name = key.string else {
                throw StoreError(path: path, line: key.mark?.line, "keys must be plain text")
            }
            if entries[name] != nil {
                throw StoreError(path: path, line: key.mark?.line, "'\(name)' appears twice")
            }
            entries[name] = (key, value)
        }
        self.entries = entries
    }

    /// Parses a whole file into its root mapping.
    static func document(_ text: String, path: String, what: String) throws -> NodeReader {
        let root: Node?
        do {
            // The basic resolver skips Yams' per-scalar type-guessing regexes: the readers parse
            // numbers, dates and booleans themselves, and nulls are told apart by their style.
            root = try Yams.compose(yaml: text, .basic, .default, .utf8)
        } catch let error as YamlError {
            throw StoreError(path: path, line: YAMLErrors.line(of: error, in: text), YAMLErrors.reason(of: error))
        }
        guard let root else { throw StoreError(path: path, line: 1, "the file is empty") }
        try YAMLAliases.refuse(in: root, text: text, path: path)
        return try NodeReader(path: path, node: root, what: what)
    }

    var keys: [String] { mapping.compactMap { $0.key.string } }

    var node: Node { .mapping(mapping) }

    func has(_ key: String) -> Bool { entries[key] != nil && !isNull(entries[key]!.value) }

    func lineOf(_ key: String) -> Int { entries[key]?.key.mark?.line ?? line }

    func fail(_ key: String, _ message: String) -> StoreError {
        StoreError(path: path, line: lineOf(key), message)
    }

    /// Keys present that the record does not know: usually a typo worth a warning.
    func unknownKeys(known: Set<String>) -> [FileIssue] {
        mapping.compactMap { key, _ in
            guard let name = key.string, !known.contains(name) else { return nil }
            return FileIssue(.warning, path: path, line: key.mark?.line, "unknown key '\(name)' is ignored")
        }
    }

    private func scalar(_ key: String) throws -> String? {
        guard let (_, value) = entries[key], !isNull(value) else { return nil }
        guard case .scalar(let scalar) = value else { throw fail(key, "'\(key)' must be a single value") }
        return scalar.string
    }

    /// Null as written in a file (a plain `null`, `~` or nothing), or as built in memory for a merge.
    private func isNull(_ node: Node) -> Bool { YAMLValue.isNull(node) }

    func string(_ key: String) throws -> String { try scalar(key) ?? "" }

    func requiredString(_ key: String) throws -> String {
        guard let value = try scalar(key), !value.trimmingWhitespace.isEmpty else { throw fail(key, "'\(key)' is required") }
        return value
    }

    func optionalString(_ key: String) throws -> String? {
        guard let value = try scalar(key), !value.isEmpty else { return nil }
        return value
    }

    func int(_ key: String) throws -> Int {
        guard let text = try scalar(key) else { throw fail(key, "'\(key)' is required") }
        guard let value = Int(text) else { throw fail(key, "'\(key)' must be a whole number, not '\(text)'") }
        return value
    }

    func optionalInt(_ key: String) throws -> Int? {
        guard has(key) else { return nil }
        return try int(key)
    }

    func bool(_ key: String, default fallback: Bool) throws -> Bool {
        guard let text = try scalar(key) else { return fallback }
        switch text.lowercased() {
        case "true", "yes", "y", "on": return true
        case "false", "no", "n", "off": return false
        default: throw fail(key, "'\(key)' must be true or false, not '\(text)'")
        }
    }

    func day(_ key: String) throws -> Day? {
        guard let text = try scalar(key), !text.isEmpty else { return nil }
        guard let day = Day(text) else { throw fail(key, "'\(key)' must be a date like 2026-03-31, not '\(text)'") }
        return day
    }

    func requiredDay(_ key: String) throws -> Day {
        guard let day = try day(key) else { throw fail(key, "'\(key)' is required") }
        return day
    }

    func choice<T: RawRepresentable & CaseIterable>(_ key: String, default fallback: T? = nil) throws -> T where T.RawValue == String {
        guard let text = try scalar(key) else {
            if let fallback { return fallback }
            throw fail(key, "'\(key)' is required (one of \(T.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        guard let value = T(rawValue: text) else {
            throw fail(key, "'\(key)' must be one of \(T.allCases.map(\.rawValue).joined(separator: ", ")), not '\(text)'")
        }
        return value
    }

    /// A list of plain values; a single value is taken as a list of one.
    func strings(_ key: String) throws -> [String] {
        guard let (_, value) = entries[key], !isNull(value) else { return [] }
        switch value {
        case .scalar(let scalar): return scalar.string.isEmpty ? [] : [scalar.string]
        case .sequence(let sequence):
            return try sequence.map { item in
                guard case .scalar(let scalar) = item else {
                    throw StoreError(path: path, line: item.mark?.line, "each entry of '\(key)' must be a single value")
                }
                return scalar.string
            }
        default: throw fail(key, "'\(key)' must be a list")
        }
    }

    func map(_ key: String) throws -> NodeReader? {
        guard let (_, value) = entries[key], !isNull(value) else { return nil }
        return try NodeReader(path: path, node: value, what: "'\(key)'")
    }

    func maps(_ key: String) throws -> [NodeReader] {
        guard let (_, value) = entries[key], !isNull(value) else { return [] }
        guard case .sequence(let sequence) = value else { throw fail(key, "'\(key)' must be a list") }
        return try sequence.map { try NodeReader(path: path, node: $0, what: "each entry of '\(key)'") }
    }

    /// A list of lists of plain values (a grid).
    func grid(_ key: String) throws -> [[String]]? {
        guard let (_, value) = entries[key], !isNull(value) else { return nil }
        guard case .sequence(let rows) = value else { throw fail(key, "'\(key)' must be a list of rows") }
        return try rows.map { row in
            guard case .sequence(let cells) = row else {
                throw StoreError(path: path, line: row.mark?.line, "each row of '\(key)' must be a list")
            }
            return cells.map { $0.string ?? "" }
        }
    }
}

enum YAMLErrors {
    static func line(of error: YamlError, in text: String) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): mark.line
        case .reader(_, let offset?, _, _):
            // The byte the reader stopped at (a NUL, a control character).
            1 + text.utf8.prefix(offset).reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        case .duplicatedKeysInMapping(let duplicates, let context):
            duplicates.first.flatMap { secondLine(of: $0, in: text, after: context.mark.line) } ?? context.mark.line
        default: nil
        }
    }

    /// The line where `key` starts a mapping entry for the second time, from the mapping's line on.
    private static func secondLine(of key: String, in text: String, after start: Int) -> Int? {
        var seen = 0
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where index + 1 >= start {
            let entry = line.drop { $0 == " " || $0 == "-" }
            if entry.hasPrefix(key + ":") || entry.hasPrefix("\"\(key)\":") || entry.hasPrefix("'\(key)':") {
                seen += 1
                if seen == 2 { return index + 1 }
            }
        }
        return nil
    }

    static func reason(of error: YamlError) -> String {
        switch error {
        case .scanner(let context, let problem, _, _), .parser(let context, let problem, _, _),
             .composer(let context, let problem, _, _):
            let prefix = context.map { "\($0.text) " } ?? ""
            return "this is not valid YAML: \(prefix)\(problem)"
        case .reader(let problem, _, _, _): return "the file cannot be read as text: \(problem)"
        case .duplicatedKeysInMapping(let duplicates, _):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return "\(keys) \(duplicates.count == 1 ? "appears" : "appear") twice in one mapping: keep one"
        default: return "this is not valid YAML"
        }
    }
}
