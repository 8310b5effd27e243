import Foundation

/// Audit reports written from the terminal UI, next to the audit they report on.
extension WorkspaceStore {
    /// Writes `audits/<id>/report.md` and `report.html` atomically; returns their paths.
    public func saveReport(audit: String, markdown: String, html: String) throws -> [String] {
        let folder = try WorkspaceLayout.auditFolder(audit)
        let paths = ["\(folder)/report.md", "\(folder)/report.html"]
        try DurableFile.replace(absolute(paths[0]), with: Data(markdown.utf8))
        try DurableFile.replace(absolute(paths[1]), with: Data(html.utf8))
        return paths
    }
}
