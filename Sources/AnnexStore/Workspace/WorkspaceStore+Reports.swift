import Foundation
import AnnexDomain

/// Audit reports written from the terminal UI, next to the audit they report on.
extension WorkspaceStore {
    /// Writes `audits/<id>/report.md` and `report.html` atomically; returns their paths.
    public func saveReport(audit: String, markdown: String, html: String) throws -> [String] {
        let folder = try WorkspaceLayout.auditFolder(audit)
        let paths = ["\(folder)/report.md", "\(folder)/report.html"]
        try DurableFile.replace(realPath(paths[0]), with: Data(markdown.utf8))
        try DurableFile.replace(realPath(paths[1]), with: Data(html.utf8))
        return paths
    }
}

extension WorkspaceStore {
    /// The report of one audit from the workspace as it is on disk now, every auditor's journal
    /// included: the same text `annex export audit` prints.
    public func auditReport(_ audit: String, today: Day) throws -> AuditReport {
        let loaded = try load()
        return try AuditReport(workspace: loaded.workspace, audit: audit, today: today, omittedFiles: Array(loaded.unreadable))
    }
}
