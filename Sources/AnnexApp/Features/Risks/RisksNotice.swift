import AnnexDomain

/// Everything the Risks screen says on the status line and in its questions.
public enum RisksNotice: NoticeWording {
    case showing(RiskView)
    case sortedBy(RiskColumn)
    case ascending(Bool)
    case filtersCleared
    case all(Int)
    case filtered(Int, summary: String)
    case noRiskSelected
    case confirmDelete(String, title: String)
    case added(String, level: String)
    case saved(String, level: String)
    case deleted(String)
    /// Saved, with something an auditor would ask about.
    case savedWithNote(Notice, RiskNote)
    case newRiskDiscarded
    case matrixUnchanged
    case matrixSaved(likelihood: Int, impact: Int, reRated: Int, remap: RatingRemap)

    public var words: MessageText {
        switch self {
        case .showing(let view): "Showing \(view.rawValue) ratings"
        case .sortedBy(let column): "Sorted by \(column.title.lowercased())"
        case .ascending(let ascending): ascending ? "Ascending" : "Descending"
        case .filtersCleared: "Filters cleared"
        case .all(let count): "All \(Self.risks(count))"
        case .filtered(let count, let summary): "\(Self.risks(count)): \(summary) (\(key: .clearFilters) clears)"
        case .noRiskSelected: "No risk selected; \(key: .addRisk) adds one"
        case .confirmDelete(let id, let title): "Delete \(id) \(title)? (\(key: .undo) undoes it)"
        case .added(let id, let level): "\(id) added (\(level))"
        case .saved(let id, let level): "\(id) saved (\(level))"
        case .deleted(let id): "\(id) deleted (\(key: .undo) undoes it)"
        case .savedWithNote(let saved, let note):
            switch note {
            case .residualAboveInherent(let residual, let inherent):
                MessageText(saved.words, then: "note: the residual rating \(residual) is above the inherent \(inherent)", separator: " (", closing: ")")
            case .unknownOwner(let owner):
                MessageText(saved.words, then: "note: '\(owner)' is not among the people in annex.yaml", separator: " (", closing: ")")
            }
        case .newRiskDiscarded: "New risk discarded"
        case .matrixUnchanged: "Risk matrix unchanged"
        case .matrixSaved(let likelihood, let impact, let reRated, let remap):
            "Risk matrix saved: \(likelihood)x\(impact)\(reRated > 0 ? ", \(reRated) risks re-rated (\(remap.rawValue))" : "")"
        }
    }

    private static func risks(_ count: Int) -> String { count == 1 ? "1 risk" : "\(count) risks" }

    public enum RiskNote: Sendable, Hashable {
        case residualAboveInherent(Int, Int)
        case unknownOwner(String)
    }
}

/// Why the risk or matrix form refuses to save, said beside its field.
public enum RisksFormProblem: NoticeWording {
    case needsTitle
    case badDate(label: String, value: String, example: Day)
    case residualHalfRated
    case acceptanceNeeded(level: String)
    /// What the domain finds wrong with a matrix, in its words (`annex check` says the same).
    case matrix(String)

    public var words: MessageText {
        switch self {
        case .needsTitle: "A risk needs a title"
        case .badDate(let label, let value, let example): "\(label) must be a date like \(example), not '\(value)'"
        case .residualHalfRated: "Rate both residual likelihood and impact, or neither"
        case .acceptanceNeeded(let level): "A \(level) residual risk can only be retained once someone accepts it: fill in Accepted by"
        case .matrix(let problem): MessageText(problem)
        }
    }
}
