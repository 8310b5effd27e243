import AnnexDomain

/// `annex import risks`: rows of a risk register spreadsheet become risks.
public enum RiskImport {
    public static let fields: [ImportField] = [
        ImportField("id", "the risk's id (R-001); a row without one is a new risk", synonyms: ["risk id", "risk no", "risk number", "ref", "reference", "risk ref", "no", "number"]),
        ImportField("title", required: true, "a short name of the risk", synonyms: ["risk", "risk title", "name", "risk name", "summary", "risk summary", "risk scenario", "scenario"]),
        ImportField("description", "the risk in full", synonyms: ["risk description", "details", "detail", "description of risk"]),
        ImportField("owner", "a person's id or name from annex.yaml", synonyms: ["risk owner", "responsible", "accountable", "owner name"]),
        ImportField("assets", "affected assets, separated by ;", synonyms: ["asset", "affected assets", "assets affected", "information assets", "asset s"]),
        ImportField("threat", "the threat", synonyms: ["threats", "threat source", "threat event"]),
        ImportField("vulnerability", "the vulnerability", synonyms: ["vulnerabilities", "weakness"]),
        ImportField("likelihood", required: true, "inherent likelihood: a number on the matrix's scale or its name", synonyms: [
            "inherent likelihood", "probability", "inherent probability", "likelihood score", "l", "likelihood rating", "initial likelihood",
        ]),
        ImportField("impact", required: true, "inherent impact: a number on the matrix's scale or its name", synonyms: [
            "inherent impact", "consequence", "inherent consequence", "severity", "impact score", "i", "impact rating", "initial impact",
        ]),
        ImportField("treatment", "modify (reduce, mitigate), retain (accept), avoid, share (transfer)", synonyms: ["treatment option", "risk treatment", "treatment decision", "response", "risk response"]),
        ImportField("controls", "Annex A controls that treat it, separated by ;", synonyms: ["annex a controls", "linked controls", "controls applied", "iso 27001 controls", "control ids", "applicable controls"]),
        ImportField("plan", "the treatment plan", synonyms: ["treatment plan", "actions", "treatment actions", "mitigation", "mitigation plan", "planned actions"]),
        ImportField("due", "when the treatment is due", synonyms: ["due date", "target date", "treatment due", "deadline"]),
        ImportField("residual_likelihood", "likelihood after treatment", synonyms: ["residual likelihood", "residual probability", "target likelihood"]),
        ImportField("residual_impact", "impact after treatment", synonyms: ["residual impact", "residual consequence", "target impact"]),
        ImportField("accepted_by", "who accepted the residual risk", synonyms: ["accepted by", "risk accepted by", "acceptance by", "approved by"]),
        ImportField("accepted_on", "when it was accepted", synonyms: ["accepted on", "acceptance date", "date accepted"]),
        ImportField("acceptance_rationale", "why it was accepted", synonyms: ["acceptance rationale", "acceptance reason", "rationale", "acceptance justification"]),
        ImportField("acceptance_valid_until", "until when the acceptance holds", synonyms: ["acceptance valid until", "valid until", "acceptance expiry", "acceptance expires"]),
        ImportField("status", "identified, treating, accepted, closed", synonyms: ["risk status", "state"]),
        ImportField("next_review", "the next review date", synonyms: ["next review", "review date", "next review date", "review due"]),
    ]

    static let treatments: [String: RiskTreatment] = [
        "modify": .modify, "reduce": .modify, "mitigate": .modify, "treat": .modify, "modification": .modify, "reduction": .modify,
        "retain": .retain, "accept": .retain, "tolerate": .retain, "retention": .retain, "acceptance": .retain,
        "avoid": .avoid, "terminate": .avoid, "avoidance": .avoid, "eliminate": .avoid,
        "share": .share, "transfer": .share, "sharing": .share, "insure": .share,
    ]

    static let statuses: [String: RiskStatus] = [
        "identified": .identified, "new": .identified, "open": .identified, "assessed": .identified,
        "treating": .treating, "in treatment": .treating, "in progress": .treating, "being treated": .treating, "treatment in progress": .treating,
        "accepted": .accepted, "closed": .closed, "retired": .closed, "resolved": .closed,
    ]

    public static func plan(_ sheet: ImportedSheet, file: String, map explicit: [String: String], workspace: Workspace, ids: IDGenerator = IDGenerator()) -> ImportPlan<Risk> {
        var plan = ImportPlan<Risk>(file: file)
        let (found, problems) = ColumnMap.find(in: sheet, fields: fields, explicit: explicit, file: file)
        guard let columns = found else { plan.errors = problems; return plan }
        if sheet.rows.allSatisfy({ $0.number <= columns.headerRow }) { plan.error(nil, nil, "has a header row but no rows to import") }
        var seen: [String: Int] = [:]
        var taken = Set(workspace.risks.map(\.id))
        for row in sheet.rows where row.number > columns.headerRow {
            var reader = RiskRowReader(row: row, columns: columns, workspace: workspace)
            let errorsBefore = plan.errors.count
            let idText = reader.cell("id").map(ImportValues.text) ?? ""
            if !idText.isEmpty {
                if let problem = RecordID.problem(with: idText) { plan.error(row.number, reader.header("id"), "\"\(idText)\" cannot be a risk id: \(problem)") }
                if let first = seen[idText] { plan.error(row.number, reader.header("id"), "\(idText) is listed twice (first on row \(first))") }
                seen[idText] = row.number
            }
            let before = idText.isEmpty ? nil : workspace.risks.first { $0.id == idText }
            let risk = reader.read(onto: before, id: idText, plan: &plan)
            guard plan.errors.count == errorsBefore, var risk else { continue }
            if risk.id.isEmpty {
                risk.id = ids.make(prefix: "R", avoiding: taken)
            }
            taken.insert(risk.id)
            let lines = FieldDifference.lines(before: before.map(RiskCodec.map), after: RiskCodec.map(risk), fields: RiskCodec.map(risk).pairs.compactMap(\.0.string).filter { $0 != "id" })
            if lines.isEmpty, before != nil { plan.unchanged += 1; continue }
            plan.changes.append(.init(name: risk.id, before: before, after: risk, rows: [row.number], fields: lines))
        }
        return plan
    }
}
