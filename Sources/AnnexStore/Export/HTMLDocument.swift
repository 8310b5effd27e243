import AnnexDomain
import Foundation

/// The treatment plan as one self-contained HTML file: inline CSS, no scripts, nothing fetched.
/// Levels are coloured and also written out, so the page reads in black and white; print CSS keeps
/// each risk on one page where it fits and keeps the colours.
struct HTMLDocument {
    let plan: TreatmentPlanReport

    private func e(_ text: String) -> String { HTMLText.escape(text) }

    func render() -> String {
        var out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<title>Risk treatment plan: \(e(plan.organisation)) (\(plan.today))</title>\n"
        out += "<style>\n\(style())</style>\n</head>\n<body>\n"
        out += header()
        out += matrixSection()
        out += heatMapSection()
        out += summarySection()
        out += overviewSection()
        out += riskSections()
        out += "<footer>Risk treatment plan of \(e(plan.organisation)) as of \(plan.today), written by Annex from the workspace.</footer>\n"
        out += "</body>\n</html>\n"
        return out
    }

    // MARK: - Pieces

    private func levelClass(_ level: RiskLevel?) -> String {
        guard let level, let rank = plan.matrix.rank(of: level.id) else { return "lvx" }
        return "lv\(rank)"
    }

    private func badge(_ level: RiskLevel?) -> String {
        guard let level else { return "<span class=\"badge lvx\">⚠ outside the matrix</span>" }
        return "<span class=\"badge \(levelClass(level))\" title=\"\(e(level.name))\">\(e(plan.marks.mark(level))) · \(e(level.name))</span>"
    }

    private func text(_ pieces: [PlanText]) -> String {
        var out = ""
        for (index, piece) in pieces.enumerated() {
            switch piece {
            case .plain(let text): out += "<span class=\"text\">\(e(text))</span>"
            case .flag(let text): out += (index == 0 ? "" : " ") + "<strong class=\"flag\">⚠ \(e(text))</strong>"
            case .level(let level): out += badge(level)
            }
        }
        return out
    }

