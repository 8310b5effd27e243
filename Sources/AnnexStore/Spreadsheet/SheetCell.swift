import AnnexDomain

/// One cell of a spreadsheet, as written or read: text is always text (never a formula).
public enum SheetCell: Sendable, Equatable {
    case text(String)
    case number(Double)
    case flag(Bool)
    case day(Day)
    case empty

    /// The cell as a person reads it: `2026-03-01` for a date, `3` for a whole number.
    public var plain: String {
        switch self {
        case .text(let text): text
        case .number(let number): number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
        case .flag(let flag): flag ? "yes" : "no"
        case .day(let day): day.description
        case .empty: ""
        }
    }
}

/// Spreadsheet dates count days from 1899-12-30 (the 1900 leap-year bug included, so every
/// date from March 1900 on is right).
enum SheetDate {
    static let epoch = Day(year: 1899, month: 12, day: 30)!

    static func serial(_ day: Day) -> Int { epoch.days(until: day) }
    static func day(serial: Double) -> Day? {
        guard serial.isFinite, serial >= 1, serial < 2_958_466 else { return nil }
        return epoch.adding(days: Int(serial.rounded(.down)))
    }
}
