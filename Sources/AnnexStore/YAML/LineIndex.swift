import Yams

/// The line of every key in a YAML file, by key path (`["acceptance", "valid_until"]`, list
/// entries by index), so a problem found in the domain can be reported at its line.
struct LineIndex: Sendable {
    private var lines: [[String]: Int] = [:]
    /// As the parse cache keeps it: unpacked only when a line is asked for (a problem to report),
    /// so a load from the cache builds no dictionaries it will not use.
    private var packed: [UInt8]?
    /// Set by `scoped(to:)`: the paths asked for are below it. The table stays the whole file's,
    /// shared, so scoping each of a file's thousand entries costs nothing until a line is asked for.
    private var prefix: [String] = []

    init() {}

    init(_ node: Node) {
        walk(node, path: [])
    }

    /// The line of the deepest key of `path` that exists, so a missing field points at its parent.
    func line(of path: [String]) -> Int? {
        let lines = whole
        var probe = prefix + path
        while true {
            if let line = lines[probe] { return line }
            if probe.count <= prefix.count { return nil }
            probe.removeLast()
        }
    }

    /// The index seen from below `prefix`: for files that hold several records.
    func scoped(to prefix: [String]) -> LineIndex {
        var scoped = self
        scoped.prefix += prefix
        return scoped
    }

    /// The whole file's index that `scoped(to:)` was taken from.
    var unscoped: LineIndex {
        var whole = self
        whole.prefix = []
        return whole
    }

    /// For the parse cache.
    func pack() -> [UInt8] {
        if let packed, prefix.isEmpty { return packed }
        let lines = unpacked
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

    /// The paths below the prefix, relative to it.
    private var unpacked: [[String]: Int] {
        guard !prefix.isEmpty else { return whole }
        var scoped: [[String]: Int] = [:]
        for (path, line) in whole where path.starts(with: prefix) {
            scoped[Array(path.dropFirst(prefix.count))] = line
        }
        return scoped
    }

    /// Every path of the file.
    private var whole: [[String]: Int] {
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
