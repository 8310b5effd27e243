import AnnexDomain

/// `annex import soa`: rows of a consultant's SoA spreadsheet become SoA entries.
public enum SoAImport {
    public static let fields: [ImportField] = [
        ImportField("control", required: true, "the Annex A control: 5.1, A.5.1, A 5.1, Annex A 5.1, or a 2013 id such as A.9.2.3", synonyms: [
            "control id", "control no", "control number", "control ref", "control reference", "ref", "reference", "id", "no",
            "annex a", "annex a control", "annex a ref", "annex a reference", "iso 27001 control", "iso control", "clause", "number", "control",
        ]),
        ImportField("applicable", "yes/no, Y/N, applicable/not applicable, included/excluded", synonyms: [
            "applicability", "applies", "included", "include", "in scope", "selected", "is applicable", "applicable to organisation",
            "applicable to organization", "inclusion", "included in soa",
        ]),
        ImportField("reasons", "reasons for inclusion: risk treatment, legal or regulatory, contractual, business requirement, best practice (or the codes RRA, LR, CO, BR, BP)", synonyms: [
            "reasons for inclusion", "reason for inclusion", "reason for selection", "reasons for selection", "selection reason", "basis for inclusion",
        ]),
        ImportField("justification", "why the control is included or excluded", synonyms: [
            "justification", "justification for inclusion", "justification for exclusion", "justification for inclusion exclusion",
            "justification for inclusion or exclusion", "reason", "rationale", "reason for exclusion", "reason for inclusion exclusion", "why",
        ]),
        ImportField("status", "implemented, partially implemented, in progress, planned, not implemented, not started", synonyms: [
            "implementation status", "implementation", "implemented", "state", "progress", "implementation state", "current status",
            "control status",
        ]),
        ImportField("owner", "a person's id or name from annex.yaml", synonyms: [
            "control owner", "responsible", "responsibility", "responsible person", "accountable", "assigned to", "owner name",
        ]),
        ImportField("evidence", "evidence register ids, separated by ; or ,", synonyms: ["evidence ids", "evidence id", "evidence references"]),
        ImportField("notes", "how the control is implemented", synonyms: [
            "note", "comments", "comment", "remarks", "implementation notes", "how implemented", "implementation description",
            "implementation details", "description of implementation",
        ]),
        ImportField("reviewed", "the date the entry was last reviewed", synonyms: ["last reviewed", "review date", "date reviewed", "last review", "last review date", "date of last review", "reviewed on", "review"]),
    ]

    public static func plan(_ sheet: ImportedSheet, file: String, map explicit: [String: String], workspace: Workspace) -> ImportPlan<SoAEntry> {
        var plan = ImportPlan<SoAEntry>(file: file)
        let (found, problems) = ColumnMap.find(in: sheet, fields: fields, explicit: explicit, file: file)
        guard let columns = found else { plan.errors = problems; return plan }
        var rowsByControl: [String: [(row: Int, values: RowValues, mapped: String?)]] = [:]
        var controlsInOrder: [String] = []
        for row in sheet.rows where row.number > columns.headerRow {
            guard let (targets, mapped, values) = read(row, columns: columns, workspace: workspace, plan: &plan) else { continue }
            for target in targets {
                if rowsByControl[target] == nil { controlsInOrder.append(target) }
                rowsByControl[target, default: []].append((row.number, values, mapped))
            }
        }
        if sheet.rows.allSatisfy({ $0.number <= columns.headerRow }) {
            plan.error(nil, nil, "has a header row but no rows to import")
        }
        for control in controlsInOrder {
            let rows = rowsByControl[control]!
            let direct = rows.filter { $0.mapped == nil }
            if direct.count > 1 {
                plan.error(direct[1].row, columns.header(of: "control"), "\(control) is listed twice (first on row \(direct[0].row))")
                continue
            }
            var values = rows[0].values
            if rows.count > 1 {
                values = RowValues.merged(rows.map(\.values))
                let sources = rows.map { $0.mapped.map { "\($0) (2013)" } ?? control }
                plan.note(rows[0].row, nil, "\(sources.joined(separator: ", ")) merged into \(control) (rows \(rows.map { String($0.row) }.joined(separator: ", "))): applicable if any is, the least advanced status, texts and evidence joined")
            }
            let before = workspace.soa[control]
            let after = values.apply(to: before ?? SoAEntry(control: control))
            let lines = FieldDifference.lines(before: before.map(SoAEntryCodec.map), after: SoAEntryCodec.map(after), fields: ["applicable", "reasons", "justification", "status", "owner", "evidence", "notes", "reviewed"])
            if lines.isEmpty, before != nil { plan.unchanged += 1; continue }
            plan.changes.append(.init(name: control, before: before, after: after, rows: rows.map(\.row), fields: lines))
        }
        return plan
    }

