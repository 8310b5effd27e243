import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file the user asked for by name (`--output`): written whole or not at all, like the
/// workspace's own files, so a reader never opens half a report.
public enum OutputFile {
    public static func write(_ data: Data, to path: String) throws {
        let given = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var info = stat()
        if stat(given, &info) == 0 {
            switch info.st_mode & S_IFMT {
            case S_IFREG:
                // Through a link to the file it names: the link itself stays.
                try DurableFile.replace((given as NSString).resolvingSymlinksInPath, with: data)
                return
            case S_IFDIR: throw StoreError(path: path, "is a folder; name a file to write")
            default:
                // A device or a pipe (/dev/stdout, a FIFO) is written into: renaming over it would
                // replace the device itself.
                try writeInto(given, data, shown: path)
                return
            }
        }
        var isFolder: ObjCBool = false
        let folder = (given as NSString).deletingLastPathComponent
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw StoreError(path: path, "cannot be written: the folder \((path as NSString).deletingLastPathComponent) does not exist")
        }
        try DurableFile.replace(given, with: data)
    }

    private static func writeInto(_ path: String, _ data: Data, shown: String) throws {
        guard let handle = FileHandle(forWritingAtPath: path) else {
            throw StoreError(path: shown, "cannot be opened for writing: \(String(cString: strerror(errno)))")
        }
        defer { try? handle.close() }
        do {
            try handle.write(contentsOf: data)
        } catch {
            throw StoreError(path: shown, "cannot be written: \(error.localizedDescription)")
        }
    }
}
