extension CheckContext {
    /// Other frameworks' decisions, by the SoA's rules where they apply: an exclusion needs a
    /// justification, an owner named must be a person of `annex.yaml`, cited evidence must exist.
    /// (That a control belongs to its framework is checked where the file is read.)
    mutating func checkStatements() {
        for framework in workspace.statements.keys.sorted() {
            for entry in workspace.statements[framework]?.entries ?? [] {
                let subject = Subject.status(framework: framework, control: entry.control)
                if !entry.applicable, entry.justification.trimmingWhitespace.isEmpty {
                    error(subject, ["justification"], "\(entry.control) of \(framework) is excluded without a justification")
                }
                // No owner is fine here: a catalog's thousand controls are not each assigned.
                if !entry.owner.isEmpty { checkPerson(entry.owner, subject, ["owner"], role: "owner") }
                for (index, reference) in entry.evidence.enumerated() where !evidenceIDs.contains(reference) {
                    error(subject, ["evidence", String(index)], "evidence '\(reference)' is not in the evidence register")
                }
            }
        }
    }
}
