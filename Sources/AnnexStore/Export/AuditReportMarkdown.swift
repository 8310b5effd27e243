import AnnexDomain
import Foundation

/// The audit report as Markdown that reads as well in a terminal as rendered. Every piece of
/// workspace text goes through `MarkdownText`.
struct AuditReportMarkdown {
    let report: AuditReport

    func render() -> String {
        var blocks = [header()]
        for (section, heading) in report.outline {
            blocks.append("## \(heading)\n")
            blocks.append(body(of: section))
        }
        return blocks.joined(separator: "\n")
    }

    private func body(of section: AuditReport.Section) -> String {
        switch section {
        case .summary: summary()
        case .findings: findings()
        case .nonconformities: nonconformities()
        case .notAudited: notAudited()
        case .followUp: followUp()
        case .conclusion: conclusion()
        }
    }

    private func table(_ columns: [String], _ rows: [[String]]) -> String {
        var lines = ["| " + columns.map(MarkdownText.inline).joined(separator: " | ") + " |"]
        lines.append("|" + String(repeating: " --- |", count: columns.count))
        for row in rows { lines.append("| " + row.joined(separator: " | ") + " |") }
        return lines.joined(separator: "\n") + "\n"
    }

    private func paragraphs(_ text: String) -> [String] {
        AuditReport.paragraphs(text).flatMap { [MarkdownText.paragraph($0), ""] }
    }

    private func flag(_ text: String) -> String { "**⚠ " + MarkdownText.inline(text) + "**" }

    private func header() -> String {
        var lines = ["# \(MarkdownText.heading(report.title))", ""]
        if !report.organisation.trimmingWhitespace.isEmpty {
            lines += ["**\(MarkdownText.inline(report.organisation.trimmingWhitespace))**", ""]
        }
        for field in report.headerFields {
            let label = "- **\(MarkdownText.inline(field.label)):**"
            if field.value.count == 1 {
                lines.append("\(label) \(MarkdownText.inline(field.value[0]))")
            } else {
                lines.append(label)
                lines += field.value.map { "  - " + MarkdownText.paragraph($0) }
            }
        }
        if !report.omittedFiles.isEmpty {
            let files = report.omittedFiles.map(MarkdownText.inline).joined(separator: ", ")
            lines += ["", "> \(flag("Incomplete:")) these files could not be read and what they hold is left out: \(files) (run 'annex check')."]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func summary() -> String {
        var lines = ["### Findings in force by classification", ""]
        var rows = report.classificationCounts.map { [MarkdownText.inline($0.classification.title), String($0.count)] }
        rows.append(["Total", String(report.findingTotal)])
        lines.append(table(["Classification", "Findings"], rows))
        if let note = report.withdrawnNote { lines += [MarkdownText.paragraph(note), ""] }
        lines += ["### Checklist coverage", ""]
        lines.append(table(["Checklist", "Items"], report.coverageRows.map { [MarkdownText.inline($0.label), String($0.count)] }))
        lines += [MarkdownText.paragraph(AuditReport.coverageRule), ""]
        lines.append("**Time spent:** \(MarkdownText.inline(report.timeSpentText))\n")
        return lines.joined(separator: "\n")
    }

    private func findings() -> String {
        if report.sections.isEmpty { return "No findings in force.\n" }
        var lines: [String] = []
        for section in report.sections {
            lines += ["### \(MarkdownText.heading(report.heading(of: section.item)))", ""]
            for note in report.notes(on: section) { lines += ["*\(MarkdownText.inline(note))*", ""] }
            for reported in section.findings {
                lines += ["#### \(MarkdownText.heading(report.heading(of: reported)))", ""]
                lines += paragraphs(reported.finding.statement)
                lines += report.fields(of: reported).map { "- **\(MarkdownText.inline($0.label)):** \(MarkdownText.inline($0.value))" }
                lines.append("")
            }
        }
        return lines.joined(separator: "\n")
    }

    private func nonconformities() -> String {
        if report.nonconformities.isEmpty { return "No nonconformities were raised.\n" }
        var lines: [String] = []
        for nc in report.nonconformities {
            lines += ["### \(MarkdownText.heading(report.heading(of: nc)))", ""]
            lines += paragraphs(nc.finding.statement)
            lines.append(actions(nc))
        }
        return lines.joined(separator: "\n")
    }

    private func actions(_ nc: NumberedNonconformity) -> String {
        if nc.actions.isEmpty { return flag(AuditReport.noActionYet) + "\n" }
        return table(AuditReport.actionColumns, nc.actions.map { action in
            let row = report.actionRow(action)
            var cells = row.cells.map(MarkdownText.inline)
            if row.overdue { cells[cells.count - 1] += " " + flag("overdue") }
            return cells
        })
    }

    private func notAudited() -> String {
        if report.notAudited.isEmpty { return "None.\n" }
        return report.notAudited.map { "- " + MarkdownText.paragraph(report.heading(of: $0)) }.joined(separator: "\n") + "\n"
    }

    private func followUp() -> String {
        guard let review = report.followUp else { return "" }
        var lines = [MarkdownText.paragraph(report.followUpNote(review)), ""]
        if !review.nonconformities.isEmpty {
            lines.append(table(AuditReport.followUpColumns, review.nonconformities.map { nc in
                report.followUpRow(nc, review: review).map(MarkdownText.inline)
            }))
        }
        return lines.joined(separator: "\n")
    }

    private func conclusion() -> String {
        let conclusion = report.conclusion
        var lines = conclusion.generated ? ["*The auditors wrote no conclusion; this one is generated from the counts.*", ""] : []
        lines += paragraphs(conclusion.paragraphs.joined(separator: "\n\n"))
        return lines.joined(separator: "\n")
    }
}
