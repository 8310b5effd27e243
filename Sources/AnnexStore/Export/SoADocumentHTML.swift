import AnnexDomain

/// The SoA document as one self-contained HTML file: inline CSS, no scripts, nothing fetched;
/// printed on A4 landscape with the controls table's header repeated on every page.
struct SoADocumentHTML {
    let document: SoADocument

    private func e(_ text: String) -> String { HTMLText.escape(text) }

    func render() -> String {
        var out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<title>Statement of Applicability: \(e(document.organisation)) (version \(e(document.version)))</title>\n"
        out += "<style>\n\(ReportStyle.base)\(style)</style>\n</head>\n<body>\n"
        out += header() + approval() + summary() + controls()
        out += "<footer>Statement of Applicability of \(e(document.organisation)), version \(e(document.version)) of \(document.date), written by Annex from the workspace on \(document.today).</footer>\n"
        return out + "</body>\n</html>\n"
    }

    private let style = """
        body { max-width: 90rem; }
        .status { display: inline-block; padding: .05rem .5rem; border: 2px solid #333; font-weight: 700; }
        .status.draft { border-color: #a06000; color: #a06000; }
        table.controls { width: 100%; font-size: .9em; }
        table.controls td:nth-child(1) { white-space: nowrap; font-weight: 600; }
        tr.excluded td { color: #555; background: #f6f6f6; }
        .expired { color: #a00018; font-weight: 600; }
        ul.cell { margin: 0; padding-left: 1rem; }
        @page { size: A4 landscape; margin: 12mm 10mm; }
        @media print { body { font-size: 8.5pt; } table.controls { font-size: 8pt; } }

        """

    private func header() -> String {
        var out = "<header>\n<h1>Statement of Applicability</h1>\n<p class=\"org\">\(e(document.organisation))</p>\n<dl class=\"meta\">\n"
        if !document.scope.trimmingWhitespace.isEmpty { out += "<dt>ISMS scope</dt><dd class=\"text\">\(e(document.scope.trimmingWhitespace))</dd>\n" }
        out += "<dt>Framework</dt><dd>\(e(document.framework)), Annex A (93 controls)</dd>\n"
        out += "<dt>Document version</dt><dd>\(e(document.version))</dd>\n"
        out += "<dt>Date</dt><dd>\(document.date)</dd>\n"
        out += "<dt>Status</dt><dd><span class=\"status \(document.info.isApproved ? "approved" : "draft")\">\(document.status)</span></dd>\n</dl>\n"
        if !document.omittedFiles.isEmpty {
            out += "<p class=\"warning\"><strong class=\"flag\">⚠ Incomplete:</strong> these files could not be read and what they hold is left out: "
            out += document.omittedFiles.map { "<code>\(e($0))</code>" }.joined(separator: ", ") + " (run <code>annex check</code>).</p>\n"
        }
        return out + "</header>\n"
    }

    private func table(_ columns: [String], _ rows: [[String]], class name: String, rowClasses: [String] = []) -> String {
        var out = "<table class=\"\(name)\">\n<thead><tr>" + columns.map { "<th scope=\"col\">\(e($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for (index, row) in rows.enumerated() {
            let rowClass = rowClasses.indices.contains(index) && !rowClasses[index].isEmpty ? " class=\"\(rowClasses[index])\"" : ""
            out += "<tr\(rowClass)>" + row.map { "<td>\($0)</td>" }.joined() + "</tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    private func approval() -> String {
        var out = "<section class=\"approval\">\n<h2>Approval</h2>\n"
        if let approval = document.info.approval {
            out += table(["Approved by", "Role", "Date"], [[e(document.name(approval.by)), e(approval.role), approval.on.description]], class: "approval")
        } else {
            out += "<p>Not yet approved: this version is a draft.</p>\n"
        }
        return out + "</section>\n"
    }

    private func summary() -> String {
        var out = "<section>\n<h2>Summary</h2>\n"
        out += table(["Theme", "Included", "Excluded", "Implemented"], document.themeCounts.map { count in
            [e(count.label), String(count.included), String(count.excluded), String(count.implemented)]
        }, class: "summary")
        out += table(["Implementation status of included controls", "Controls"], document.statusCounts.map { [e($0.0), String($0.1)] }, class: "summary")
        if document.missingEntries > 0 { out += "<p class=\"flag\">⚠ \(document.missingEntries) controls have no entry in the SoA.</p>\n" }
        return out + "</section>\n"
    }

    private func list(_ items: [String]) -> String {
        items.isEmpty ? "—" : items.count == 1 ? items[0] : "<ul class=\"cell\">" + items.map { "<li>\($0)</li>" }.joined() + "</ul>"
    }

    private func controls() -> String {
        let rows = document.rows.map { row -> [String] in
            let justification = row.entry?.justification.trimmingWhitespace ?? ""
            return [
                e(row.control.id), e(row.control.title), SoADocument.applicability(row), e(SoADocument.reasons(row)),
                justification.isEmpty ? "—" : "<span class=\"text\">\(e(justification))</span>",
                e(SoADocument.status(row)), e(document.name(row.entry?.owner ?? "")),
                list(row.risks.map { e("\($0.id) \($0.title)") }),
                list(row.evidence.map { line in line.expired ? "<span class=\"expired\">\(e(SoADocument.evidence(line)))</span>" : e(SoADocument.evidence(line)) }),
            ]
        }
        let classes = document.rows.map { $0.entry?.applicable == false ? "excluded" : "" }
        return "<section>\n<h2>Controls</h2>\n" + table(["Control", "Title", "Applicability", "Reasons for inclusion", "Justification", "Status", "Owner", "Risks", "Evidence"], rows, class: "controls", rowClasses: classes) + "</section>\n"
    }
}
