import Yams

/// Annex never writes anchors and aliases, and a file that uses them can be a few hundred bytes
/// that expand to billions of values ("billion laughs"). An alias is the anchored node again,
/// with the same position in the file: the first position met twice is refused, so the check
/// itself never walks an expansion. (A mapping starts where its first key does, so a position
/// is told apart by the kind of node too.)
enum YAMLAliases {
    static func refuse(in root: Node, text: String, path: String) throws {
        // An alias needs a `*` somewhere in the file; most records have none, and are not walked.
        guard text.utf8.contains(UInt8(ascii: "*")) else { return }
        var seen: Set<Int> = []
        var pending = [root]
        while let node = pending.popLast() {
            guard let mark = node.mark else { continue }
            let kind = switch node {
            case .mapping: 0
            case .sequence: 1
            default: 2
            }
            let position = (mark.line &* 1_000_003 &+ mark.column) &* 3 &+ kind
            guard seen.insert(position).inserted else {
                throw StoreError(path: path, line: mark.line, "the value here is used again through an alias (*name): Annex files do not use anchors and aliases; write the values out")
            }
            switch node {
            case .mapping(let mapping):
                for (key, value) in mapping.reversed() { pending += [value, key] }
            case .sequence(let sequence):
                pending += sequence.reversed()
            default:
                break
            }
        }
    }
}
