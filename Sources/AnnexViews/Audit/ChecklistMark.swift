import AnnexApp

/// Where a checklist item stands, as a mark that reads without colour.
enum ChecklistMark {
    static func mark(_ state: ItemProgress.State, unicode: Bool) -> String {
        switch state {
        case .done: unicode ? "✓" : "+"
        case .nonconformity: "!"
        case .notAudited: unicode ? "–" : "-"
        case .toGo: unicode ? "·" : "."
        }
    }

    static func role(_ state: ItemProgress.State) -> String {
        switch state {
        case .done: "finding.conformity"
        case .nonconformity: "finding.major"
        case .notAudited: Role.dim
        case .toGo: Role.text
        }
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
