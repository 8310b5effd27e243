import Foundation

/// Time spent per item in the demo audits: one visit per audited item, recorded just after its
/// last event, lasting 10 to 39 minutes (fixed per item so the demo is the same every time).
enum DemoTimeSpent {
    static func adding(to events: [AuditEvent]) -> [AuditEvent] {
        var last: [String: (by: String, at: Date)] = [:]
        var order: [String] = []
        for event in events {
            let item: String
            switch event {
            case .logged(let finding), .edited(let finding): item = finding.item
            case .itemMarked(let marked, let state, _, _) where state != .notAudited: item = marked
            default: continue
            }
            if last[item] == nil { order.append(item) }
            if event.at >= last[item]?.at ?? .distantPast { last[item] = (event.author, event.at) }
        }
        return events + order.compactMap { item in
            guard let visit = last[item] else { return nil }
            let minutes = 10 + item.unicodeScalars.reduce(0) { ($0 * 31 + Int($1.value)) % 997 } % 30
            return .timed(item: item, seconds: minutes * 60, by: visit.by, at: visit.at.addingTimeInterval(60))
        }
    }
}
