import AnnexDomain
import Foundation

/// The treatment plan as Markdown: headings, lists and tables that read as well in a terminal as
/// rendered. Every piece of workspace text goes through `MarkdownText`.
struct TreatmentPlanMarkdown {
    let plan: TreatmentPlanReport

    func render() -> String {
        var out: [String] = []
        out.append(header())
        out.append(matrixSection())
        out.append(heatMapSection())
        out.append(summarySection())
        out.append(overviewSection())
        out.append(riskSections())
        return out.joined(separator: "\n")
    }

    private func text(_ pieces: [PlanText]) -> String {
        var out = ""
        for (index, piece) in pieces.enumerated() {
            switch piece {
            case .plain(let text): out += MarkdownText.inline(text)
            case .flag(let text): out += (index == 0 ? "" : " ") + "**⚠ " + MarkdownText.inline(text) + "**"
            case .level(let level):
                out += level.map { "**" + MarkdownText.inline($0.name) + "**" } ?? "**⚠ outside the matrix**"
            }
        }
        return out
    }

    private func table(_ columns: [String], _ rows: [[String]]) -> String {
        var lines = ["| " + columns.map(MarkdownText.inline).joined(separator: " | ") + " |"]
        lines.append("|" + String(repeating: " --- |", count: columns.count))
        for row in rows { lines.append("| " + row.joined(separator: " | ") + " |") }
        return lines.joined(separator: "\n") + "\n"
    }

    private func header() -> String {
        var lines = ["# Risk treatment plan: \(MarkdownText.heading(plan.organisation))", ""]
        lines.append("- **Date:** \(plan.today)")
        lines.append("- **Standard:** ISO/IEC 27001:2022, clause 6.1.3 e), with the acceptance of residual risks (6.1.3 f)")
        if !plan.scope.trimmingWhitespace.isEmpty { lines.append("- **Scope:** \(MarkdownText.inline(plan.scope.trimmingWhitespace))") }
        lines.append("- **In this plan:** \(plan.openCountText)")
        if !plan.omittedFiles.isEmpty {
            let files = plan.omittedFiles.map(MarkdownText.inline).joined(separator: ", ")
            lines += ["", "> **⚠ Incomplete:** these files could not be read and what they hold is left out: \(files) (run 'annex check')."]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func matrixSection() -> String {
        let matrix = plan.matrix
        var lines = ["## 1. Risk matrix", ""]
        lines.append("- **Likelihood** (up the side of the heat maps), lowest first: \(MarkdownText.inline(plan.steps(matrix.likelihood)))")
        lines.append("- **Impact** (along the bottom), lowest first: \(MarkdownText.inline(plan.steps(matrix.impact)))")
        lines.append("")
        let rows = matrix.levels.indices.reversed().map { index in
            [MarkdownText.inline(matrix.levels[index].name), MarkdownText.inline(plan.marks.mark(matrix.levels[index])), MarkdownText.inline(plan.band(of: index))]
        }
        lines.append(table(["Level", "Mark", "Covers"], rows))
        lines.append(MarkdownText.inline(plan.acceptanceRule))
        return lines.joined(separator: "\n") + "\n"
    }

    private func heatMapSection() -> String {
        var lines = ["## 2. Heat maps", ""]
        lines.append("Open risks per cell with the cell's level (\(MarkdownText.inline(plan.legend))).")
        lines.append("")
        lines.append("### Inherent risk")
        lines.append("")
        lines.append(HeatMapMarkdown.table(plan.inherent, matrix: plan.matrix, marks: plan.marks))
        lines.append("### Residual risk")
        lines.append("")
        lines.append(HeatMapMarkdown.table(plan.residual, matrix: plan.matrix, marks: plan.marks))
        var note = "A risk not yet reassessed counts at its inherent rating in the residual map."
        if let unrated = plan.unratedNote { note += " " + MarkdownText.inline(unrated) }
        lines.append(note)
        return lines.joined(separator: "\n") + "\n"
    }

    private func summarySection() -> String {
        var lines = ["## 3. Summary", "", "### Open risks by level", ""]
        var rows = plan.levelCounts.map { [text([.level($0.level)]), String($0.inherent), String($0.residual)] }
        if plan.inherent.unrated + plan.residual.unrated > 0 {
            rows.append(["**⚠ outside the matrix**", String(plan.inherent.unrated), String(plan.residual.unrated)])
        }
        rows.append(["Total", String(plan.entries.count), String(plan.entries.count)])
        lines.append(table(["Level", "Inherent", "Residual"], rows))
        lines += ["### Open risks by treatment", ""]
        lines.append(table(["Treatment", "Risks"], plan.treatmentCounts.map { [MarkdownText.inline(TreatmentPlanReport.title($0.treatment)), String($0.count)] }))
        lines += ["### Open risks by status", ""]
        lines.append(table(["Status", "Risks"], plan.statusCounts.map { [MarkdownText.inline(TreatmentPlanReport.title($0.status)), String($0.count)] }))
        lines += ["### Needs attention", ""]
        lines.append(table(["What", "Risks", "Which"], plan.attention.map { item in
            [
                item.risks.isEmpty ? MarkdownText.inline(item.label) : "**⚠ \(MarkdownText.inline(item.label))**",
                String(item.risks.count), item.risks.isEmpty ? "—" : MarkdownText.inline(item.risks.joined(separator: ", ")),
            ]
        }))
        return lines.joined(separator: "\n")
    }

    private func overviewSection() -> String {
        var lines = ["## 4. Open risks, highest residual level first", ""]
        if plan.entries.isEmpty {
            lines.append("No open risks.\n")
        } else {
            lines.append(table(TreatmentPlanReport.overviewColumns, plan.entries.map { plan.overviewRow(of: $0).map(text) }))
        }
        return lines.joined(separator: "\n")
    }

    private func riskSections() -> String {
        var lines = ["## 5. Treatment of each risk", ""]
        if plan.entries.isEmpty { lines.append("No open risks.\n") }
        for entry in plan.entries {
            lines.append("### \(MarkdownText.heading(entry.risk.id)): \(MarkdownText.heading(entry.risk.title))")
            lines.append("")
            lines.append(table(["Field", "Value"], plan.fields(of: entry).map { [MarkdownText.inline($0.label), text($0.value)] }))
            lines.append("**Linked controls**")
            lines.append("")
            if entry.controls.isEmpty {
                lines.append(entry.modifyWithoutControls ? "**⚠ none: the risk is to be modified but no control is linked**\n" : "None.\n")
            } else {
                lines.append(table(TreatmentPlanReport.controlColumns, plan.controlRows(of: entry).map { $0.map(text) }))
            }
        }
        return lines.joined(separator: "\n")
    }
}
