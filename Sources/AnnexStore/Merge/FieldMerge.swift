import AnnexDomain
import Yams

/// The three-way merge of one record, field by field: `base` is the version the edit began
/// from, `mine` the edit, `theirs` what the file holds now. A field only one side changed takes
/// that side; a field both changed differently is a conflict. Nested mappings merge key by key.
enum FieldMerge {
    struct Result {
        var merged: YAMLMap
        var conflicts: [FieldConflict]
    }

    static func merge(base: YAMLMap?, mine: YAMLMap, theirs: YAMLMap?) -> Result {
        guard let theirs else { return Result(merged: mine, conflicts: []) }
        var conflicts: [FieldConflict] = []
        let pairs = merge(base: base?.node, mine: mine.node, theirs: theirs.node, path: [], conflicts: &conflicts)
        return Result(merged: YAMLMap(pairs: pairs), conflicts: conflicts)
    }

    /// Keys in the user's order, then any key only the file has.
    private static func merge(base: Node?, mine: Node, theirs: Node, path: [String], conflicts: inout [FieldConflict]) -> [(Node, Node)] {
        let baseEntries = entries(base), mineEntries = entries(mine), theirEntries = entries(theirs)
        var keys = mineEntries.map(\.0)
        for (key, _) in theirEntries where !keys.contains(key) { keys.append(key) }
        var result: [(Node, Node)] = []
        for key in keys {
            let b = value(key, baseEntries), m = value(key, mineEntries), t = value(key, theirEntries)
            let chosen: Node?
            if YAMLValue.same(m, t) {
                chosen = m ?? t
            } else if YAMLValue.same(m, b) {
                chosen = t
            } else if YAMLValue.same(t, b) {
                chosen = m
            } else if let m, let t, case .mapping = m, case .mapping = t {
                let inner = merge(base: b, mine: m, theirs: t, path: path + [key], conflicts: &conflicts)
                chosen = .mapping(Node.Mapping(inner, Tag(.map), .block))
            } else {
                conflicts.append(FieldConflict(
                    field: (path + [key]).joined(separator: "."),
                    base: YAMLValue.display(b), mine: YAMLValue.display(m), theirs: YAMLValue.display(t)
                ))
                chosen = m
            }
            if let chosen { result.append((Node(key), chosen)) }
        }
        return result
    }

    private static func entries(_ node: Node?) -> [(String, Node)] {
        guard case .mapping(let mapping)? = node else { return [] }
        return mapping.compactMap { key, value in key.string.map { ($0, value) } }
    }

    private static func value(_ key: String, _ entries: [(String, Node)]) -> Node? {
        entries.first { $0.0 == key }?.1
    }

    /// Resolves conflicts to one side: the user's value (`keepMine`) or the file's.
    static func resolve(_ result: Result, theirs: YAMLMap, keepMine: Bool) -> YAMLMap {
        guard !keepMine else { return result.merged }
        var fields = result.merged
        for conflict in result.conflicts {
            fields = fields.replacing(path: conflict.field.split(separator: ".").map(String.init), with: theirs.value(at: conflict.field.split(separator: ".").map(String.init)))
        }
        return fields
    }
}

extension YAMLMap {
    func value(at path: [String]) -> Node? {
        var node: Node? = self.node
        for key in path {
            guard case .mapping(let mapping)? = node else { return nil }
            node = mapping.first { $0.key.string == key }?.value
        }
        return node
    }

    /// A copy with the value at `path` replaced (nil removes the key).
    func replacing(path: [String], with value: Node?) -> YAMLMap {
        YAMLMap(pairs: Self.replace(in: node, path: path[...], with: value))
    }

    private static func replace(in node: Node, path: ArraySlice<String>, with value: Node?) -> [(Node, Node)] {
        guard case .mapping(let mapping) = node, let key = path.first else { return [] }
        var pairs: [(Node, Node)] = []
        var found = false
        for (name, child) in mapping {
            guard name.string == key else { pairs.append((name, child)); continue }
            found = true
            if path.count == 1 {
                if let value { pairs.append((name, value)) }
            } else {
                pairs.append((name, .mapping(Node.Mapping(replace(in: child, path: path.dropFirst(), with: value), Tag(.map), .block))))
            }
        }
        if !found, path.count == 1, let value { pairs.append((Node(key), value)) }
        return pairs
    }
}
