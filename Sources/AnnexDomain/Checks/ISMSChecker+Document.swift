extension CheckContext {
    /// The SoA as a document: an approval names a person of the workspace, a version, and a day
    /// that has come.
    mutating func checkSoADocument() {
        let document = workspace.config.soaDocument
        guard let approval = document.approval else { return }
        let field = ["soa_document", "approval"]
        checkPerson(approval.by, .configuration, field + ["by"], role: "SoA approver")
        if approval.role.trimmingWhitespace.isEmpty {
            warning(.configuration, field + ["role"], "the SoA's approval does not say in what role it was given")
        }
        if today < approval.on {
            error(.configuration, field + ["on"], "the SoA is approved on \(approval.on), which is in the future")
        }
        if document.version.trimmingWhitespace.isEmpty {
            warning(.configuration, ["soa_document", "version"], "the SoA is approved but has no version")
        }
    }

    /// What a certification auditor cross-checks between the SoA and the risk register.
    mutating func checkSoAAgainstRisks() {
        var linking: [String: [String]] = [:]
        for risk in workspace.risks where risk.status != .closed {
            for control in risk.controls { linking[control, default: []].append(risk.id) }
        }
        for entry in workspace.soa.entries {
            let subject = Subject.soa(control: entry.control)
            let risks = linking[entry.control] ?? []
            if !entry.applicable, !risks.isEmpty {
                warning(subject, ["applicable"], "\(entry.control) is excluded, but the treatment of \(risks.joined(separator: ", ")) relies on it")
            }
            if !entry.applicable, !entry.reasons.isEmpty {
                warning(subject, ["reasons"], "\(entry.control) is excluded but gives reasons for inclusion")
            }
            if entry.applicable, entry.reasons.contains(.riskTreatment), risks.isEmpty {
                warning(subject, ["reasons"], "\(entry.control) is included for risk treatment, but no open risk links it")
            }
        }
    }
}
