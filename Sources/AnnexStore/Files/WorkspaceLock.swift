import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An advisory lock on the workspace (`.annex.lock`), held only for the moment of a
/// read-modify-write, so two processes updating the same file apply their changes in turn
/// and neither loses the other's.
struct WorkspaceLock {
    let root: String
    let path: String

    init(root: String) {
        self.root = root
        path = root + "/.annex.lock"
    }

    func withLock<T>(_ body: () throws -> T) throws -> T {
        // Not through a link: a planted .annex.lock link would create a file wherever it points.
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, DurableFile.filePermissions)
        guard fd >= 0 else {
            if errno == ELOOP { throw StoreError(path: ".annex.lock", "is a symbolic link: Annex never writes through links; remove it") }
            throw DurableFile.posixError("cannot open the lock \(path)")
        }
        defer { close(fd) }
        while flock(fd, LOCK_EX) != 0 {
            guard errno == EINTR else { throw DurableFile.posixError("cannot lock \(path)") }
        }
        defer { flock(fd, LOCK_UN) }
        // A change of several files that a crash interrupted is finished before anything else.
        try MultiFileCommit.recover(in: WorkspaceStore(root: root))
        return try body()
    }
}
