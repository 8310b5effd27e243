import Yams

/// The line of every key in a YAML file, by key path (`["acceptance", "valid_until"]`, list
/// entries by index), so a problem found in the domain can be reported at its line.
struct LineIndex: Sendable {
    private var lines: [[String]: Int] = [:]
    /// As the parse cache keeps it: unpacked only when a line is asked for (a problem to report),
    /// so a load from the cache builds no dictionaries it will not use.
    private var packed: [UInt8]?

    init() {}

    init(_ node: Node) {
        walk(node, path: [])
    }

    /// The line of the deepest key of `path` that exists, so a missing field points at its parent.
    func line(of path: [String]) -> Int? {
        let lines = unpacked
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
        for (path, line) in unpacked where path.starts(with: prefix) {
            scoped.lines[Array(path.dropFirst(prefix.count))] = line
        }
        return scoped
    }

    /// For the parse cache.
    func pack() -> [UInt8] {
        if let packed { return packed }
        var writer = CacheWriter()
        writer.int(lines.count)
        for (path, line) in lines.sorted(by: { $0.value < $1.value || ($0.value == $1.value && $0.key.count < $1.key.count) }) {
            writer.strings(path)
            writer.int(line)
        }
        return writer.finished()
    }

    init(packed: [UInt8]) {
        self.packed = packed
    }

    /// Every key path with its line.
    var entries: [[String]: Int] { unpacked }

    private var unpacked: [[String]: Int] {
        guard let packed else { return lines }
        // The cache's checksum held when it was read: a failure here is a bug, and costs only line numbers.
        guard var reader = try? CacheReader(packed), let count = try? reader.count() else { return [:] }
        var lines: [[String]: Int] = [:]
        for _ in 0..<count {
            guard let path = try? reader.strings(), let line = try? reader.int() else { break }
            lines[path] = line
        }
        return lines
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
