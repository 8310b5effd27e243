import AnnexDomain
import Foundation

/// The audit report as one self-contained HTML file: inline CSS, no scripts, nothing fetched.
/// Classifications are coloured and also written out, so the page reads in black and white; when
/// printed, a finding is kept on one page where it fits.
struct AuditReportHTML {
    let report: AuditReport

    private func e(_ text: String) -> String { HTMLText.escape(text) }

    func render() -> String {
        var out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        let organisation = report.organisation.trimmingWhitespace
        out += "<title>\(e(report.title))\(organisation.isEmpty ? "" : " (\(e(organisation)))")</title>\n"
        out += "<style>\n\(style)</style>\n</head>\n<body>\n"
        out += header()
        for (section, heading) in report.outline {
            out += "<section class=\"\(cssClass(section))\">\n<h2>\(e(heading))</h2>\n"
            out += body(of: section)
            out += "</section>\n"
        }
        out += "<footer>Report of audit \(e(report.audit.id)) as of \(report.today), written by Annex from the workspace.</footer>\n"
        out += "</body>\n</html>\n"
        return out
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

    private func cssClass(_ section: AuditReport.Section) -> String {
        switch section {
        case .summary: "summary"
        case .findings: "findings"
        case .nonconformities: "ncs"
        case .notAudited: "not-audited"
        case .followUp: "follow-up"
        case .conclusion: "conclusion"
        }
    }

    // MARK: - Pieces

    private func paragraphs(_ text: String) -> String {
        AuditReport.paragraphs(text).map { "<p class=\"text\">\(e($0))</p>\n" }.joined()
    }

    private func flag(_ text: String) -> String { "<strong class=\"flag\">⚠ \(e(text))</strong>" }

    private func badge(_ classification: FindingClass) -> String {
        "<span class=\"badge \(classification.rawValue)\">\(e(classification.title))</span>"
    }

    /// Cells are already HTML.
    private func table(_ columns: [String], _ rows: [[String]], class name: String) -> String {
        var out = "<table class=\"\(name)\">\n<thead><tr>" + columns.map { "<th scope=\"col\">\(e($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for row in rows { out += "<tr>" + row.map { "<td>\($0)</td>" }.joined() + "</tr>\n" }
        return out + "</tbody>\n</table>\n"
    }

    private func anchor(_ nc: Int) -> String { "nc-\(nc)" }

    private func header() -> String {
        var out = "<header>\n<h1>\(e(report.title))</h1>\n"
        if !report.organisation.trimmingWhitespace.isEmpty {
            out += "<p class=\"org\">\(e(report.organisation.trimmingWhitespace))</p>\n"
        }
        out += "<dl class=\"meta\">\n"
        for field in report.headerFields {
            let value = field.value.count == 1
                ? "<span class=\"text\">\(e(field.value[0]))</span>"
                : "<ul>" + field.value.map { "<li class=\"text\">\(e($0))</li>" }.joined() + "</ul>"
            out += "<dt>\(e(field.label))</dt><dd>\(value)</dd>\n"
        }
        out += "</dl>\n"
        if !report.omittedFiles.isEmpty {
            out += "<p class=\"warning\">\(flag("Incomplete:")) these files could not be read and what they hold is left out: "
            out += report.omittedFiles.map { "<code>\(e($0))</code>" }.joined(separator: ", ") + " (run <code>annex check</code>).</p>\n"
        }
        return out + "</header>\n"
    }

    private func summary() -> String {
        var out = "<div class=\"tables\">\n<div>\n<h3>Findings in force by classification</h3>\n"
        var rows = report.classificationCounts.map { [badge($0.classification), String($0.count)] }
        rows.append(["<strong>Total</strong>", "<strong>\(report.findingTotal)</strong>"])
        out += table(["Classification", "Findings"], rows, class: "counts")
        if let note = report.withdrawnNote { out += "<p class=\"note\">\(e(note))</p>\n" }
        out += "</div>\n<div>\n<h3>Checklist coverage</h3>\n"
        out += table(["Checklist", "Items"], report.coverageRows.map { [e($0.label), String($0.count)] }, class: "counts")
        out += "<p class=\"note\">\(e(AuditReport.coverageRule))</p>\n"
        out += "<p><strong>Time spent:</strong> \(e(report.timeSpentText))</p>\n</div>\n</div>\n"
        return out
    }

    private func findings() -> String {
        if report.sections.isEmpty { return "<p>No findings in force.</p>\n" }
        var out = ""
        for section in report.sections {
            out += "<h3 class=\"item\"><span class=\"id\">\(e(section.item.id))</span> \(e(section.item.title ?? "(not in the catalog)"))</h3>\n"
            for note in report.notes(on: section) { out += "<p class=\"note\">\(e(note))</p>\n" }
            for reported in section.findings { out += article(reported) }
        }
        return out
    }

    private func article(_ reported: ReportedFinding) -> String {
        let finding = reported.finding
        let id = reported.number.map { " id=\"\(anchor($0))\"" } ?? ""
        var out = "<article class=\"finding \(finding.classification.rawValue)\"\(id)>\n<h4>"
        if let label = reported.label { out += "<span class=\"nc\">\(e(label))</span> " }
        out += "\(badge(finding.classification)) <span class=\"id\">\(e(finding.id))</span></h4>\n"
        out += paragraphs(finding.statement)
        out += "<table class=\"fields\">\n<tbody>\n"
        for field in report.fields(of: reported) {
            out += "<tr><th scope=\"row\">\(e(field.label))</th><td class=\"text\">\(e(field.value))</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n</article>\n"
    }

    private func nonconformities() -> String {
        if report.nonconformities.isEmpty { return "<p>No nonconformities were raised.</p>\n" }
        var out = ""
        for nc in report.nonconformities {
            out += "<article class=\"nc-entry \(nc.finding.classification.rawValue)\">\n"
            out += "<h3><a href=\"#\(anchor(nc.number))\">\(e(nc.label))</a>: \(badge(nc.finding.classification)) on "
            out += "<span class=\"id\">\(e(nc.item.id))</span> \(e(nc.item.title ?? "(not in the catalog)")) (\(e(nc.finding.id)))</h3>\n"
            out += paragraphs(nc.finding.statement)
            out += actions(nc)
            out += "</article>\n"
        }
        return out
    }

    private func actions(_ nc: NumberedNonconformity) -> String {
        if nc.actions.isEmpty { return "<p>\(flag(AuditReport.noActionYet))</p>\n" }
        return table(AuditReport.actionColumns, nc.actions.map { action in
            let row = report.actionRow(action)
            var cells = row.cells.map(e)
            if row.overdue { cells[cells.count - 1] += " " + flag("overdue") }
            return cells
        }, class: "actions")
    }

    private func notAudited() -> String {
        if report.notAudited.isEmpty { return "<p>None.</p>\n" }
        return "<ul>\n" + report.notAudited.map { "<li><span class=\"id\">\(e($0.id))</span> \(e($0.title ?? "(not in the catalog)"))</li>\n" }.joined() + "</ul>\n"
    }

    private func followUp() -> String {
        guard let review = report.followUp else { return "" }
        var out = "<p>\(e(report.followUpNote(review)))</p>\n"
        if !review.nonconformities.isEmpty {
            out += table(AuditReport.followUpColumns, review.nonconformities.map { nc in
                report.followUpRow(nc, review: review).map { "<span class=\"text\">\(e($0))</span>" }
            }, class: "follow-up")
        }
        return out
    }

    private func conclusion() -> String {
        let conclusion = report.conclusion
        var out = conclusion.generated ? "<p class=\"note\">The auditors wrote no conclusion; this one is generated from the counts.</p>\n" : ""
        out += conclusion.paragraphs.map(paragraphs).joined()
        return out
    }

    // MARK: - Style

    private var style: String {
        ReportStyle.base + """
        dd ul { margin: 0; padding-left: 1.1rem; }
        .id { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
        .summary .tables { display: flex; flex-wrap: wrap; gap: 0 2.5rem; align-items: flex-start; }
        table.counts td:last-child { text-align: right; }
        .conformity { --class: #b9e4c1; }
        .major_nc { --class: #f2a0a0; }
        .minor_nc { --class: #f7cf8f; }
        .observation { --class: #b9d3f0; }
        .ofi { --class: #dcccef; }
        .badge { display: inline-block; background: var(--class); color: #000; border: 1px solid #888; border-radius: .25rem; padding: 0 .4rem; font-size: .85em; font-weight: 600; white-space: nowrap; }
        h3.item { border-bottom: 1px solid #bbb; margin-top: 1.5rem; }
        article.finding, article.nc-entry { border: 1px solid #999; border-left: .6rem solid var(--class); padding: .25rem 1rem .5rem; margin: .75rem 0 1.25rem; break-inside: avoid; page-break-inside: avoid; }
        article h3, article h4 { margin-top: .5rem; }
        .nc { font-weight: 700; margin-right: .25rem; }
        table.fields { width: 100%; }
        table.fields th { width: 9rem; background: #f6f6f6; font-weight: 600; }
        table.actions, table.follow-up { width: 100%; }
        @media print {
          table.counts { break-inside: avoid; page-break-inside: avoid; }
          section.findings h2, section.ncs h2 { break-before: page; page-break-before: always; }
        }

        """
    }
}
