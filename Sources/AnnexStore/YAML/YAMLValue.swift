import Yams

/// Comparing and showing YAML values by what they say, not how they are written: `'yes'` and
/// `yes` are the same text, a flow list and a block list with the same items are the same list.
enum YAMLValue {
    static func same(_ one: Node?, _ other: Node?) -> Bool {
        switch (one, other) {
        case (nil, nil): return true
        case (let one?, nil), (nil, let one?): return isNull(one)
        case (.scalar(let a), .scalar(let b)):
            return isNull(.scalar(a)) == isNull(.scalar(b)) && (isNull(.scalar(a)) || a.string == b.string)
        case (.sequence(let a), .sequence(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { same($0, $1) }
        case (.mapping(let a), .mapping(let b)):
            let left = a.map { ($0.key.string ?? "", $0.value) }, right = b.map { ($0.key.string ?? "", $0.value) }
            return left.count == right.count && zip(left, right).allSatisfy { $0.0 == $1.0 && same($0.1, $1.1) }
        case (let one?, let other?):
            return isNull(one) && isNull(other)
        }
    }

    static func isNull(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node else { return false }
        // By name: `Tag(.null)` would build Yams' default resolver (a dozen regular expressions) on first use.
        if scalar.tag.description == Tag.Name.null.rawValue { return true }
        return (scalar.style == .plain || scalar.style == .any) && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// One line a person can read in a conflict: a list as `a, b`, a mapping as `key: value; …`.
    static func display(_ node: Node?) -> String {
        guard let node, !isNull(node) else { return "" }
        switch node {
        case .scalar(let scalar): return scalar.string
        case .sequence(let items): return items.map(display).joined(separator: ", ")
        case .mapping(let pairs):
            return pairs.map { "\($0.key.string ?? ""): \(display($0.value))" }.joined(separator: "; ")
        case .alias: return ""
        }
    }
}
