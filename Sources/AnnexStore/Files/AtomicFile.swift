import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Low-level file operations with the durability the workspace promises: a reader sees either the
/// old file or the new one, never half of either, and a write that returned survives a power cut.
enum DurableFile {
    /// Data files hold confidential audit material: owner read/write only.
    static let filePermissions: mode_t = 0o600
    static let folderPermissions: mode_t = 0o700

    /// Writes `data` to a temporary file in the same folder, fsyncs it, renames it over `path`
    /// and fsyncs the folder so the rename itself is durable.
    static func replace(_ path: String, with data: Data) throws {
        let folder = (path as NSString).deletingLastPathComponent
        try makeFolder(folder)
        let name = (path as NSString).lastPathComponent
        let temporary = folder + "/.\(name).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, filePermissions)
        guard fd >= 0 else { throw posixError("cannot create \(temporary)") }
        do {
            try writeAll(fd, data)
            guard fsync(fd) == 0 else { throw posixError("cannot flush \(temporary)") }
            close(fd)
        } catch {
            close(fd)
            unlink(temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            let failure = posixError("cannot move the new \(name) into place")
            unlink(temporary)
            throw failure
        }
        try syncFolder(folder)
    }

    /// Appends one record to a journal and returns once it is on disk. A torn last line left by an
    /// earlier crash is closed with a newline first so it cannot swallow this record.
    /// Returns the byte range the record took in the file.
    @discardableResult
    static func append(_ path: String, line data: Data) throws -> Range<Int> {
        let folder = (path as NSString).deletingLastPathComponent
        try makeFolder(folder)
        let existed = access(path, F_OK) == 0
        let fd = open(path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC | O_NOFOLLOW, filePermissions)
        guard fd >= 0 else { throw posixError("cannot open \(path)") }
        defer { close(fd) }
        var payload = data
        if existed, endsWithoutNewline(fd) { payload.insert(0x0A, at: 0) }
        let before = lseek(fd, 0, SEEK_END)
        do {
            try writeAll(fd, payload)
            guard fsync(fd) == 0 else { throw posixError("cannot flush \(path)") }
        } catch {
            // A full disk or a size limit can stop the write halfway: the event is written whole
            // or not at all, so the journal is cut back to where it ended.
            _ = ftruncate(fd, before)
            _ = fsync(fd)
            throw error
        }
        if !existed { try syncFolder(folder) }
        let end = Int(lseek(fd, 0, SEEK_END))
        return (end - payload.count)..<end
    }

    static func remove(_ path: String) throws {
        guard unlink(path) == 0 || errno == ENOENT else { throw posixError("cannot remove \(path)") }
        try syncFolder((path as NSString).deletingLastPathComponent)
    }

    static func makeFolder(_ folder: String) throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) {
            if isFolder.boolValue { return }
            throw StoreError(path: folder, "is a file where a folder was expected")
        }
        try makeFolder((folder as NSString).deletingLastPathComponent)
        guard mkdir(folder, folderPermissions) == 0 || errno == EEXIST else {
            throw posixError("cannot create the folder \(folder)")
        }
        try syncFolder((folder as NSString).deletingLastPathComponent)
    }

    static func syncFolder(_ folder: String) throws {
        let fd = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw posixError("cannot open the folder \(folder)") }
        defer { close(fd) }
        // Some file systems refuse fsync on folders (EINVAL); the rename is still atomic there.
        if fsync(fd) != 0, errno != EINVAL { throw posixError("cannot flush the folder \(folder)") }
    }

    private static func endsWithoutNewline(_ fd: Int32) -> Bool {
        let size = lseek(fd, 0, SEEK_END)
        guard size > 0 else { return false }
        var last: UInt8 = 0
        return pread(fd, &last, 1, size - 1) == 1 && last != 0x0A
    }

    static func writeAll(_ fd: Int32, _ data: Data) throws {
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count {
                let written = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw posixError("write failed")
                }
                offset += written
            }
        }
    }

    static func posixError(_ what: String) -> StoreError {
        StoreError(path: what, String(cString: strerror(errno)))
    }
}
