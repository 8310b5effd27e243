/// Presenter mode's mask (`--redact`): the workspace as a demo may show it. People become stable
/// pseudonyms ("Person 3", id `Person-3`) and every free text a placeholder of about its length;
/// ids, control titles, statuses, ratings, dates and counts stay, so the ISMS still looks like
/// itself. Applied where data enters the views and exports (the loaded workspace, every change
/// followed from disk), so no screen or export has to remember it.
///
/// A value that keeps its pseudonyms: the same person is the same "Person N" in everything one
/// run redacts, including records and events that arrive later.
public struct Redaction: Sendable {
    /// Pseudonym numbers by person id, name or free-text name, lowercased.
    private var numbers: [String: Int] = [:]
    private var count = 0

    public init() {}

    public static let placeholder = "(redacted)"

    public mutating func workspace(_ workspace: Workspace) -> Workspace {
        var masked = workspace
        // The people of annex.yaml first, in file order: their numbers do not depend on which
        // record happens to name them first.
        masked.config = config(workspace.config)
        masked.soa = StatementOfApplicability(entries: workspace.soa.entries.map { entry($0) })
        // Other frameworks' decisions name owners and carry notes just as the SoA does; sorted so
        // pseudonyms do not depend on dictionary order.
        for framework in workspace.statements.keys.sorted() {
            masked.statements[framework] = StatementOfApplicability(entries: (workspace.statements[framework]?.entries ?? []).map { entry($0) })
        }
        masked.risks = workspace.risks.map { risk($0) }
        masked.evidence = workspace.evidence.map { evidence($0) }
        masked.audits = workspace.audits.map { audit($0) }
        masked.auditLogs = workspace.auditLogs.mapValues { AuditLog(events: $0.events.map { event($0) }) }
        masked.actions = workspace.actions.map { action($0) }
        return masked
    }

    /// What the follower read from disk, masked the same way (and with the same pseudonyms).
    public mutating func changes(_ changes: WorkspaceChanges) -> WorkspaceChanges {
        var masked = changes
        masked.config = changes.config.map { config($0) }
        masked.soaEntries = changes.soaEntries.map { entry($0) }
        masked.risks = changes.risks.map { risk($0) }
        masked.evidence = changes.evidence.map { evidence($0) }
        masked.audits = changes.audits.map { audit($0) }
        masked.actions = changes.actions.map { action($0) }
        masked.events = changes.events.mapValues { $0.map { event($0) } }
        masked.logs = changes.logs.mapValues { $0.map { event($0) } }
        // A parse error may quote the line it failed on: only where it is stays.
        masked.problems = changes.problems.map(Self.location)
        return masked
    }

    // MARK: People

    /// The pseudonym id of a person named by id (or by name, or as free text).
    public mutating func personID(_ person: String) -> String {
        guard let number = number(person) else { return person }
        return "Person-\(number)"
    }

    public mutating func personName(_ person: String) -> String {
        guard let number = number(person) else { return person }
        return "Person \(number)"
    }

    private mutating func number(_ person: String) -> Int? {
        let key = Self.key(person)
        guard !key.isEmpty else { return nil }
        if let known = numbers[key] { return known }
        count += 1
        numbers[key] = count
        return count
    }

    /// One number for a person's id and name, so an interviewee written by name is the same
    /// pseudonym as the owner written by id.
    private mutating func register(_ person: Person) {
        let number = number(person.id) ?? number(person.name)
        for key in [person.id, person.name].map(Self.key) where !key.isEmpty {
            numbers[key] = number
        }
    }

    /// A person as written, to look up: case and spacing aside, and without the role an audit
    /// plan adds in brackets ("Henrike Kraus (Chief Executive Officer)" is Henrike Kraus).
    private static func key(_ person: String) -> String {
        var key = person.trimmingWhitespace.lowercased()
        if key.hasSuffix(")"), let open = key.range(of: " (", options: .backwards) {
            key = String(key[..<open.lowerBound]).trimmingWhitespace
        }
        return key
    }

    // MARK: Records

    private mutating func config(_ config: WorkspaceConfig) -> WorkspaceConfig {
        var masked = config
        for person in config.people { register(person) }
        masked.people = config.people.map { person in
            Person(id: personID(person.id), name: personName(person.id), role: Self.text(person.role), email: person.email.isEmpty ? "" : Self.placeholder)
        }
        masked.organisation = Self.text(config.organisation)
        masked.scope = Self.text(config.scope)
        if let approval = config.soaDocument.approval {
            masked.soaDocument.approval = SoAApproval(by: personID(approval.by), role: Self.text(approval.role), on: approval.on)
        }
        return masked
    }

