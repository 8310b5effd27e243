import Yams

/// Edits a YAML text in place, so a change to one field touches only that field's lines:
/// comments, blank lines, quoting, key order and keys Annex does not know keep their bytes.
/// Plans changes against the parsed text, then applies them; `false` from a planning call means
/// the text has a shape this cannot edit safely, and the caller rewrites the file instead.
struct YAMLPatch {
    private var lines: [String]
    private let carriageReturn: Bool
    /// Every mapping key of the document as (0-based line, 0-based column), in document order.
    private let keys: [(line: Int, column: Int)]
    private var edits: [Edit] = []

    private struct Edit {
        /// First line touched; `keep` characters of it stay (the indentation or `- ` of a list entry).
        var start: Int
        var keep: Int
        /// One past the last line replaced; equal to `start` for an insertion.
        var end: Int
        var replacement: [String]
        var isInsertion: Bool { end == start && keep == 0 }
    }

    init(text: String, root: Node) {
        var lines = text.components(separatedBy: "\n")
        carriageReturn = lines.first?.hasSuffix("\r") ?? false
        if carriageReturn { lines = lines.map { $0.hasSuffix("\r") ? String($0.dropLast()) : $0 } }
        self.lines = lines
        var keys: [(line: Int, column: Int)] = []
        Self.collectKeys(root, into: &keys)
        self.keys = keys.sorted { $0.line == $1.line ? $0.column < $1.column : $0.line < $1.line }
    }

    var text: String {
        var result = lines
        for edit in edits.sorted(by: { ($0.start, $0.isInsertion ? 0 : 1) > ($1.start, $1.isInsertion ? 0 : 1) }) {
            var replacement = edit.replacement
            if edit.keep > 0, !replacement.isEmpty {
                replacement[0] = String(result[edit.start].unicodeScalars.prefix(edit.keep)) + replacement[0]
            }
            result.replaceSubrange(edit.start..<edit.end, with: replacement)
        }
        return result.map { carriageReturn && !$0.isEmpty ? $0 + "\r" : $0 }.joined(separator: "\n")
    }

    // MARK: Planning

    /// Plans the edits that turn the entries of `mapping` from `old` into `new`: entries whose
    /// value is the same are left alone, changed ones rewritten, new ones inserted after their
    /// predecessor, and keys `new` no longer has removed (with the `legacy` keys an older Annex
    /// wrote, once the record changes).
    mutating func update(_ mapping: Node.Mapping, from old: YAMLMap, to new: YAMLMap, legacy: Set<String> = []) -> Bool {
        guard mapping.style != .flow, let first = mapping.first?.key.mark else { return false }
        let column = first.column - 1
        let present = Dictionary(mapping.compactMap { key, value in key.string.map { ($0, (key, value)) } }, uniquingKeysWith: { a, _ in a })
        let newKeys = new.pairs.compactMap { $0.0.string }
        for (index, pair) in new.pairs.enumerated() {
            guard let name = pair.0.string, !YAMLValue.same(old.value(at: [name]), pair.1) else { continue }
            if let (key, value) = present[name] {
                guard let mark = key.mark, mark.column - 1 == column else { return false }
                replace(line: mark.line - 1, column: column, value: value, with: render(name, pair.1))
            } else {
                let previous = newKeys[..<index].reversed().compactMap { present[$0]?.0.mark }.first
                let after = previous ?? mapping.compactMap { $0.key.mark }.last!
                insert(render(name, pair.1), at: span(line: after.line - 1, column: column).upperBound, indent: column)
            }
        }
        for (key, _) in mapping {
            guard let name = key.string, !newKeys.contains(name), let mark = key.mark else { continue }
            let removed = old.value(at: [name]) != nil && !YAMLValue.same(old.value(at: [name]), nil)
            guard removed || (legacy.contains(name) && !edits.isEmpty) else { continue }
            // The first key of a list entry carries the entry's `- `: removing it would merge entries.
            if mark.line == first.line, leadingText(mark.line - 1, column) != String(repeating: " ", count: column) { return false }
            let lines = span(line: mark.line - 1, column: column)
            edits.append(Edit(start: lines.lowerBound, keep: 0, end: lines.upperBound, replacement: []))
        }
        return true
    }

    /// Plans a new entry of a block list of mappings, after the entry at `after` (or after the last).
    mutating func append(_ entry: YAMLMap, to sequence: Node.Sequence, after: Int?) -> Bool {
        guard sequence.style != .flow, !sequence.isEmpty else { return false }
        let anchorIndex = min(after ?? sequence.count - 1, sequence.count - 1)
        guard case .mapping(let anchor) = sequence[anchorIndex], let firstKey = anchor.first?.key.mark,
              let lastKey = anchor.compactMap({ $0.key.mark }).max(by: { $0.line < $1.line }) else { return false }
        let column = firstKey.column - 1
        guard column >= 2, leadingText(firstKey.line - 1, column).hasSuffix("- ") else { return false }
        let text = YAMLWriter.sequenceEntry(entry)
        insert(text, at: span(line: lastKey.line - 1, column: column).upperBound, indent: column - 2)
        return true
    }

