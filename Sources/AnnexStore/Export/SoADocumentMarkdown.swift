import AnnexDomain

/// The SoA document as Markdown; every piece of workspace text goes through `MarkdownText`.
struct SoADocumentMarkdown {
    let document: SoADocument

    private func m(_ text: String) -> String { MarkdownText.inline(text) }

    func render() -> String {
        [header(), approval(), summary(), controls()].joined(separator: "\n")
    }

    private func table(_ columns: [String], _ rows: [[String]]) -> String {
        var lines = ["| " + columns.map(m).joined(separator: " | ") + " |"]
        lines.append("|" + String(repeating: " --- |", count: columns.count))
        for row in rows { lines.append("| " + row.joined(separator: " | ") + " |") }
        return lines.joined(separator: "\n") + "\n"
    }

    private func header() -> String {
        var lines = ["# Statement of Applicability: \(MarkdownText.heading(document.organisation))", ""]
        lines.append("- **Organisation:** \(m(document.organisation))")
        if !document.scope.trimmingWhitespace.isEmpty { lines.append("- **ISMS scope:** \(m(document.scope.trimmingWhitespace))") }
        lines.append("- **Framework:** \(m(document.framework)), Annex A (93 controls)")
        lines.append("- **Document version:** \(m(document.version))")
        lines.append("- **Date:** \(document.date)")
        lines.append("- **Status:** \(document.status)")
        if !document.omittedFiles.isEmpty {
            let files = document.omittedFiles.map(m).joined(separator: ", ")
            lines += ["", "> **⚠ Incomplete:** these files could not be read and what they hold is left out: \(files) (run 'annex check')."]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func approval() -> String {
        var lines = ["## Approval", ""]
        if let approval = document.info.approval {
            lines.append(table(["Approved by", "Role", "Date"], [[m(document.name(approval.by)), m(approval.role), approval.on.description]]))
        } else {
            lines.append("Not yet approved: this version is a draft. (Approve it with `annex soa approve --by ID --role ROLE`.)")
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    private func summary() -> String {
        var lines = ["## Summary", ""]
        lines.append(table(["Theme", "Included", "Excluded", "Implemented"], document.themeCounts.map { count in
            [m(count.label), String(count.included), String(count.excluded), String(count.implemented)]
        }))
        lines.append(table(["Implementation status of included controls", "Controls"], document.statusCounts.map { [m($0.0), String($0.1)] }))
        if document.missingEntries > 0 {
            lines.append("**⚠ \(document.missingEntries) controls have no entry in the SoA.**\n")
        }
        return lines.joined(separator: "\n")
    }

    private func controls() -> String {
        var lines = ["## Controls", ""]
        let rows = document.rows.map { row -> [String] in
            [
                m(row.control.id), m(row.control.title), SoADocument.applicability(row), m(SoADocument.reasons(row)),
                m(row.entry?.justification.trimmingWhitespace.isEmpty == false ? row.entry!.justification : "—"),
                m(SoADocument.status(row)), m(document.name(row.entry?.owner ?? "")),
                row.risks.isEmpty ? "—" : row.risks.map { m("\($0.id) \($0.title)") }.joined(separator: "<br>"),
                row.evidence.isEmpty ? "—" : row.evidence.map { m(SoADocument.evidence($0)) }.joined(separator: "<br>"),
            ]
        }
        lines.append(table(["Control", "Title", "Applicability", "Reasons for inclusion", "Justification", "Status", "Owner", "Risks", "Evidence"], rows))
        return lines.joined(separator: "\n")
    }
}
