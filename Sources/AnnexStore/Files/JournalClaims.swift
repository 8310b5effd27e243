import AnnexDomain
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The journals this process writes. Each is claimed with a lock on
/// `audits/<id>/.writer-<auditor>.lock`, held while the session is open and dropped by the
/// kernel when the process ends, however it ends; the file says which process holds it.
public final class JournalClaims: @unchecked Sendable {
    private let store: WorkspaceStore
    private var held: [String: Int32] = [:]
    private let lock = NSLock()

    public init(store: WorkspaceStore) {
        self.store = store
    }

    deinit {
        for fd in held.values { close(fd) }
    }

    /// nil when the journal is now this process's to write; else who writes it.
    public func claim(audit: String, auditor: String) throws -> JournalHolder? {
        let path = try WorkspaceLayout.writerLock(audit: audit, auditor: auditor)
        lock.lock()
        defer { lock.unlock() }
        if held[path] != nil { return nil }
        try DurableFile.makeFolder((store.absolute(path) as NSString).deletingLastPathComponent)
        let fd = open(store.absolute(path), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, DurableFile.filePermissions)
        guard fd >= 0 else { throw DurableFile.posixError("cannot open \(path)") }
        var attempts = 0
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let holder = Self.holder(in: fd)
            // A holder on this host that has already died is still letting go of its files
            // (killed a moment ago): wait for it briefly rather than open read-only.
            if let holder, holder.host == Self.hostName, kill(holder.pid, 0) != 0, errno == ESRCH, attempts < 40 {
                attempts += 1
                usleep(25_000)
                continue
            }
            close(fd)
            return holder ?? JournalHolder(host: "an unknown host", pid: 0)
        }
        let text = "\(Self.hostName) \(getpid())\n"
        _ = ftruncate(fd, 0)
        _ = text.withCString { pwrite(fd, $0, strlen($0), 0) }
        held[path] = fd
        return nil
    }

    public func release(audit: String, auditor: String) {
        guard let path = try? WorkspaceLayout.writerLock(audit: audit, auditor: auditor) else { return }
        lock.lock()
        defer { lock.unlock() }
        guard let fd = held.removeValue(forKey: path) else { return }
        close(fd)
    }

    /// Journals (paths relative to the workspace) that only this process writes now.
    public var journals: Set<String> {
        lock.lock()
        defer { lock.unlock() }
        return Set(held.keys.map { path in
            let folder = (path as NSString).deletingLastPathComponent
            let auditor = (path as NSString).lastPathComponent.dropFirst(".writer-".count).dropLast(".lock".count)
            return "\(folder)/findings-\(auditor).jsonl"
        })
    }

    private static func holder(in fd: Int32) -> JournalHolder? {
        var buffer = [UInt8](repeating: 0, count: 256)
        let count = pread(fd, &buffer, buffer.count, 0)
        guard count > 0 else { return nil }
        let words = String(decoding: buffer[0..<count], as: UTF8.self).split(whereSeparator: \.isWhitespace)
        guard words.count >= 2, let pid = Int32(words[1]) else { return nil }
        return JournalHolder(host: String(words[0]), pid: pid)
    }

    static var hostName: String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count) == 0 else { return "localhost" }
        let name = String(cString: buffer)
        return name.isEmpty ? "localhost" : name
    }
}
