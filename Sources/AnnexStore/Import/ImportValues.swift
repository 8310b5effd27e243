import AnnexDomain

/// Cell values read the way people type them in a spreadsheet. Each returns nil for a value it
/// cannot read, so the caller can say which row and column.
enum ImportValues {
    static func words(_ cell: SheetCell) -> String { ImportHeader.normalize(cell.plain) }

    static func isBlank(_ cell: SheetCell) -> Bool { cell.plain.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }

    static func text(_ cell: SheetCell) -> String { cell.plain.trimmingCharacters(in: .whitespacesAndNewlines) }

    static let yes: Set<String> = ["yes", "y", "true", "1", "x", "applicable", "included", "include", "in scope", "selected", "applies", "ja", "oui"]
    static let no: Set<String> = ["no", "n", "false", "0", "not applicable", "n a", "na", "excluded", "exclude", "not included", "out of scope", "not selected", "nein", "non"]

    static func applicable(_ cell: SheetCell) -> Bool? {
        if case .flag(let flag) = cell { return flag }
        if case .number(let number) = cell, number == 0 || number == 1 { return number == 1 }
        let value = words(cell)
        if yes.contains(value) { return true }
        if no.contains(value) { return false }
        return nil
    }

    static let statuses: [String: ImplementationStatus] = [
        "implemented": .implemented, "fully implemented": .implemented, "done": .implemented, "complete": .implemented,
        "completed": .implemented, "in place": .implemented, "operational": .implemented, "effective": .implemented,
        "partial": .partial, "partially implemented": .partial, "partly implemented": .partial, "partially": .partial,
        "in progress": .partial, "ongoing": .partial, "under way": .partial, "underway": .partial, "in implementation": .partial,
        "planned": .planned, "scheduled": .planned, "to do": .planned, "todo": .planned, "intended": .planned,
        "not started": .notStarted, "not implemented": .notStarted, "none": .notStarted, "open": .notStarted,
        "not yet started": .notStarted, "missing": .notStarted, "not started yet": .notStarted,
    ]

    /// An excluded control's status column often says so; that leaves the status as it is.
    static let noStatus: Set<String> = ["n a", "na", "not applicable", "excluded", "-"]

    static func status(_ cell: SheetCell) -> ImplementationStatus?? {
        let value = words(cell).replacingOccurrences(of: "_", with: " ")
        if noStatus.contains(value) || value.isEmpty { return .some(nil) }
        if let status = statuses[value] ?? ImplementationStatus(rawValue: cell.plain.trimmingCharacters(in: .whitespaces).lowercased()) { return status }
        return nil
    }

    /// A date cell, or text as `2026-03-01` or `01.03.2026` (day first). `03/01/2026` is
    /// refused: it reads as January in one country and March in another.
    static func day(_ cell: SheetCell) -> Day?? {
        if case .day(let day) = cell { return day }
        if case .number(let serial) = cell { return SheetDate.day(serial: serial).map { .some($0) } }
        let text = text(cell)
        if text.isEmpty { return .some(nil) }
        if let day = Day(String(text.prefix(10))), text.count == 10 || text.dropFirst(10).first == "T" || text.dropFirst(10).first == " " { return day }
        let parts = text.split(separator: ".").map { Int($0) }
        if parts.count == 3, let day = parts[0], let month = parts[1], let year = parts[2], year > 999,
           let date = Day(year: year, month: month, day: day) { return date }
        return nil
    }

    /// `A.8.5; A.5.15`, `A.8.5, A.5.15` or one per line.
    static func list(_ cell: SheetCell) -> [String] {
        cell.plain.split(whereSeparator: { ";\n,".contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// `Risk treatment; Contractual`, `RRA, LR`, `LR/CO`: one reason per item.
    static func reasonWords(_ cell: SheetCell) -> [String] {
        cell.plain.split(whereSeparator: { ";,/\n".contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    static let reasons: [String: InclusionReason] = [
        "risk treatment": .riskTreatment, "risk": .riskTreatment, "rra": .riskTreatment, "risk assessment": .riskTreatment,
        "results of risk assessment": .riskTreatment, "ra": .riskTreatment, "risk treatment plan": .riskTreatment,
        "legal or regulatory": .legal, "legal": .legal, "regulatory": .legal, "lr": .legal, "legal requirement": .legal,
        "legal regulatory": .legal, "legal and regulatory": .legal, "regulation": .legal, "law": .legal,
        "contractual": .contractual, "contract": .contractual, "co": .contractual, "contractual obligation": .contractual,
        "contractual obligations": .contractual,
        "business requirement": .business, "business": .business, "br": .business, "business requirements": .business,
        "best practice": .bestPractice, "bp": .bestPractice, "good practice": .bestPractice, "best practices": .bestPractice,
    ]

    static func reason(_ word: String) -> InclusionReason? {
        let normal = ImportHeader.normalize(word)
        return reasons[normal] ?? InclusionReason(rawValue: word.lowercased()) ?? InclusionReason.allCases.first { ImportHeader.normalize($0.title) == normal }
    }

    /// A whole number, or nil.
    static func integer(_ cell: SheetCell) -> Int? {
        if case .number(let number) = cell, number == number.rounded(), abs(number) < 1e9 { return Int(number) }
        return Int(text(cell))
    }
}