    private func table(_ columns: [String], _ rows: [[String]], class name: String) -> String {
        var out = "<table class=\"\(name)\">\n<thead><tr>" + columns.map { "<th scope=\"col\">\(e($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for row in rows { out += "<tr>" + row.map { "<td>\($0)</td>" }.joined() + "</tr>\n" }
        return out + "</tbody>\n</table>\n"
    }

    /// `risk-R-001`: a fragment id made of safe characters, unique within the page.
    private var anchors: [String] {
        var used: Set<String> = []
        return plan.entries.enumerated().map { index, entry in
            let safe = String(entry.risk.id.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") ? $0 : "-" })
            var anchor = "risk-" + safe
            if !used.insert(anchor).inserted { anchor += "-\(index + 1)" }
            used.insert(anchor)
            return anchor
        }
    }

    private func header() -> String {
        var out = "<header>\n<h1>Risk treatment plan</h1>\n<p class=\"org\">\(e(plan.organisation))</p>\n<dl class=\"meta\">\n"
        out += "<dt>Date</dt><dd>\(plan.today)</dd>\n"
        out += "<dt>Standard</dt><dd>ISO/IEC 27001:2022, clause 6.1.3 e), with the acceptance of residual risks (6.1.3 f)</dd>\n"
        if !plan.scope.trimmingWhitespace.isEmpty { out += "<dt>Scope</dt><dd class=\"text\">\(e(plan.scope.trimmingWhitespace))</dd>\n" }
        out += "<dt>In this plan</dt><dd>\(e(plan.openCountText))</dd>\n</dl>\n"
        if !plan.omittedFiles.isEmpty {
            out += "<p class=\"warning\"><strong class=\"flag\">⚠ Incomplete:</strong> these files could not be read and what they hold is left out: "
            out += plan.omittedFiles.map { "<code>\(e($0))</code>" }.joined(separator: ", ") + " (run <code>annex check</code>).</p>\n"
        }
        return out + "</header>\n"
    }

    private func matrixSection() -> String {
        let matrix = plan.matrix
        var out = "<section class=\"matrix\">\n<h2>1. Risk matrix</h2>\n<dl class=\"axes\">\n"
        out += "<dt>Likelihood</dt><dd>up the side of the heat maps, lowest first: \(e(plan.steps(matrix.likelihood)))</dd>\n"
        out += "<dt>Impact</dt><dd>along the bottom, lowest first: \(e(plan.steps(matrix.impact)))</dd>\n</dl>\n"
        let rows = matrix.levels.indices.reversed().map { index in
            [badge(matrix.levels[index]), e(plan.band(of: index))]
        }
        out += table(["Level", "Covers"], rows, class: "levels")
        out += "<p>\(e(plan.acceptanceRule))</p>\n</section>\n"
        return out
    }

    private func heatMap(_ figures: RiskFigures, caption: String) -> String {
        let matrix = plan.matrix
        var out = "<table class=\"heat\">\n<caption>\(e(caption))</caption>\n<tbody>\n"
        for likelihood in matrix.likelihood.indices.reversed() {
            out += "<tr><th scope=\"row\">\(likelihood + 1) \(e(matrix.likelihood[likelihood]))</th>"
            for impact in matrix.impact.indices {
                let rating = RiskRating(likelihood: likelihood + 1, impact: impact + 1)
                let level = matrix.level(of: rating)
                let count = figures.count(likelihood: likelihood + 1, impact: impact + 1)
                let title = "\(level?.name ?? "No level"): \(count) \(count == 1 ? "risk" : "risks") (likelihood \(likelihood + 1) × impact \(impact + 1))"
                let zero = count == 0 ? " zero" : ""
                out += "<td class=\"cell \(levelClass(level))\(zero)\" title=\"\(e(title))\">\(count) <span class=\"mark\">\(e(plan.marks.mark(level)))</span></td>"
            }
            out += "</tr>\n"
        }
        out += "<tr><th class=\"corner\">Likelihood ↑<br>Impact →</th>"
        out += matrix.impact.enumerated().map { "<th scope=\"col\">\($0.offset + 1) \(e($0.element))</th>" }.joined()
        return out + "</tr>\n</tbody>\n</table>\n"
    }

    private func heatMapSection() -> String {
        var out = "<section class=\"heatmaps\">\n<h2>2. Heat maps</h2>\n"
        out += "<p>Open risks per cell with the cell's level (\(e(plan.legend))).</p>\n<div class=\"maps\">\n"
        out += heatMap(plan.inherent, caption: "Inherent risk")
        out += heatMap(plan.residual, caption: "Residual risk")
        out += "</div>\n<p class=\"note\">A risk not yet reassessed counts at its inherent rating in the residual map."
        if let unrated = plan.unratedNote { out += " <strong class=\"flag\">⚠ \(e(unrated))</strong>" }
        return out + "</p>\n</section>\n"
    }

    private func summarySection() -> String {
        var out = "<section class=\"summary\">\n<h2>3. Summary</h2>\n<div class=\"tables\">\n"
        var rows = plan.levelCounts.map { [badge($0.level), String($0.inherent), String($0.residual)] }
        if plan.inherent.unrated + plan.residual.unrated > 0 {
            rows.append([badge(nil), String(plan.inherent.unrated), String(plan.residual.unrated)])
        }
        rows.append(["<strong>Total</strong>", String(plan.entries.count), String(plan.entries.count)])
        out += "<div>\n<h3>Open risks by level</h3>\n" + table(["Level", "Inherent", "Residual"], rows, class: "counts") + "</div>\n"
        out += "<div>\n<h3>By treatment</h3>\n"
        out += table(["Treatment", "Risks"], plan.treatmentCounts.map { [e(TreatmentPlanReport.title($0.treatment)), String($0.count)] }, class: "counts")
        out += "<h3>By status</h3>\n"
        out += table(["Status", "Risks"], plan.statusCounts.map { [e(TreatmentPlanReport.title($0.status)), String($0.count)] }, class: "counts")
        out += "</div>\n</div>\n<h3>Needs attention</h3>\n"
        let links = Dictionary(plan.entries.map(\.risk.id).enumerated().map { ($0.element, anchors[$0.offset]) }, uniquingKeysWith: { first, _ in first })
        out += table(["What", "Risks", "Which"], plan.attention.map { item in
            [
                item.risks.isEmpty ? e(item.label) : "<strong class=\"flag\">⚠ \(e(item.label))</strong>",
                String(item.risks.count),
                item.risks.isEmpty ? "—" : item.risks.map { "<a href=\"#\(links[$0] ?? "")\">\(e($0))</a>" }.joined(separator: ", "),
            ]
        }, class: "attention")
        return out + "</section>\n"
    }

    private func overviewSection() -> String {
        var out = "<section class=\"overview\">\n<h2>4. Open risks, highest residual level first</h2>\n"
        if plan.entries.isEmpty { return out + "<p>No open risks.</p>\n</section>\n" }
        let anchors = self.anchors
        let rows = plan.entries.enumerated().map { index, entry in
            var cells = plan.overviewRow(of: entry).map(text)
            cells[0] = "<a href=\"#\(anchors[index])\">\(e(entry.risk.id))</a>"
            return cells
        }
        out += table(TreatmentPlanReport.overviewColumns, rows, class: "overview")
        return out + "</section>\n"
    }

    private func riskSections() -> String {
        var out = "<section class=\"plan\">\n<h2>5. Treatment of each risk</h2>\n"
        if plan.entries.isEmpty { out += "<p>No open risks.</p>\n" }
        for (entry, anchor) in zip(plan.entries, anchors) {
            out += "<article class=\"risk \(levelClass(entry.currentLevel))\" id=\"\(anchor)\">\n"
            out += "<h3><span class=\"rid\">\(e(entry.risk.id))</span> <span class=\"text\">\(e(entry.risk.title))</span> \(badge(entry.currentLevel))</h3>\n"
            out += "<table class=\"fields\">\n<tbody>\n"
            for field in plan.fields(of: entry) {
                out += "<tr><th scope=\"row\">\(e(field.label))</th><td>\(text(field.value))</td></tr>\n"
            }
            out += "</tbody>\n</table>\n<h4>Linked controls</h4>\n"
            if entry.controls.isEmpty {
                out += entry.modifyWithoutControls
                    ? "<p><strong class=\"flag\">⚠ none: the risk is to be modified but no control is linked</strong></p>\n"
                    : "<p>None.</p>\n"
            } else {
                out += table(TreatmentPlanReport.controlColumns, plan.controlRows(of: entry).map { $0.map(text) }, class: "controls")
            }
            out += "</article>\n"
        }
        return out + "</section>\n"
    }

    // MARK: - Style

    /// One colour per level from green (lowest) to red (highest), light enough for black text.
    private func levelColours() -> String {
        let count = plan.matrix.levels.count
        return plan.matrix.levels.indices.map { index in
            let position = count > 1 ? Double(index) / Double(count - 1) : 1
            let hue = Int((120 * (1 - position)).rounded())
            let lightness = Int((78 - 16 * position).rounded())
            return ".lv\(index) { --level: hsl(\(hue), 70%, \(lightness)%); }"
        }.joined(separator: "\n") + "\n.lvx { --level: #c8c8c8; }\n"
    }

    private func style() -> String {
        ReportStyle.base + """
        dl.axes { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: 0 0 1rem; }
        .badge { display: inline-block; background: var(--level); color: #000; border: 1px solid #888; border-radius: .25rem; padding: 0 .4rem; font-size: .85em; font-weight: 600; white-space: nowrap; }
        .maps, .summary .tables { display: flex; flex-wrap: wrap; gap: 0 2.5rem; align-items: flex-start; }
        table.heat caption { font-weight: 600; text-align: left; padding-bottom: .25rem; }
        table.heat th { background: #f6f6f6; font-weight: 600; font-size: .85em; }
        table.heat th[scope="col"] { text-align: center; max-width: 6rem; }
        table.heat th.corner { font-weight: 400; color: #444; }
        table.heat td.cell { background: var(--level); color: #000; width: 3.6rem; height: 2.6rem; text-align: center; vertical-align: middle; font-size: 1.1em; font-weight: 700; }
        table.heat td.cell .mark { font-size: .7em; font-weight: 600; }
        table.heat td.zero { font-weight: 400; color: #555; }
        table.counts td:not(:first-child), table.attention td:nth-child(2) { text-align: right; }
        table.fields { width: 100%; }
        table.fields th { width: 11rem; background: #f6f6f6; font-weight: 600; }
        table.controls { width: 100%; }
        article.risk { border: 1px solid #999; border-left: .6rem solid var(--level); padding: .25rem 1rem .5rem; margin: 1rem 0 1.5rem; break-inside: avoid; page-break-inside: avoid; }
        article.risk h3 { margin-top: .5rem; }
        .rid { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; margin-right: .35rem; }
        @media print {
          table.heat, table.levels, table.counts { break-inside: avoid; page-break-inside: avoid; }
          section.plan h2 { break-before: page; page-break-before: always; }
        }

        """ + levelColours()
    }
}
