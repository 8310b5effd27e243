import AnnexDomain
import Foundation

/// The workspace on disk: reads it whole, writes one record at a time, durably.
public struct WorkspaceStore: Sendable {
    /// Absolute path of the workspace folder.
    public let root: String
    /// What this process appended to journals, so following the workspace skips its own events.
    let ownAppends = OwnAppends()

    public init(root: String) {
        self.root = root
    }

    func absolute(_ relative: String) -> String { root + "/" + relative }

    func read(_ relative: String) throws -> String? {
        let path = try realPath(relative)
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw StoreError(path: relative, "cannot be read (check its permissions)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw StoreError(path: relative, line: firstInvalidUTF8Line(data), "is not UTF-8 text")
        }
        return text
    }

    /// Why a folder of records cannot be listed (it exists but is not readable), or nil. A
    /// folder that cannot be listed must be an error, not records quietly missing.
    func folderProblem(_ folder: String) -> FileIssue? {
        let path = absolute(folder)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else { return nil }
        guard let handle = opendir(path) else {
            return FileIssue(.error, path: folder, "cannot be read (check its permissions): the records in it are left out")
        }
        closedir(handle)
        return nil
    }

    /// Lists `folder/*.<suffix>` by name, relative to the root; nothing when the folder is missing.
    func files(in folder: String, suffix: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: absolute(folder))) ?? []
        return names.filter { $0.hasSuffix(suffix) && !$0.hasPrefix(".") }.sorted().map { "\(folder)/\($0)" }
    }

    func folders(in folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: absolute(folder))) ?? []
        return names.filter { name in
            var isFolder: ObjCBool = false
            return !name.hasPrefix(".") && FileManager.default.fileExists(atPath: absolute("\(folder)/\(name)"), isDirectory: &isFolder) && isFolder.boolValue
        }.sorted()
    }

    private func firstInvalidUTF8Line(_ data: Data) -> Int {
        var line = 1
        var start = data.startIndex
        for (offset, byte) in data.enumerated() where byte == 0x0A {
            let end = data.startIndex + offset
            if String(data: data[start..<end], encoding: .utf8) == nil { return line }
            line += 1
            start = end + 1
        }
        return line
    }
}
