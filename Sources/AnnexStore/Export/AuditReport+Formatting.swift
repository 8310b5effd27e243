import AnnexDomain
import Foundation

/// How the report writes paragraphs, durations and times, the same in every format.
extension AuditReport {
    /// Text split at blank lines; single line breaks stay inside their paragraph.
    static func paragraphs(_ text: String) -> [String] {
        var paragraphs: [String] = []
        var current: [String] = []
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false)
        for line in lines {
            if line.allSatisfy(\.isWhitespace) {
                if !current.isEmpty { paragraphs.append(current.joined(separator: "\n")) }
                current = []
            } else {
                current.append(String(line))
            }
        }
        if !current.isEmpty { paragraphs.append(current.joined(separator: "\n")) }
        return paragraphs
    }

    /// `1 h 05 min`, `25 min`; a few seconds show as `less than 1 min` rather than nothing.
    static func duration(_ seconds: Int) -> String {
        let minutes = seconds / 60 + (seconds % 60 >= 30 ? 1 : 0)
        if minutes == 0 { return seconds > 0 ? "less than 1 min" : "0 min" }
        if minutes < 60 { return "\(minutes) min" }
        return "\(minutes / 60) h " + String(format: "%02d", minutes % 60) + " min"
    }

    /// `2026-07-01 10:20 UTC`: to the minute, seconds dropped.
    static func minute(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let day = Day(date)
        let ofDay = seconds - day.daysSinceEpoch * 86_400
        return "\(day) " + String(format: "%02d:%02d", ofDay / 3600, ofDay / 60 % 60) + " UTC"
    }
}