    private mutating func entry(_ entry: SoAEntry) -> SoAEntry {
        var masked = entry
        masked.owner = personID(entry.owner)
        masked.justification = Self.text(entry.justification)
        masked.notes = Self.text(entry.notes)
        return masked
    }

    private mutating func risk(_ risk: Risk) -> Risk {
        var masked = risk
        masked.title = Self.text(risk.title)
        masked.description = Self.text(risk.description)
        masked.assets = risk.assets.map(Self.text)
        masked.threat = Self.text(risk.threat)
        masked.vulnerability = Self.text(risk.vulnerability)
        masked.owner = personID(risk.owner)
        masked.plan = Self.text(risk.plan)
        if let acceptance = risk.acceptance {
            masked.acceptance?.by = personID(acceptance.by)
            masked.acceptance?.rationale = Self.text(acceptance.rationale)
        }
        return masked
    }

    private mutating func evidence(_ record: EvidenceRecord) -> EvidenceRecord {
        var masked = record
        masked.title = Self.text(record.title)
        masked.location = Self.text(record.location)
        masked.sha256 = record.sha256.map { _ in Self.placeholder }
        masked.owner = personID(record.owner)
        return masked
    }

    private mutating func audit(_ audit: Audit) -> Audit {
        var masked = audit
        masked.title = Self.text(audit.title)
        masked.scope = Self.text(audit.scope)
        masked.criteria = audit.criteria.map(Self.text)
        masked.auditors = audit.auditors.map { personID($0) }
        masked.auditees = audit.auditees.map { personName($0) }
        masked.conclusion = Self.text(audit.conclusion)
        return masked
    }

    public mutating func event(_ event: AuditEvent) -> AuditEvent {
        switch event {
        case .logged(let finding): return .logged(self.finding(finding))
        case .edited(let finding): return .edited(self.finding(finding))
        case .withdrawn(let id, let reason, let by, let at): return .withdrawn(findingID: id, reason: Self.text(reason), by: personID(by), at: at)
        case .itemMarked(let item, let state, let by, let at): return .itemMarked(item: item, state: state, by: personID(by), at: at)
        case .timed(let item, let seconds, let by, let at): return .timed(item: item, seconds: seconds, by: personID(by), at: at)
        }
    }

    private mutating func finding(_ finding: Finding) -> Finding {
        var masked = finding
        masked.statement = Self.text(finding.statement)
        masked.evidence = Self.text(finding.evidence)
        masked.interviewee = finding.interviewee.isEmpty ? "" : personName(finding.interviewee)
        masked.role = Self.text(finding.role)
        masked.auditor = personID(finding.auditor)
        if let sample = finding.sample {
            masked.sample?.population = Self.text(sample.population)
            masked.sample?.method = Self.text(sample.method)
            masked.sample?.items = sample.items.map(Self.text)
        }
        return masked
    }

    private mutating func action(_ action: CorrectiveAction) -> CorrectiveAction {
        var masked = action
        masked.rootCause = Self.text(action.rootCause)
        masked.action = Self.text(action.action)
        masked.owner = personID(action.owner)
        masked.reviews = action.reviews.map { review in
            var masked = review
            masked.by = personID(review.by)
            masked.note = Self.text(review.note)
            return masked
        }
        return masked
    }

    // MARK: Free text

    private static let filler = "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor".split(separator: " ")

    /// A placeholder about as long as `text` (whole words of a fixed filler), so the layout of a
    /// screen or a report looks as it would; short texts read "(redacted)". Nothing of the text
    /// survives but its rough length.
    public static func text(_ text: String) -> String {
        let length = text.count
        guard length > 0 else { return "" }
        var words = ""
        var index = 0
        while true {
            let word = filler[index % filler.count]
            let next = words.isEmpty ? String(word) : words + " " + word
            guard next.count <= length else { break }
            words = next
            index += 1
        }
        return words.count > placeholder.count ? words : placeholder
    }

    /// `path:line: reason` → `path:line: cannot be read`.
    public static func location(_ problem: String) -> String {
        let parts = problem.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
        let place = parts.count >= 2 && Int(parts[1]) != nil ? parts[0] + ":" + parts[1] : parts[0]
        return "\(place): cannot be read (details hidden in a redacted session)"
    }
}
