import AnnexDomain
import Yams

/// Builds YAML with the key order the codec chooses (never sorted, never hashed) so the same
/// record always serialises to the same text and git diffs show only what changed.
struct YAMLMap {
    private(set) var pairs: [(Node, Node)] = []

    mutating func set(_ key: String, _ value: Node) {
        pairs.append((Node(key), value))
    }

    mutating func set(_ key: String, _ value: String) { set(key, YAMLWriter.string(value)) }
    mutating func set(_ key: String, _ value: Int) { set(key, Node(String(value))) }
    mutating func set(_ key: String, _ value: Bool) { set(key, Node(value ? "true" : "false")) }
    mutating func set(_ key: String, _ value: [String]) { set(key, YAMLWriter.list(value)) }
    mutating func set(_ key: String, _ value: YAMLMap) { set(key, value.node) }

    mutating func set(_ key: String, _ value: Day?) {
        set(key, value.map { Node($0.description) } ?? YAMLWriter.null)
    }

    /// Leaves the key out when the value is empty, to keep files short.
    mutating func setIfPresent(_ key: String, _ value: String?) {
        if let value, !value.isEmpty { set(key, value) }
    }

    var node: Node { .mapping(Node.Mapping(pairs, Tag(.map), .block)) }
}

enum YAMLWriter {
    static var null: Node { Node("null", Tag(.null)) }

    static func document(_ map: YAMLMap) -> String {
        // width -1: never fold long lines, so a field's text is on one line unless it has newlines.
        (try? Yams.serialize(node: map.node, indent: 2, width: -1, allowUnicode: true)) ?? ""
    }

    /// The lines of a document, without their newlines: the text of an entry being patched in.
    static func lines(_ map: YAMLMap) -> [String] {
        var lines = document(map).components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// One entry of a block list of mappings: `- key: value` and its other keys indented below.
    static func sequenceEntry(_ map: YAMLMap) -> [String] {
        let node = Node.sequence(Node.Sequence([map.node], Tag(.seq), .block))
        var lines = ((try? Yams.serialize(node: node, indent: 2, width: -1, allowUnicode: true)) ?? "").components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    static func list(_ values: [String]) -> Node {
        .sequence(Node.Sequence(values.map(string), Tag(.seq), .block))
    }

    /// Rows in block style, each row on one line: `- [low, medium, high]`.
    static func grid(_ rows: [[String]]) -> Node {
        .sequence(Node.Sequence(rows.map { .sequence(Node.Sequence($0.map(string), Tag(.seq), .flow)) }, Tag(.seq), .block))
    }

    static func list(_ maps: [YAMLMap]) -> Node {
        .sequence(Node.Sequence(maps.map(\.node), Tag(.seq), .block))
    }

    /// A string that reads back as the same string: quoted where YAML would take it for a
    /// number, boolean, null or date, literal block style where it spans lines.
    static func string(_ value: String) -> Node {
        if value.contains("\n") {
            return .scalar(Node.Scalar(value, Tag(.str), .literal))
        }
        let style: Node.Scalar.Style = needsQuotes(value) ? .doubleQuoted : .any
        return .scalar(Node.Scalar(value, Tag(.str), style))
    }

    private static func needsQuotes(_ value: String) -> Bool {
        if value.isEmpty { return true }
        if looksLikeAnotherType(value) || Day(value) != nil { return true }
        // Leading or trailing spaces and control characters only survive quoted.
        if value.first == " " || value.last == " " { return true }
        return value.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }
    }

    /// Plain scalars a YAML 1.1 or 1.2 reader would take for null, a boolean or a number.
    private static func looksLikeAnotherType(_ value: String) -> Bool {
        let lowered = value.lowercased()
        let words: Set<String> = ["~", "null", "true", "false", "yes", "no", "on", "off", "y", "n", ".inf", "-.inf", "+.inf", ".nan"]
        if words.contains(lowered) { return true }
        if Int(value) != nil || Double(value) != nil { return true }
        return lowered.hasPrefix("0x") || lowered.hasPrefix("0o") || lowered.hasPrefix("0b")
    }
}
