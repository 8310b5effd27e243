import Yams

/// The line of every key in a YAML file, by key path (`["acceptance", "valid_until"]`, list
/// entries by index), so a problem found in the domain can be reported at its line.
struct LineIndex: Sendable {
    private var lines: [[String]: Int] = [:]

    init() {}

    init(_ node: Node) {
        walk(node, path: [])
    }

    /// The line of the deepest key of `path` that exists, so a missing field points at its parent.
    func line(of path: [String]) -> Int? {
        var probe = path
        while true {
            if let line = lines[probe] { return line }
            if probe.isEmpty { return nil }
            probe.removeLast()
        }
    }

    /// A copy whose paths start below `prefix`: for files that hold several records.
    func scoped(to prefix: [String]) -> LineIndex {
        var scoped = LineIndex()
        for (path, line) in lines where path.starts(with: prefix) {
            scoped.lines[Array(path.dropFirst(prefix.count))] = line
        }
        return scoped
    }

    private mutating func walk(_ node: Node, path: [String]) {
        if lines[path] == nil, let line = node.mark?.line { lines[path] = line }
        switch node {
        case .mapping(let mapping):
            for (key, value) in mapping {
                guard let name = key.string else { continue }
                let child = path + [name]
                if let line = key.mark?.line { lines[child] = line }
                walk(value, path: child)
            }
        case .sequence(let sequence):
            for (index, item) in sequence.enumerated() {
                walk(item, path: path + [String(index)])
            }
        default:
            break
        }
    }
}