    private static func read(_ row: ImportedSheet.Row, columns: ColumnMap, workspace: Workspace, plan: inout ImportPlan<SoAEntry>) -> (targets: [String], mapped: String?, values: RowValues)? {
        let errorsBefore = plan.errors.count
        for (field, column) in columns.columns.sorted(by: { $0.value < $1.value }) where row.formulaColumns.contains(column) {
            plan.error(row.number, columns.headers[column], "a formula; Annex imports values only (copy the column and paste it as values) [\(field)]")
        }
        func cell(_ field: String) -> SheetCell? { columns.columns[field].map { row[$0] } }
        func header(_ field: String) -> String { columns.header(of: field) ?? field }
        let controlCell = cell("control")!
        if ImportValues.isBlank(controlCell) {
            plan.error(row.number, header("control"), "empty; every row needs its control's id (or delete the row)")
            return nil
        }
        var targets: [String] = []
        var mapped: String?
        switch ControlReference.read(controlCell.plain) {
        case .control(let id): targets = [id]
        case .mapped(let old, let new):
            targets = new
            mapped = old
            plan.note(row.number, header("control"), "\(old) (ISO/IEC 27001:2013) is imported as \(new.joined(separator: " and ")) (2022)")
        case .unknown(let id):
            plan.error(row.number, header("control"), "\(id) is not an Annex A control of ISO/IEC 27001:2022 (A.5.1 to A.8.34) nor of 2013")
        case .unreadable:
            plan.error(row.number, header("control"), "\"\(ImportValues.text(controlCell))\" is not a control id (such as A.5.1 or 5.1)")
        }
        var values = RowValues()
        if let value = cell("applicable"), !ImportValues.isBlank(value) {
            values.applicable = ImportValues.applicable(value)
            if values.applicable == nil { plan.error(row.number, header("applicable"), "\"\(ImportValues.text(value))\" is not yes or no (yes, no, Y, N, applicable, not applicable, included, excluded)") }
        }
        if let value = cell("status") {
            switch ImportValues.status(value) {
            case .some(let status): values.status = status
            case .none: plan.error(row.number, header("status"), "\"\(ImportValues.text(value))\" is not a status (implemented, partially implemented, in progress, planned, not implemented, not started)")
            }
        }
        if let value = cell("reasons") {
            var reasons: [InclusionReason] = []
            for word in ImportValues.reasonWords(value) {
                if let reason = ImportValues.reason(word) { reasons.append(reason) }
                else { plan.error(row.number, header("reasons"), "\"\(word)\" is not a reason for inclusion (risk treatment, legal or regulatory, contractual, business requirement, best practice)") }
            }
            values.reasons = reasons
        }
        values.justification = cell("justification").map(ImportValues.text)
        values.notes = cell("notes").map(ImportValues.text)
        if let value = cell("owner") {
            values.owner = PersonReference.resolve(ImportValues.text(value), in: workspace.config, row: row.number, column: header("owner"), plan: &plan)
        }
        if let value = cell("evidence") {
            let ids = ImportValues.list(value)
            values.evidence = ids
            let known = Set(workspace.evidence.map(\.id))
            for id in ids where !known.contains(id) { plan.note(row.number, header("evidence"), "\(id) is not in the evidence register (yet)") }
        }
        if let value = cell("reviewed") {
            switch ImportValues.day(value) {
            case .some(let day): values.reviewed = .some(day)
            case .none: plan.error(row.number, header("reviewed"), "\"\(ImportValues.text(value))\" is not a date (write it as 2026-03-01)")
            }
        }
        return plan.errors.count == errorsBefore ? (targets, mapped, values) : nil
    }
}
