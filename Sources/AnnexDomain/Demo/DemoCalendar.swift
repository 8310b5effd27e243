import Foundation

/// The demo's dates, all counted from the day it is made: never the clock, so it is repeatable.
struct DemoCalendar {
    let today: Day

    /// `offset` days from today: negative is the past.
    func day(_ offset: Int) -> Day { today.adding(days: offset) }

    /// An instant on a day, UTC.
    func time(_ offset: Int, _ hour: Int, _ minute: Int) -> Date {
        let seconds = day(offset).daysSinceEpoch * 86_400 + hour * 3_600 + minute * 60
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    /// Monday 1 … Sunday 7 of the day `offset` days from today (1970-01-01 was a Thursday).
    func weekday(_ offset: Int) -> Int {
        let days = day(offset).daysSinceEpoch
        return ((days + 3) % 7 + 7) % 7 + 1
    }

    /// The offset of the Monday on or before the day `offset` days from today: audits start on Mondays.
    func monday(onOrBefore offset: Int) -> Int { offset - (weekday(offset) - 1) }

    /// The last `count` working days (Monday to Friday) before today, oldest first.
    func workingDays(beforeToday count: Int) -> [Int] {
        var found: [Int] = []
        var offset = -1
        while found.count < count {
            if weekday(offset) <= 5 { found.insert(offset, at: 0) }
            offset -= 1
        }
        return found
    }

    /// `2026Q3`: how the company names quarterly reports, for the day `offset` days from today.
    func quarter(_ offset: Int) -> String {
        let date = day(offset)
        return "\(date.year)Q\((date.month - 1) / 3 + 1)"
    }

    /// `2026-10`: how monthly reports are named.
    func month(_ offset: Int) -> String {
        String(day(offset).description.prefix(7))
    }

    /// `2026`.
    func year(_ offset: Int) -> String { String(day(offset).year) }
}
