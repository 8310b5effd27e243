import AnnexDomain

/// The conclusion: the auditors' own words, or a plain summary of the counts that never reads as
/// a certification decision.
extension AuditReport {
    /// The auditors' own conclusion when written, else one generated from the counts.
    var conclusion: (paragraphs: [String], generated: Bool) {
        let written = audit.conclusion.trimmingWhitespace
        if !written.isEmpty { return (Self.paragraphs(written), false) }
        return ([generatedConclusion], true)
    }

    /// `Of the 7 checklist items, 4 were audited, 1 had a nonconformity, 1 was not audited and 1 is to go.`
    private var coverageSentence: String {
        func part(_ status: ItemStatus) -> String? {
            let n = progress.count(status)
            guard n > 0 else { return nil }
            let one = n == 1
            switch status {
            case .audited: return "\(n) \(one ? "was" : "were") audited"
            case .nonconformity: return "\(n) had a nonconformity"
            case .notAudited: return "\(n) \(one ? "was" : "were") not audited"
            case .toGo: return "\(n) \(one ? "is" : "are") to go"
            }
        }
        let parts = ItemStatus.listed.compactMap(part)
        let list = parts.count > 1 ? parts.dropLast().joined(separator: ", ") + " and " + parts.last! : parts.first ?? "none was audited"
        return "Of the \(progress.items) checklist \(progress.items == 1 ? "item" : "items"), \(list)."
    }

    private var generatedConclusion: String {
        func count(_ number: Int, _ one: String, _ many: String) -> String { "\(number) \(number == 1 ? one : many)" }
        let counts = progress.findings
        let major = counts[.major, default: 0], minor = counts[.minor, default: 0]
        var clauses: [String] = []
        switch (major, minor) {
        case (0, 0): clauses.append("no nonconformities were raised")
        case (_, 0): clauses.append(count(major, "major nonconformity was raised", "major nonconformities were raised"))
        case (0, _): clauses.append(count(minor, "minor nonconformity was raised", "minor nonconformities were raised"))
        default: clauses.append("\(major) major and \(minor) minor nonconformities were raised")
        }
        let observations = counts[.observation, default: 0], improvements = counts[.improvement, default: 0]
        let noted = [
            observations > 0 ? count(observations, "observation", "observations") : nil,
            improvements > 0 ? count(improvements, "opportunity for improvement", "opportunities for improvement") : nil,
        ].compactMap { $0 }
        if !noted.isEmpty { clauses.append(noted.joined(separator: " and ") + (observations + improvements == 1 ? " was noted" : " were noted")) }
        let conformities = counts[.conformity, default: 0]
        if conformities > 0 { clauses.append(count(conformities, "finding confirmed conformity", "findings confirmed conformity")) }
        var text = clauses.joined(separator: "; ")
        text = Self.capitalised(text) + "."
        text += " " + coverageSentence
        switch audit.status {
        case .inProgress: text += " The audit is still in progress, so these results are not final."
        case .planned: text += " The audit is only planned, so these results are not final."
        case .closed: break
        }
        text += " This summary is generated from the recorded findings; it states what the audit found against its criteria and is not a certification decision."
        return text
    }
}
