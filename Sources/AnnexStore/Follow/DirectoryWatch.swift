import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Tells which files of the watched folders changed, from inotify on Linux. Where it is not
/// available, or a folder cannot be watched (the watch limit is reached), `isComplete` is false
/// and the follower falls back to comparing every file's signature.
final class DirectoryWatch {
    /// Readable when something changed: the terminal loop waits on it beside the keyboard.
    private(set) var descriptor: Int32 = -1
    private(set) var isComplete = false
    private var folders: [Int32: String] = [:]
    private var watched: Set<String> = []

    init() {
        #if os(Linux)
        descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        isComplete = descriptor >= 0
        #endif
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// Watches `folder` (absolute) for files written, renamed into place, created and removed.
    func watch(_ folder: String) {
        #if os(Linux)
        guard descriptor >= 0, !watched.contains(folder) else { return }
        let mask = UInt32(IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_ATTRIB | IN_DELETE_SELF)
        let wd = inotify_add_watch(descriptor, folder, mask)
        if wd < 0 {
            // A folder that is not there (no status/ yet) is seen being made by its parent's
            // watch, and watched then. Only a real failure (the watch limit) means polling,
            // which on a large workspace is thousands of stats on the main thread every 0.4 s.
            if errno != ENOENT && errno != ENOTDIR { isComplete = false }
            return
        }
        folders[wd] = folder
        watched.insert(folder)
        #endif
    }

    /// The absolute paths named by the events waiting, without blocking; empty when none.
    func drain() -> [String] {
        #if os(Linux)
        guard descriptor >= 0 else { return [] }
        var paths: [String] = []
        let size = 64 * 1024
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 8)
        defer { buffer.deallocate() }
        while true {
            let count = read(descriptor, buffer, size)
            if count <= 0 { break }
            var offset = 0
            while offset + MemoryLayout<inotify_event>.size <= count {
                let event = buffer.load(fromByteOffset: offset, as: inotify_event.self)
                let nameLength = Int(event.len)
                if event.mask & UInt32(IN_Q_OVERFLOW) != 0 { isComplete = false }
                if let folder = folders[event.wd] {
                    if nameLength > 0 {
                        let name = String(cString: (buffer + offset + MemoryLayout<inotify_event>.size).assumingMemoryBound(to: CChar.self))
                        paths.append(folder + "/" + name)
                    } else {
                        paths.append(folder)
                    }
                    if event.mask & UInt32(IN_DELETE_SELF | IN_IGNORED) != 0 {
                        folders[event.wd] = nil
                        watched.remove(folder)
                    }
                }
                offset += MemoryLayout<inotify_event>.size + nameLength
            }
        }
        return paths
        #else
        return []
        #endif
    }
}