    /// Plans a new entry of a block list of mappings, before its first entry.
    mutating func prepend(_ entry: YAMLMap, to sequence: Node.Sequence) -> Bool {
        guard sequence.style != .flow, !sequence.isEmpty, case .mapping(let first) = sequence[0],
              let firstKey = first.first?.key.mark else { return false }
        let column = firstKey.column - 1
        guard column >= 2, leadingText(firstKey.line - 1, column).hasSuffix("- ") else { return false }
        insert(YAMLWriter.sequenceEntry(entry), at: firstKey.line - 1, indent: column - 2)
        return true
    }

    /// Plans taking out the entry at `index` of a block list of mappings, its lines and nothing else.
    mutating func remove(_ index: Int, of sequence: Node.Sequence) -> Bool {
        guard sequence.style != .flow, sequence.indices.contains(index), case .mapping(let entry) = sequence[index],
              let firstKey = entry.first?.key.mark,
              let lastKey = entry.compactMap({ $0.key.mark }).max(by: { $0.line < $1.line }) else { return false }
        let column = firstKey.column - 1
        guard column >= 2, leadingText(firstKey.line - 1, column).hasSuffix("- "),
              leadingText(firstKey.line - 1, column - 2).allSatisfy({ $0 == " " }) else { return false }
        let end = span(line: lastKey.line - 1, column: column).upperBound
        edits.append(Edit(start: firstKey.line - 1, keep: 0, end: end, replacement: []))
        return true
    }

    // MARK: Lines

    private mutating func replace(line: Int, column: Int, value: Node, with rendered: [String]) {
        let lines = span(line: line, column: column)
        var replacement = rendered.enumerated().map { $0.offset == 0 ? $0.element : String(repeating: " ", count: column) + $0.element }
        if lines.count == 1, replacement.count == 1, let comment = inlineComment(self.lines[line], value: value) {
            replacement[0] += comment
        }
        edits.append(Edit(start: lines.lowerBound, keep: column, end: lines.upperBound, replacement: replacement))
    }

    private mutating func insert(_ rendered: [String], at line: Int, indent: Int) {
        let prefix = String(repeating: " ", count: indent)
        // New keys placed after the same line keep the order they are planned in.
        if let at = edits.firstIndex(where: { $0.isInsertion && $0.start == line }) {
            edits[at].replacement += rendered.map { prefix + $0 }
        } else {
            edits.append(Edit(start: line, keep: 0, end: line, replacement: rendered.map { prefix + $0 }))
        }
    }

    /// The lines of the entry whose key is at (`line`, `column`): up to the next key at the same
    /// or a shallower indentation, less the blank lines and comments that precede that key.
    private func span(line: Int, column: Int) -> Range<Int> {
        var end = keys.first { $0.line > line && $0.column <= column }?.line ?? lines.count
        while end - 1 > line {
            let text = lines[end - 1]
            let indentation = text.prefix { $0 == " " }.count
            let rest = text.dropFirst(indentation)
            if rest.isEmpty || (rest.hasPrefix("#") && indentation <= column) { end -= 1 } else { break }
        }
        return line..<end
    }

    private func leadingText(_ line: Int, _ column: Int) -> String {
        String(lines[line].unicodeScalars.prefix(column))
    }

    /// ` # comment` after a one-line value, kept when that value is rewritten.
    private func inlineComment(_ line: String, value: Node) -> String? {
        guard case .scalar(let scalar) = value, let mark = scalar.mark else { return nil }
        let scalars = Array(line.unicodeScalars)
        var index = mark.column - 1
        guard index < scalars.count else { return nil }
        switch scalar.style {
        case .singleQuoted:
            index += 1
            while index < scalars.count {
                if scalars[index] == "'" {
                    if index + 1 < scalars.count, scalars[index + 1] == "'" { index += 2; continue }
                    break
                }
                index += 1
            }
            index += 1
        case .doubleQuoted:
            index += 1
            while index < scalars.count, scalars[index] != "\"" { index += scalars[index] == "\\" ? 2 : 1 }
            index += 1
        case .plain, .any:
            break
        default:
            return nil
        }
        while index + 1 < scalars.count {
            if scalars[index] == " " || scalars[index] == "\t", scalars[index + 1] == "#" {
                var start = index
                while start > 0, scalars[start - 1] == " " || scalars[start - 1] == "\t" { start -= 1 }
                return String(String.UnicodeScalarView(scalars[start...]))
            }
            index += 1
        }
        return nil
    }

    private func render(_ key: String, _ value: Node) -> [String] {
        var one = YAMLMap()
        one.set(key, value)
        return YAMLWriter.lines(one)
    }

    private static func collectKeys(_ node: Node, into keys: inout [(line: Int, column: Int)]) {
        switch node {
        case .mapping(let mapping):
            for (key, value) in mapping {
                if let mark = key.mark { keys.append((mark.line - 1, mark.column - 1)) }
                collectKeys(value, into: &keys)
            }
        case .sequence(let sequence):
            for item in sequence { collectKeys(item, into: &keys) }
        default:
            break
        }
    }
}
