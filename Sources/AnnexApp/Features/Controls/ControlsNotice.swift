import AnnexDomain

/// Everything the Controls screen says on the status line.
public enum ControlsNotice: NoticeWording {
    case clausesHaveNoEntry
    case selectAControl
    case excludedHasNoStatus(String)
    case statusSet(String, ImplementationStatus)
    case reviewed(String, Day)
    case applicability(String, included: Bool)
    case fieldSaved(String, SoAField)
    case reasonsSaved(String, [InclusionReason])
    case excludedHasNoReasons(String)
    /// A save that went through with something worth saying about the value.
    case savedWithNote(Notice, note: SoANote)
    case soaApproved(String, by: String, on: Day)
    case soaDraft(String, of: Day)
    case filtersCleared
    case filterCleared
    case matches(Int, text: String)
    case filtered(summary: String, shown: Int)
    case withdrawnHasNoEntry(String)
    case onlyOneFramework
    case frameworkShown(String, controls: Int)

    /// Accepted, but the workspace does not know it (yet).
    public enum SoANote: Sendable, Hashable {
        case unknownPerson(String)
        case unknownEvidence([String])
        /// Excluded, while these risks' treatment relies on it.
        case reliedOnBy([String])
    }

    public var words: MessageText {
        switch self {
        case .clausesHaveNoEntry: "Clauses are always in scope and have no SoA entry"
        case .selectAControl: "Select a control first"
        case .excludedHasNoStatus(let control): "\(control) is excluded; include it (\(key: .toggleApplicable)) before setting its status"
        case .statusSet(let control, let status): "\(control) status: \(status.title)"
        case .reviewed(let control, let day): "\(control) reviewed \(day)"
        case .applicability(let control, let included): "\(control) \(included ? "included" : "excluded")"
        case .fieldSaved(let control, let field): "\(control) \(field.rawValue) saved"
        case .reasonsSaved(let control, let reasons):
            reasons.isEmpty ? "\(control): no reason for inclusion recorded" : "\(control) included for: \(reasons.map(\.title).joined(separator: ", "))"
        case .excludedHasNoReasons(let control): "\(control) is excluded: only included controls have reasons (its justification says why it is out)"
        case .savedWithNote(let saved, let note):
            switch note {
            case .unknownPerson(let owner): MessageText(saved.words, then: "note: '\(owner)' is not among the people in annex.yaml", separator: " (", closing: ")")
            case .unknownEvidence(let ids): MessageText(saved.words, then: "note: \(ids.joined(separator: ", ")) not in the evidence register", separator: " (", closing: ")")
            case .reliedOnBy(let risks):
                MessageText(saved.words, then: "note: the treatment of \(risks.prefix(5).joined(separator: ", "))\(risks.count > 5 ? " and \(risks.count - 5) more" : "") relies on it", separator: " (", closing: ")")
            }
        case .soaApproved(let version, let by, let day): "SoA version \(version) approved by \(by) on \(day) (\(key: .undo) undoes it)"
        case .soaDraft(let version, let day): "SoA version \(version) of \(day) is a draft (\(key: .undo) undoes it)"
        case .filtersCleared: "Filters cleared"
        case .filterCleared: "Filter cleared"
        case .matches(let shown, let text): "\(shown) \(shown == 1 ? "control matches" : "controls match") \"\(text)\""
        case .filtered(let summary, let shown): "Filter: \(summary) (\(shown) shown; \(key: .clearFilters) clears)"
        case .withdrawnHasNoEntry(let control): "\(control) is withdrawn: decide on the controls it went to"
        case .onlyOneFramework: "ISO/IEC 27001:2022 is the only framework: annex import oscal FILE.json adds another"
        case .frameworkShown(let title, let controls): "\(title): \(controls) controls (\(key: .nextFramework) for the next framework)"
        }
    }
}

/// Why a form refuses to save, said beside the field.
public enum ControlsFormProblem: NoticeWording {
    case justificationRequired(include: Bool)

    public var words: MessageText {
        switch self {
        case .justificationRequired(let include): "A justification is required to \(include ? "include" : "exclude") a control"
        }
    }
}
