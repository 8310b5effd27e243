/// A field an import fills, and the headers consultants' templates give it.
public struct ImportField: Sendable, Equatable {
    public var name: String
    public var required: Bool
    public var help: String
    /// Normalized headers (see `ImportHeader.normalize`) that mean this field.
    var synonyms: [String]

    init(_ name: String, required: Bool = false, _ help: String, synonyms: [String]) {
        self.name = name
        self.required = required
        self.help = help
        self.synonyms = [ImportHeader.normalize(name)] + synonyms.map(ImportHeader.normalize)
    }
}

public enum ImportHeader {
    /// `Applicable (Y/N)?` → `applicable y n`: case, punctuation and spacing do not matter.
    public static func normalize(_ header: String) -> String {
        let words = header.lowercased().unicodeScalars.map { $0.properties.isAlphabetic || ("0"..."9").contains($0) ? Character($0) : " " }
        return String(words).split(separator: " ").joined(separator: " ")
    }

    /// Trailing words that decorate a header without changing what it names: `(Y/N)`, `(1-5)`.
    static let decorations = ["y n", "yes no", "y or n", "yes or no", "true false"]

    static func matches(_ header: String, _ synonyms: [String]) -> Bool {
        let normal = normalize(header)
        return synonyms.contains(normal) || synonyms.contains(undecorated(normal))
    }

    static func matchesExactly(_ header: String, _ synonyms: [String]) -> Bool {
        synonyms.contains(normalize(header))
    }

    private static func undecorated(_ normal: String) -> String {
        var words = normal.split(separator: " ").map(String.init)
        while words.count > 1, words.last?.allSatisfy(\.isNumber) == true { words.removeLast() }
        var text = words.joined(separator: " ")
        for decoration in decorations where text.hasSuffix(" " + decoration) { text = String(text.dropLast(decoration.count + 1)) }
        return text
    }
}

/// Which column holds which field: found from the header row, or named with `--map`.
public struct ColumnMap: Sendable, Equatable {
    public var headerRow: Int
    /// Field name to column index.
    public var columns: [String: Int]
    public var headers: [String]

    public func header(of field: String) -> String? { columns[field].map { headers[$0] } }

    /// Looks for the header row among the first rows (a template may have a title above it):
    /// the first that names every required field, or that `--map` names.
    static func find(in sheet: ImportedSheet, fields: [ImportField], explicit: [String: String], file: String) -> (ColumnMap?, [ImportProblem]) {
        var problems: [ImportProblem] = []
        for (field, _) in explicit.sorted(by: { $0.key < $1.key }) where !fields.contains(where: { $0.name == field }) {
            problems.append(ImportProblem(file: file, row: nil, column: nil, "--map \(field)=…: no such field; the fields are \(fields.map(\.name).joined(separator: ", "))"))
        }
        if !problems.isEmpty { return (nil, problems) }
        guard !sheet.rows.isEmpty else {
            return (nil, [ImportProblem(file: file, row: nil, column: nil, "is empty: no header row and no rows to import")])
        }
        let candidates = sheet.rows.prefix(10)
        let chosen = candidates.first { row in
            let headers = row.cells.map(\.plain)
            return fields.filter(\.required).allSatisfy { field in
                if let named = explicit[field.name] { return headers.contains { ImportHeader.normalize($0) == ImportHeader.normalize(named) } }
                return headers.contains { ImportHeader.matches($0, field.synonyms) }
            }
        } ?? candidates.first!
        let headers = chosen.cells.map(\.plain)
        /// A header that is exactly one field's name is not taken by another field's looser match.
        func exactlyClaimed(_ index: Int, byAnother field: ImportField) -> Bool {
            !ImportHeader.matchesExactly(headers[index], field.synonyms)
                && fields.contains { $0.name != field.name && ImportHeader.matchesExactly(headers[index], $0.synonyms) }
        }
        var columns: [String: Int] = [:]
        for field in fields {
            if let named = explicit[field.name] {
                guard let index = headers.firstIndex(where: { ImportHeader.normalize($0) == ImportHeader.normalize(named) }) else {
                    problems.append(ImportProblem(file: file, row: chosen.number, column: named, "--map \(field.name)=\(named): no such column; the headers are \(list(headers))"))
                    continue
                }
                columns[field.name] = index
                continue
            }
            let free = headers.indices.filter { index in
                !explicit.values.contains { ImportHeader.normalize($0) == ImportHeader.normalize(headers[index]) }
                    && !exactlyClaimed(index, byAnother: field)
            }
            let matching = free.filter { ImportHeader.matches(headers[$0], field.synonyms) }
            // `owner` beside `owner_name`: the column named as the field is the field.
            let named = matching.filter { ImportHeader.normalize(headers[$0]) == ImportHeader.normalize(field.name) }
            if matching.count > 1, named.count == 1 {
                columns[field.name] = named[0]
            } else if matching.count > 1 {
                problems.append(ImportProblem(file: file, row: chosen.number, column: nil,
                    "columns \(matching.map { "\"\(headers[$0])\"" }.joined(separator: " and ")) both look like \(field.name); choose one with --map \(field.name)=HEADER"))
            } else if let index = matching.first {
                columns[field.name] = index
            }
        }
        for field in fields where field.required && columns[field.name] == nil && explicit[field.name] == nil {
            problems.append(ImportProblem(file: file, row: chosen.number, column: field.name,
                "no column found (the headers are \(list(headers))); name it with --map \(field.name)=HEADER"))
        }
        return problems.isEmpty ? (ColumnMap(headerRow: chosen.number, columns: columns, headers: headers), []) : (nil, problems)
    }

    private static func list(_ headers: [String]) -> String {
        let named = headers.filter { !$0.isEmpty }
        return named.isEmpty ? "all empty" : named.map { "\"\($0)\"" }.joined(separator: ", ")
    }
}
