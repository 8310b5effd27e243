import Foundation

/// The byte ranges this process appended to each journal: the events are in memory already,
/// so reading the journal on from where it was must not add them a second time.
final class OwnAppends: @unchecked Sendable {
    private var ranges: [String: [Range<Int>]] = [:]
    private let lock = NSLock()

    func add(_ range: Range<Int>, to path: String) {
        lock.lock()
        defer { lock.unlock() }
        ranges[path, default: []].append(range)
    }

    /// Whether the line at `range` of `path` was written by this process; forgets ranges before `offset`.
    func contains(_ range: Range<Int>, in path: String) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return ranges[path]?.contains { $0.lowerBound <= range.lowerBound && range.upperBound <= $0.upperBound } ?? false
    }

    func forget(before offset: Int, in path: String) {
        lock.lock()
        defer { lock.unlock() }
        ranges[path]?.removeAll { $0.upperBound <= offset }
    }
}
