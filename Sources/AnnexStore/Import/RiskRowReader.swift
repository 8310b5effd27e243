import AnnexDomain

/// One row of a risk register read onto the risk it updates (or a new one).
struct RiskRowReader {
    let row: ImportedSheet.Row
    let columns: ColumnMap
    let workspace: Workspace

    func cell(_ field: String) -> SheetCell? { columns.columns[field].map { row[$0] } }
    func header(_ field: String) -> String { columns.header(of: field) ?? field }

    mutating func read(onto existing: Risk?, id: String, plan: inout ImportPlan<Risk>) -> Risk? {
        for (field, column) in columns.columns.sorted(by: { $0.value < $1.value }) where row.formulaColumns.contains(column) {
            plan.error(row.number, columns.headers[column], "a formula; Annex imports values only (copy the column and paste it as values) [\(field)]")
        }
        let matrix = workspace.config.riskMatrix
        let title = cell("title").map(ImportValues.text) ?? existing?.title ?? ""
        if title.isEmpty { plan.error(row.number, header("title"), "empty; every risk needs a title") }
        let likelihood = rating("likelihood", labels: matrix.likelihood, plan: &plan) ?? existing?.inherent.likelihood
        let impact = rating("impact", labels: matrix.impact, plan: &plan) ?? existing?.inherent.impact
        if likelihood == nil { plan.error(row.number, header("likelihood"), "empty; a risk needs its likelihood (1 to \(matrix.likelihood.count) or a name such as \(matrix.likelihood.last ?? ""))") }
        if impact == nil { plan.error(row.number, header("impact"), "empty; a risk needs its impact (1 to \(matrix.impact.count) or a name such as \(matrix.impact.last ?? ""))") }
        guard let likelihood, let impact else { return nil }
        var risk = existing ?? Risk(id: id, title: title, inherent: RiskRating(likelihood: likelihood, impact: impact))
        risk.title = title
        risk.inherent = RiskRating(likelihood: likelihood, impact: impact)
        if let text = cell("description").map(ImportValues.text) { risk.description = text }
        if let text = cell("threat").map(ImportValues.text) { risk.threat = text }
        if let text = cell("vulnerability").map(ImportValues.text) { risk.vulnerability = text }
        if let text = cell("plan").map(ImportValues.text) { risk.plan = text }
        // Asset names may hold commas ("Laptops, phones"): only ; and line breaks separate them.
        if let value = cell("assets") { risk.assets = value.plain.split(whereSeparator: { $0 == ";" || $0 == "\n" }).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
        if let value = cell("owner") { risk.owner = PersonReference.resolve(ImportValues.text(value), in: workspace.config, row: row.number, column: header("owner"), plan: &plan) }
        if let value = cell("treatment"), !ImportValues.isBlank(value) {
            if let treatment = RiskImport.treatments[ImportValues.words(value)] { risk.treatment = treatment }
            else { plan.error(row.number, header("treatment"), "\"\(ImportValues.text(value))\" is not a treatment (modify, retain, avoid, share; or reduce, accept, transfer)") }
        }
        if let value = cell("status"), !ImportValues.isBlank(value) {
            if let status = RiskImport.statuses[ImportValues.words(value)] { risk.status = status }
            else { plan.error(row.number, header("status"), "\"\(ImportValues.text(value))\" is not a risk status (identified, treating, accepted, closed)") }
        }
        if let value = cell("controls") { risk.controls = controls(value, plan: &plan) }
        if cell("due") != nil { risk.due = date("due", plan: &plan) }
        if cell("next_review") != nil { risk.nextReview = date("next_review", plan: &plan) }
        let residualLikelihood = rating("residual_likelihood", labels: matrix.likelihood, plan: &plan)
        let residualImpact = rating("residual_impact", labels: matrix.impact, plan: &plan)
        if cell("residual_likelihood") != nil || cell("residual_impact") != nil {
            switch (residualLikelihood, residualImpact) {
            case (let l?, let i?): risk.residual = RiskRating(likelihood: l, impact: i)
            case (nil, nil): risk.residual = nil
            default: plan.error(row.number, header(residualLikelihood == nil ? "residual_likelihood" : "residual_impact"), "empty while the other residual rating is given; give both or neither")
            }
        }
        readAcceptance(into: &risk, plan: &plan)
        return risk
    }

    private mutating func readAcceptance(into risk: inout Risk, plan: inout ImportPlan<Risk>) {
        guard cell("accepted_by") != nil || cell("accepted_on") != nil else { return }
        let by = cell("accepted_by").map { PersonReference.resolve(ImportValues.text($0), in: workspace.config, row: row.number, column: header("accepted_by"), plan: &plan) } ?? risk.acceptance?.by ?? ""
        let on = date("accepted_on", plan: &plan) ?? (cell("accepted_on") == nil ? risk.acceptance?.on : nil)
        let rationale = cell("acceptance_rationale").map(ImportValues.text) ?? risk.acceptance?.rationale ?? ""
        let until = date("acceptance_valid_until", plan: &plan) ?? (cell("acceptance_valid_until") == nil ? risk.acceptance?.validUntil : nil)
        switch (by.isEmpty, on) {
        case (true, nil): risk.acceptance = nil
        case (false, let on?): risk.acceptance = RiskAcceptance(by: by, on: on, rationale: rationale, validUntil: until)
        case (false, nil): plan.error(row.number, header("accepted_on"), "empty while accepted by \(by); an acceptance needs its date")
        case (true, _): plan.error(row.number, header("accepted_by"), "empty while accepted on a date; an acceptance needs who accepted it")
        }
    }

    private func rating(_ field: String, labels: [String], plan: inout ImportPlan<Risk>) -> Int? {
        guard let value = cell(field), !ImportValues.isBlank(value) else { return nil }
        if let number = ImportValues.integer(value) {
            if (1...labels.count).contains(number) { return number }
            plan.error(row.number, header(field), "\(number) is outside the matrix's scale (1 to \(labels.count))")
            return nil
        }
        let words = ImportValues.words(value)
        if let index = labels.firstIndex(where: { ImportHeader.normalize($0) == words }) { return index + 1 }
        // `3 - Possible`, `Likely (4)`
        if let number = ImportValues.text(value).split(whereSeparator: { !$0.isNumber }).first.flatMap({ Int($0) }), (1...labels.count).contains(number) { return number }
        plan.error(row.number, header(field), "\"\(ImportValues.text(value))\" is not on the scale (1 to \(labels.count), or \(labels.joined(separator: ", ")))")
        return nil
    }

    private func date(_ field: String, plan: inout ImportPlan<Risk>) -> Day? {
        guard let value = cell(field) else { return nil }
        switch ImportValues.day(value) {
        case .some(let day): return day
        case .none:
            plan.error(row.number, header(field), "\"\(ImportValues.text(value))\" is not a date (write it as 2026-03-01)")
            return nil
        }
    }

    private func controls(_ value: SheetCell, plan: inout ImportPlan<Risk>) -> [String] {
        var ids: [String] = []
        for text in ImportValues.list(value) {
            switch ControlReference.read(text) {
            case .control(let id): ids.append(id)
            case .mapped(let old, let new):
                ids += new
                plan.note(row.number, header("controls"), "\(old) (ISO/IEC 27001:2013) is linked as \(new.joined(separator: " and ")) (2022)")
            case .unknown(let id): plan.error(row.number, header("controls"), "\(id) is not an Annex A control of ISO/IEC 27001:2022 nor of 2013")
            case .unreadable: plan.error(row.number, header("controls"), "\"\(text)\" is not a control id (such as A.8.7)")
            }
        }
        return ids.reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
    }
}
