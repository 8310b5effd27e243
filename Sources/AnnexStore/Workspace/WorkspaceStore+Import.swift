import AnnexDomain
import Foundation

extension WorkspaceStore {
    /// Writes an SoA import: every changed entry in one atomic rewrite of `soa.yaml`.
    public func apply(_ plan: ImportPlan<SoAEntry>) throws {
        precondition(plan.errors.isEmpty, "an import with errors is never written")
        try importEntries(plan.changes.map(\.after))
    }

    /// SoA entries of an import, written as one atomic rewrite of `soa.yaml`.
    public func importEntries(_ entries: [SoAEntry]) throws {
        guard !entries.isEmpty else { return }
        try SoAWriter(store: self).saveAll(entries)
    }

    /// Writes a risk import as one change: every risk merged into its file (comments and unknown
    /// keys stay) under one hold of the workspace lock, then all files replaced together
    /// (`MultiFileCommit`), so a crash leaves none or all of them; nothing is written before the
    /// whole file has been read and found valid.
    public func apply(_ plan: ImportPlan<Risk>) throws {
        precondition(plan.errors.isEmpty, "an import with errors is never written")
        try importRisks(plan.changes.map(\.after))
    }

    /// Risks of an import, written as one change (see `apply`).
    public func importRisks(_ risks: [Risk]) throws {
        try WorkspaceLock(root: root).withLock {
            var replacements: [MultiFileCommit.Replacement] = []
            for risk in risks {
                let path = try WorkspaceLayout.risk(risk.id)
                let (_, text) = try RecordWriter<RiskCodec>(store: self, path: path, name: risk.id).merge(risk, base: nil, force: true)
                if let text { replacements.append(MultiFileCommit.Replacement(path: path, data: Data(text.utf8))) }
            }
            try MultiFileCommit.commit(replacements, in: self)
        }
    }

    /// A spreadsheet or CSV to import, read by its extension.
    public static func readSheet(_ path: String, sheet: String?) throws -> ImportedSheet {
        guard let data = FileManager.default.contents(atPath: path) else {
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
            throw StoreError(path: path, !exists ? "does not exist" : isFolder.boolValue ? "is a folder, not a file" : "cannot be read (check its permissions)")
        }
        switch (path as NSString).pathExtension.lowercased() {
        case "xlsx", "xlsm":
            return try XLSXReader.read(data, path: path, sheet: sheet)
        case "csv", "txt", "tsv":
            if sheet != nil { throw StoreError(path: path, "is CSV, which has no sheets: leave out --sheet") }
            return try CSVReader.read(data, path: path)
        case "xls", "ods", "numbers":
            throw StoreError(path: path, "is not a format Annex reads: save it as .xlsx (Excel Workbook) or .csv (CSV UTF-8)")
        default:
            if data.starts(with: [0x50, 0x4B]) { return try XLSXReader.read(data, path: path, sheet: sheet) }
            if sheet != nil { throw StoreError(path: path, "is read as CSV, which has no sheets: leave out --sheet") }
            return try CSVReader.read(data, path: path)
        }
    }
}
