import Foundation

/// What an auditor can mark a checklist item as, apart from logging findings on it.
public enum ChecklistItemState: String, Sendable, CaseIterable {
    case done
    case notAudited = "not_audited"
    /// Back to "to go": undoes `done` or `not_audited`.
    case open
}

/// One line of an auditor's append-only journal. History is never rewritten: an edit or a
/// withdrawal is a new event, and the current state is the fold of all events.
public enum AuditEvent: Sendable, Equatable {
    case logged(Finding)
    /// A new version of a logged finding. Its `at` is when the edit was made (not when the
    /// finding was first logged: `AuditLog.history` keeps that), so events order by time.
    case edited(Finding)
    case withdrawn(findingID: String, reason: String, by: String, at: Date)
    case itemMarked(item: String, state: ChecklistItemState, by: String, at: Date)
    /// Time an auditor spent on an item in one visit, recorded when they move on.
    case timed(item: String, seconds: Int, by: String, at: Date)

    public var at: Date {
        switch self {
        case .logged(let finding), .edited(let finding): finding.at
        case .withdrawn(_, _, _, let at), .itemMarked(_, _, _, let at), .timed(_, _, _, let at): at
        }
    }

    /// The auditor whose journal holds the event.
    public var author: String {
        switch self {
        case .logged(let finding), .edited(let finding): finding.auditor
        case .withdrawn(_, _, let by, _), .itemMarked(_, _, let by, _), .timed(_, _, let by, _): by
        }
    }
}

/// The current findings and item states of one audit, folded from every auditor's journal.
public struct AuditLog: Sendable, Equatable {
    /// Every event applied, in the order applied: the log's own history.
    public private(set) var events: [AuditEvent] = []
    public private(set) var findings: [Finding] = []
    public private(set) var withdrawn: [String: String] = [:]
    public private(set) var itemStates: [String: ChecklistItemState] = [:]
    /// Versions of each finding, oldest first, for the history view.
    public var history: FindingVersions { FindingVersions(replaced: replaced, findings: findings, position: position) }
    /// The versions edits replaced, by finding id: `history` adds the one in force.
    private var replaced: [String: [Finding]] = [:]
    /// Seconds spent on each checklist item, summed over visits and auditors.
    public private(set) var timeSpent: [String: Int] = [:]
    /// Findings in force per item and classification, kept up to date event by event so
    /// progress on a checklist costs one lookup per item, however many findings there are.
    public private(set) var activeCounts: [String: [FindingClass: Int]] = [:]
    private var position: [String: Int] = [:]
    /// Positions in `findings` by checklist item, in force and withdrawn, each in the order first
    /// logged: one item's findings are found without a scan, and a screenful without copying all.
    private var activeByItem: [String: [Int]] = [:]
    private var withdrawnByItem: [String: [Int]] = [:]
    /// New whenever the log is made or changed: what a cache derived from the log keeps instead of
    /// the log (holding the log would make the next event applied copy 100,000 findings).
    public private(set) var revision = UInt64.random(in: .min ... .max)

    /// The same events make the same log (the rest follows from them; `revision` is not content).
    public static func == (lhs: AuditLog, rhs: AuditLog) -> Bool { lhs.events == rhs.events }

    public init(events: [AuditEvent] = []) {
        // Journals of several auditors are merged by time; ties keep their order. Positions are
        // sorted, not the events: moving 100,000 findings around costs more than the sort.
        var times: [Date] = []
        times.reserveCapacity(events.count)
        for index in events.indices { times.append(events[index].at) }
        // Sized once: growing a table of 100,000 findings rehashes it a dozen times.
        position.reserveCapacity(events.count)
        findings.reserveCapacity(events.count + Self.headroom)
        // One auditor's journal is written in time order: most logs need no sort at all, and
        // keep the events given as they are (a million events are not copied).
        if zip(times, times.dropFirst()).allSatisfy({ $0 <= $1 }) {
            self.events = events
        } else {
            self.events = events.indices.sorted { (times[$0], $0) < (times[$1], $1) }.map { events[$0] }
        }
        for index in self.events.indices { fold(self.events[index]) }
        // Room for the findings of the session: the log is made while the first frame shows,
        // and an append to a full array copies all of it (40 MB for 100,000 findings) on the key
        // that logs a finding.
        self.events.reserveCapacity(self.events.count + Self.headroom)
    }

    /// Events and findings a log has room for beyond what it was made with.
    static let headroom = 4_096

    public mutating func apply(_ event: AuditEvent) {
        revision = UInt64.random(in: .min ... .max)
        events.append(event)
        fold(event)
    }

