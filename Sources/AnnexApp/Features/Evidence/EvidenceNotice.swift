import AnnexDomain

/// Everything the Evidence screen says on the status line.
public enum EvidenceNotice: NoticeWording {
    case noRecordSelected
    case registered(String)
    case saved(String)
    case discarded
    case unknownOwner(Notice, String)
    case confirmDelete(String, title: String, citedBy: [String])
    case deleted(String)

    public var words: MessageText {
        switch self {
        case .noRecordSelected: "No evidence record selected; \(key: .addEvidence) registers one"
        case .registered(let id): "\(id) registered (\(key: .undo) undoes it)"
        case .saved(let id): "\(id) saved"
        case .discarded: "New evidence record discarded"
        case .confirmDelete(let id, let title, let citing) where citing.isEmpty:
            "Delete the record \(id) \(title)? The file it points to stays (\(key: .undo) undoes it)"
        case .confirmDelete(let id, let title, let citing):
            "Delete the record \(id) \(title)? \(citing.joined(separator: ", ")) still cite it, and annex check will say so (\(key: .undo) undoes it)"
        case .deleted(let id): "Evidence record \(id) deleted (\(key: .undo) undoes it)"
        case .unknownOwner(let saved, let owner): MessageText(saved.words, then: "note: '\(owner)' is not among the people in annex.yaml", separator: " (", closing: ")")
        }
    }
}

/// Why the evidence form refuses to save, said beside its field.
public enum EvidenceFormProblem: NoticeWording {
    case needsTitle
    case badDate(String, String, example: Day)
    case expiresBeforeEffective(Day, Day)

    public var words: MessageText {
        switch self {
        case .needsTitle: "An evidence record needs a title"
        case .badDate(let label, let typed, let example): "\(label) must be a date like \(example), not '\(typed)'"
        case .expiresBeforeEffective(let expires, let effective): "It cannot expire (\(expires)) before it takes effect (\(effective))"
        }
    }
}
