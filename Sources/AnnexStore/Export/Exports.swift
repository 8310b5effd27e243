import AnnexDomain
import Foundation

/// The registers as tables, one builder per export.
public enum Exports {
    public static func soa(_ workspace: Workspace, catalog: Catalog? = nil) -> ExportTable {
        let catalog = catalog ?? workspace.catalog
        var table = ExportTable(columns: [
            "control", "title", "theme", "applicable", "reasons", "justification", "status", "status_title", "owner", "owner_name",
            "evidence", "notes", "reviewed",
        ])
        for entry in workspace.soa.entries {
            let control = catalog.item(entry.control)
            table.rows.append([
                .text(entry.control), .optional(control?.title), .optional(control?.theme?.rawValue), .flag(entry.applicable),
                .list(entry.reasons.map(\.rawValue)), .text(entry.justification), .text(entry.status.rawValue), .text(entry.status.title),
                .text(entry.owner), .optional(workspace.config.person(entry.owner)?.name), .list(entry.evidence),
                .text(entry.notes), .optional(entry.reviewed),
            ])
        }
        return table
    }

    public static func risks(_ workspace: Workspace) -> ExportTable {
        let matrix = workspace.config.riskMatrix
        var table = ExportTable(columns: [
            "id", "title", "description", "owner", "assets", "threat", "vulnerability", "likelihood", "impact", "score", "level",
            "treatment", "controls", "plan", "due", "residual_likelihood", "residual_impact", "residual_score",
            "residual_level", "accepted_by", "accepted_on", "acceptance_rationale", "acceptance_valid_until", "status", "next_review",
        ])
        for risk in workspace.risks {
            let residual = risk.residual
            table.rows.append([
                .text(risk.id), .text(risk.title), .text(risk.description), .text(risk.owner), .list(risk.assets), .text(risk.threat), .text(risk.vulnerability),
                .number(risk.inherent.likelihood), .number(risk.inherent.impact), .number(risk.inherent.score),
                .optional(matrix.level(of: risk.inherent)?.id), .text(risk.treatment.rawValue), .list(risk.controls),
                .text(risk.plan), .optional(risk.due), .optional(residual?.likelihood), .optional(residual?.impact),
                .optional(residual?.score), .optional(residual.flatMap(matrix.level(of:))?.id), .optional(risk.acceptance?.by),
                .optional(risk.acceptance?.on), .optional(risk.acceptance?.rationale), .optional(risk.acceptance?.validUntil),
                .text(risk.status.rawValue), .optional(risk.nextReview),
            ])
        }
        return table
    }

    /// Findings in force (withdrawn ones left out), of one audit or all, oldest first.
    public static func findings(_ workspace: Workspace, audit only: String? = nil, catalog: Catalog? = nil) -> ExportTable {
        let catalog = catalog ?? workspace.catalog
        var table = ExportTable(columns: [
            "audit", "id", "item", "item_title", "classification", "statement", "evidence", "interviewee", "role",
            "method", "sample", "auditor", "at",
        ])
        for audit in workspace.audits where only == nil || audit.id == only {
            for finding in workspace.log(of: audit.id).activeFindings {
                table.rows.append([
                    .text(audit.id), .text(finding.id), .text(finding.item), .optional(catalog.checklistItem(finding.item, of: audit)?.title),
                    .text(finding.classification.rawValue), .text(finding.statement), .text(finding.evidence),
                    .text(finding.interviewee), .text(finding.role), .text(finding.method.rawValue),
                    .optional(finding.sample.map(describe)), .text(finding.auditor), .text(Timestamp.format(finding.at)),
                ])
            }
        }
        return table
    }

    public static func actions(_ workspace: Workspace, audit only: String? = nil) -> ExportTable {
        var table = ExportTable(columns: [
            "id", "audit", "finding", "status", "owner", "due", "root_cause", "action", "verified_by", "verified_on", "effective",
        ])
        for action in workspace.actions where only == nil || action.audit == only {
            table.rows.append([
                .text(action.id), .text(action.audit), .text(action.finding), .text(action.status.rawValue), .text(action.owner),
                .optional(action.due), .text(action.rootCause), .text(action.action),
                .optional(action.verification?.by), .optional(action.verification?.on),
                action.verification.map { .flag($0.effective) } ?? .none,
            ])
        }
        return table
    }

    private static func describe(_ sample: AuditSample) -> String {
        let seed = sample.seed.map { ", seed \($0)" } ?? ""
        return "\(sample.size) of \(sample.populationSize) from \(sample.population) (\(sample.method)\(seed)): \(sample.items.joined(separator: ", "))"
    }
}