    /// Takes one event into the findings and indexes (`events` is kept by the caller).
    private mutating func fold(_ event: AuditEvent) {
        switch event {
        case .logged(let finding), .edited(let finding):
            // Each lookup hashes the id: on a journal of 100,000 findings every one counts.
            count(finding, by: 1)
            if let at = position[finding.id] {
                replaced[finding.id, default: []].append(findings[at])
                if withdrawn.removeValue(forKey: finding.id) == nil { count(findings[at], by: -1) }
                // An edit may move the finding to another item, and brings a withdrawn one back.
                Self.remove(at, from: &activeByItem, item: findings[at].item)
                Self.remove(at, from: &withdrawnByItem, item: findings[at].item)
                Self.insert(at, into: &activeByItem, item: finding.item)
                findings[at] = finding
            } else {
                position[finding.id] = findings.count
                activeByItem[finding.item, default: []].append(findings.count)
                findings.append(finding)
                // A withdrawal of a finding not logged yet is ignored, so a new one is never withdrawn.
            }
        case .withdrawn(let id, let reason, _, _):
            guard let at = position[id] else { break }
            if withdrawn[id] == nil {
                count(findings[at], by: -1)
                Self.remove(at, from: &activeByItem, item: findings[at].item)
                Self.insert(at, into: &withdrawnByItem, item: findings[at].item)
            }
            withdrawn[id] = reason
        case .itemMarked(let item, let state, _, _):
            itemStates[item] = state == .open ? nil : state
        case .timed(let item, let seconds, _, _):
            timeSpent[item, default: 0] = Self.adding(timeSpent[item, default: 0], max(0, seconds))
        }
    }

    public var totalTimeSpent: Int { timeSpent.values.reduce(0, Self.adding) }

    /// Time adds up to at most `Int.max`: a log built from any events never traps.
    static func adding(_ total: Int, _ seconds: Int) -> Int {
        let (sum, overflow) = total.addingReportingOverflow(seconds)
        return overflow ? Int.max : sum
    }

    private static func remove(_ position: Int, from index: inout [String: [Int]], item: String) {
        guard let at = index[item]?.firstIndex(of: position) else { return }
        index[item]?.remove(at: at)
    }

    private static func insert(_ position: Int, into index: inout [String: [Int]], item: String) {
        var positions = index[item, default: []]
        positions.insert(position, at: positions.firstIndex { $0 > position } ?? positions.endIndex)
        index[item] = positions
    }

    private mutating func count(_ finding: Finding, by step: Int) {
        activeCounts[finding.item, default: [:]][finding.classification, default: 0] += step
    }

    /// How many findings in force an item has.
    public func activeCount(on item: String) -> Int { activeCounts[item]?.values.reduce(0, +) ?? 0 }

    public func hasNonconformity(on item: String) -> Bool {
        guard let counts = activeCounts[item] else { return false }
        return counts[.major, default: 0] + counts[.minor, default: 0] > 0
    }

    /// Findings in force: logged or edited and not withdrawn, in the order first logged.
    public var activeFindings: [Finding] {
        findings.filter { withdrawn[$0.id] == nil }
    }

    /// The item's findings in force, in the order first logged.
    public func findings(on item: String) -> [Finding] {
        (activeByItem[item] ?? []).map { findings[$0] }
    }

    /// Where the finding `id` stands among the item's findings in force (no copies: an item may
    /// hold thousands).
    public func position(of id: String, on item: String) -> Int? {
        activeByItem[item]?.firstIndex { findings[$0].id == id }
    }

    /// Only the item's findings in force numbered `window` (a screenful of thousands).
    public func findings(on item: String, in window: Range<Int>) -> [Finding] {
        let positions = activeByItem[item] ?? []
        let clamped = window.clamped(to: positions.startIndex..<positions.endIndex)
        return positions[clamped].map { findings[$0] }
    }

    /// The item's finding in force numbered `index`, if there is one.
    public func finding(on item: String, at index: Int) -> Finding? {
        guard let positions = activeByItem[item], positions.indices.contains(index) else { return nil }
        return findings[positions[index]]
    }

    /// The item's withdrawn findings, in the order first logged: out of force, still on record.
    public func withdrawnFindings(on item: String) -> [Finding] {
        (withdrawnByItem[item] ?? []).map { findings[$0] }
    }

    public func withdrawnCount(on item: String) -> Int { withdrawnByItem[item]?.count ?? 0 }

    /// How many findings in force the item has: `findings(on:).count` without copying them.
    public func findingCount(on item: String) -> Int { activeByItem[item]?.count ?? 0 }

    /// The auditor's latest finding in force, found from the end: the session starts from it.
    public func lastActiveFinding(by auditor: String) -> Finding? {
        findings.last { $0.auditor == auditor && withdrawn[$0.id] == nil }
    }

    /// When a finding was first logged, whatever edits came after.
    public func loggedAt(_ id: String) -> Date? { history.first(id)?.at }

    public func finding(_ id: String) -> Finding? {
        guard let at = position[id] else { return nil }
        return findings[at]
    }
}

/// The process that writes an auditor's journal of an audit: one at a time, so two sessions of
/// one auditor (a dropped SSH connection whose process lives on) never log the same note twice.
public struct JournalHolder: Sendable, Hashable {
    public var host: String
    public var pid: Int32

    public init(host: String, pid: Int32) {
        self.host = host
        self.pid = pid
    }

    public var description: String { "pid \(pid) on \(host)" }
}
