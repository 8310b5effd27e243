import AnnexDomain

/// A few lines that say what a workspace holds, for the terminal.
struct WorkspaceSummary {
    let text: String

    init(_ workspace: Workspace) {
        let soa = SoAFigures(soa: workspace.soa, catalog: workspace.catalog).overall
        let risks = RiskFigures(risks: workspace.risks, matrix: workspace.config.riskMatrix, view: .residual)
        let levels = workspace.config.riskMatrix.levels.reversed()
            .map { "\(risks.byLevel[$0.id, default: 0]) \($0.name.lowercased())" }.joined(separator: ", ")
        var lines = [
            "\(workspace.config.organisation)",
            "  SoA: \(soa.total) controls, \(soa.applicable) applicable, \(soa.excluded) excluded; \(soa.implemented) implemented (\(Int((soa.implementedShare * 100).rounded()))%), \(soa.byStatus[.partial, default: 0]) partially",
            "  Risks: \(workspace.risks.count) (residual: \(levels))",
            "  Evidence: \(workspace.evidence.count) records",
        ]
        for audit in workspace.audits {
            let progress = AuditProgress(audit: audit, log: workspace.log(of: audit.id))
            lines.append("  Audit \(audit.id) (\(audit.status.rawValue)): \(progress.fraction) items reached (\(progress.summary)), \(progress.findings.values.reduce(0, +)) findings, \(progress.nonconformities) \(progress.nonconformities == 1 ? "nonconformity" : "nonconformities")")
        }
        let open = workspace.actions.filter { !$0.status.isClosed }.count
        lines.append("  Corrective actions: \(workspace.actions.count) (\(open) open)")
        text = lines.joined(separator: "\n")
    }
}
