import Foundation

/// Plain-text lists kept in the workspace, such as a sample population exported from HR.
extension WorkspaceStore {
    /// Longest list read: a population is a list of ids, not a database dump.
    static let listLimit = 8 * 1024 * 1024

    /// Reads `relative` (inside the workspace only) as UTF-8 text.
    public func readListFile(_ relative: String) throws -> String {
        let cleaned = relative.hasPrefix("./") ? String(relative.dropFirst(2)) : relative
        let components = cleaned.split(separator: "/")
        guard !cleaned.hasPrefix("/"), !components.contains(".."), !components.isEmpty else {
            throw StoreError(path: relative, "is not a path inside the workspace")
        }
        let path = absolute(cleaned)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else {
            throw StoreError(path: relative, "no such file in the workspace")
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        guard size <= Self.listLimit else {
            throw StoreError(path: relative, "is \(size / 1_048_576) MiB; a population list may be at most 8 MiB")
        }
        guard let text = try read(cleaned) else { throw StoreError(path: relative, "no such file in the workspace") }
        return text
    }
}
