import Foundation

/// A file the user asked for by name (`--output`): written whole or not at all, like the
/// workspace's own files, so a reader never opens half a report.
public enum OutputFile {
    public static func write(_ data: Data, to path: String) throws {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: absolute, isDirectory: &isFolder), isFolder.boolValue {
            throw StoreError(path: path, "is a folder; name a file to write")
        }
        let folder = (absolute as NSString).deletingLastPathComponent
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw StoreError(path: path, "cannot be written: the folder \((path as NSString).deletingLastPathComponent) does not exist")
        }
        try DurableFile.replace(absolute, with: data)
    }
}
