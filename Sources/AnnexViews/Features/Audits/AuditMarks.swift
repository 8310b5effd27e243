import AnnexApp
import AnnexDomain
import Foundation

/// Where a checklist item stands, as a mark that reads without colour.
enum ChecklistMark {
    static func mark(_ state: ItemStatus, unicode: Bool) -> String {
        switch state {
        case .audited: unicode ? "✓" : "+"
        case .nonconformity: "!"
        case .notAudited: unicode ? "–" : "-"
        case .toGo: unicode ? "·" : "."
        }
    }

    static func role(_ state: ItemStatus) -> String {
        switch state {
        case .audited: "finding.conformity"
        case .nonconformity: "finding.major"
        case .notAudited: Role.dim
        case .toGo: Role.text
        }
    }

    /// `14/25 ✓11 !1 –2 ·11`: reached of the checklist, then each status's mark and count, in the
    /// order the report and the plan name them.
    static func counts(_ progress: AuditProgress, unicode: Bool) -> StyledLine {
        var line: StyledLine = [Span(progress.fraction + " ", Role.heading)]
        for status in ItemStatus.listed {
            line.append(Span("\(mark(status, unicode: unicode))\(progress.count(status)) ", role(status)))
        }
        return line
    }
}

/// Durations as an auditor reads them: `1:04:09` for clocks, `1 h 05 min` for totals.
enum Duration {
    static func clock(_ seconds: Int) -> String {
        let s = max(0, seconds)
        let (h, m, sec) = (s / 3600, (s % 3600) / 60, s % 60)
        return h > 0 ? "\(h):\(two(m)):\(two(sec))" : "\(two(m)):\(two(sec))"
    }

    static func total(_ seconds: Int) -> String {
        let minutes = max(0, seconds) / 60
        if minutes < 60 { return "\(minutes) min" }
        return "\(minutes / 60) h \(two(minutes % 60)) min"
    }

    private static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}

/// The session key of each classification, also its mark on screen: reads without colour.
enum FindingLetter {
    static func letter(_ classification: FindingClass) -> String {
        switch classification {
        case .conformity: "c"
        case .major: "M"
        case .minor: "m"
        case .observation: "o"
        case .improvement: "i"
        }
    }
}

enum TimeText {
    /// `2026-11-29 14:05` in UTC.
    static func dayAndTime(_ date: Date) -> String {
        let days = Int((date.timeIntervalSince1970 / 86_400).rounded(.down))
        return "\(Day(daysSinceEpoch: days)) \(hourMinute(date))"
    }

    /// `14:05` in UTC, as the journal stores times.
    static func hourMinute(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970) % 86_400
        let minutes = (seconds < 0 ? seconds + 86_400 : seconds) / 60
        return (minutes / 60 < 10 ? "0" : "") + "\(minutes / 60):" + (minutes % 60 < 10 ? "0" : "") + "\(minutes % 60)"
    }
}
