/// Checks the ISMS itself, not just the files: what an auditor would flag before reading a line.
/// Pure: the day is passed in, nothing is read from disk.
public struct ISMSChecker: Sendable {
    /// The catalog to check against; nil checks against the workspace's own frameworks.
    public var catalog: Catalog?
    public var today: Day
    /// False when the SoA's file could not be read: its entries are unknown, not missing, so the
    /// checks of the SoA are left out (the file's own error says what is wrong).
    public var soaWasRead = true

    public init(catalog: Catalog? = nil, today: Day) {
        self.catalog = catalog
        self.today = today
    }

    public func problems(in workspace: Workspace) -> [Problem] {
        var context = CheckContext(workspace: workspace, catalog: catalog ?? workspace.catalog, today: today)
        context.checkConfiguration()
        context.checkSoADocument()
        if soaWasRead {
            context.checkSoA()
            context.checkSoAAgainstRisks()
        }
        context.checkStatements()
        context.checkEvidence()
        context.checkRisks()
        context.checkAudits()
        context.checkActions()
        return context.problems
    }
}

struct CheckContext {
    let workspace: Workspace
    let catalog: Catalog
    let today: Day
    let people: Set<String>
    let evidenceIDs: Set<String>
    var problems: [Problem] = []

    init(workspace: Workspace, catalog: Catalog, today: Day) {
        self.workspace = workspace
        self.catalog = catalog
        self.today = today
        people = Set(workspace.config.people.map(\.id))
        evidenceIDs = Set(workspace.evidence.map(\.id))
    }

    var matrix: RiskMatrix { workspace.config.riskMatrix }

    mutating func error(_ subject: Subject, _ field: [String], _ message: String) {
        problems.append(.error(subject, field: field, message))
    }

    mutating func warning(_ subject: Subject, _ field: [String], _ message: String) {
        problems.append(.warning(subject, field: field, message))
    }

    /// Warns when a record names an owner who is not among the workspace's people.
    mutating func checkPerson(_ id: String, _ subject: Subject, _ field: [String], role: String) {
        if id.isEmpty {
            warning(subject, field, "no \(role) is named")
        } else if !people.contains(id) {
            warning(subject, field, "\(role) '\(id)' is not among the people in annex.yaml")
        }
    }

    mutating func checkConfiguration() {
        problems += matrix.problems()
        checkReachableLevels()
        var seen: Set<String> = []
        for (index, person) in workspace.config.people.enumerated() {
            if let problem = RecordID.problem(with: person.id) {
                error(.configuration, ["people", String(index), "id"], problem)
            }
            if !seen.insert(person.id).inserted {
                error(.configuration, ["people", String(index), "id"], "person id '\(person.id)' is used twice")
            }
        }
        for (index, framework) in workspace.config.frameworks.enumerated() where catalog.framework(framework) == nil {
            error(.configuration, ["frameworks", String(index)], "unknown framework '\(framework)'")
        }
    }

    mutating func checkSoA() {
        let listed = Set(workspace.soa.entries.map(\.control))
        for framework in workspace.config.frameworks.compactMap(catalog.framework) {
            for control in framework.controls where !listed.contains(control.id) {
                error(.soa(control: control.id), [], "\(control.id) \(control.title) has no entry in the Statement of Applicability")
            }
        }
        for entry in workspace.soa.entries {
            let subject = Subject.soa(control: entry.control)
            guard let control = catalog.item(entry.control), control.kind == .control else {
                error(subject, [], "'\(entry.control)' is not a control of the catalog")
                continue
            }
            if entry.justification.trimmingWhitespace.isEmpty {
                if entry.applicable {
                    warning(subject, ["justification"], "\(control.id) is included without a justification")
                } else {
                    error(subject, ["justification"], "\(control.id) is excluded without a justification")
                }
            }
            if entry.applicable { checkPerson(entry.owner, subject, ["owner"], role: "owner") }
            for (index, reference) in entry.evidence.enumerated() where !evidenceIDs.contains(reference) {
                error(subject, ["evidence", String(index)], "evidence '\(reference)' is not in the evidence register")
            }
            if entry.applicable, entry.status == .implemented, entry.evidence.isEmpty {
                warning(subject, ["evidence"], "\(control.id) is marked implemented with no evidence")
            }
            if let reviewed = entry.reviewed, today < reviewed {
                warning(subject, ["reviewed"], "reviewed \(reviewed) is in the future")
            }
        }
    }

    mutating func checkEvidence() {
        for record in workspace.evidence {
            let subject = Subject.evidence(record.id)
            if record.location.trimmingWhitespace.isEmpty {
                error(subject, ["location"], "evidence \(record.id) has no location")
            }
            if let hash = record.sha256, !(hash.count == 64 && hash.allSatisfy(\.isHexDigit)) {
                error(subject, ["sha256"], "sha256 must be 64 hexadecimal digits")
            }
            if let effective = record.effective, let expires = record.expires, expires < effective {
                error(subject, ["expires"], "expires \(expires) is before effective \(effective)")
            }
            if record.isExpired(on: today), let expires = record.expires {
                let users = workspace.soa.entries.filter { $0.evidence.contains(record.id) }.map(\.control)
                let claim = users.isEmpty ? "" : " (claimed for \(users.joined(separator: ", ")))"
                warning(subject, ["expires"], "evidence \(record.id) expired on \(expires)\(claim)")
            }
            checkPerson(record.owner, subject, ["owner"], role: "owner")
        }
    }
}
