import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A derived copy of what parsing some workspace files gave, like git's index: each file's
/// result is kept under its path with the size, modification time and inode it had when read,
/// and used only while the file still has all three. It is never the only copy of anything (the
/// YAML and JSON Lines files stay the truth; deleting the cache costs one slow start), it is
/// replaced whole (a temporary file renamed into place, so a reader never sees half of one, and
/// two processes writing it at once leave one complete cache), and a file that does not read as
/// this version of it (damaged, foreign, older or newer) is ignored and rebuilt.
struct ParseCache {
    /// Listed in the workspace's `.gitignore` (`WorkspaceGitignore`): per machine.
    static let folder = ".annex-cache"
    /// Bumped whenever what a payload holds changes, so an older cache is rebuilt, not misread.
    static let format = 1
    private static let magic = Array("ANNEXPC\u{0}".utf8)
    /// A file changed within this long of being read could change again with the same time
    /// stamp (the clock is coarse): it is read anew next time, like git's "racy" entries.
    static let racyWindowNanoseconds: Int64 = 2_000_000_000

    let name: String
    private var bytes: [UInt8] = []
    private var entries: [String: (signature: Signature, payload: Range<Int>)] = [:]
    /// What the next cache holds: entries still good, and the files read anew.
    private var next: [String: (signature: Signature, payload: ArraySlice<UInt8>)] = [:]
    private var added = 0
    private let startedAt: Int64

    /// The cache `name` of the workspace, or an empty one when there is none or it is unusable.
    init(name: String, store: WorkspaceStore) {
        self.name = name
        startedAt = Int64(Date().timeIntervalSince1970 * 1_000_000_000)
        guard let path = Self.path(name, in: store), let data = FileManager.default.contents(atPath: path) else { return }
        bytes = [UInt8](data)
        do {
            entries = try Self.index(bytes)
            next.reserveCapacity(entries.count)
        } catch {
            bytes = []
            entries = [:]
        }
    }

    /// The cached result for `path`, when the file still has the signature it was read with.
    mutating func reader(for path: String, signature: Signature) -> CacheReader? {
        guard let entry = entries[path], entry.signature == signature,
              let reader = try? CacheReader(bytes, from: entry.payload.lowerBound, to: entry.payload.upperBound) else { return nil }
        next[path] = (signature, bytes[entry.payload])
        return reader
    }

    /// Keeps a fresh result for the next cache, unless the file is too new to be trusted by its signature.
    mutating func keep(_ path: String, signature: Signature, payload: [UInt8]) {
        guard max(signature.modified, signature.changed) < startedAt - Self.racyWindowNanoseconds else { return }
        next[path] = (signature, payload[...])
        added += 1
    }

    /// Writes the cache for the next load when it would differ from the one read. A cache that
    /// cannot be written (a read-only workspace, a full disk) only means the next start is slow.
    func save(in store: WorkspaceStore) {
        guard added > 0 || next.count != entries.count else { return }
        var writer = CacheWriter()
        writer.int(Self.format)
        writer.int(next.count)
        for (path, entry) in next.sorted(by: { $0.key < $1.key }) {
            writer.string(path)
            writer.int(entry.signature.size)
            writer.int(Int(entry.signature.modified))
            writer.int(Int(entry.signature.changed))
            writer.uint64(entry.signature.inode)
            writer.nested(Array(entry.payload))
        }
        var file = Self.magic + writer.finished()
        file += withUnsafeBytes(of: Self.checksum(file).littleEndian, Array.init)
        try? Self.write(file, name: name, in: store)
    }

    // MARK: The file

    private static func path(_ name: String, in store: WorkspaceStore) -> String? {
        // Never through a link: a planted `.annex-cache` link could feed records or take writes.
        guard let path = try? store.realPath("\(folder)/\(name)") else { return nil }
        return path
    }

    private static func index(_ bytes: [UInt8]) throws -> [String: (signature: Signature, payload: Range<Int>)] {
        guard bytes.count > magic.count + 8, Array(bytes.prefix(magic.count)) == magic else { throw CacheDamaged() }
        let body = bytes.count - 8
        let stored = bytes[body...].enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
        guard stored == checksum(bytes[..<body]) else { throw CacheDamaged() }
        var reader = try CacheReader(bytes, from: magic.count, to: body)
        guard try reader.int() == format else { throw CacheDamaged() }
        let count = try reader.count()
        var entries: [String: (signature: Signature, payload: Range<Int>)] = [:]
        entries.reserveCapacity(count)
        for _ in 0..<count {
            let path = try reader.string()
            let signature = Signature(size: try reader.int(), modified: Int64(try reader.int()), changed: Int64(try reader.int()), inode: try reader.uint64())
            entries[path] = (signature, try reader.nested())
        }
        return entries
    }

    private static func write(_ file: [UInt8], name: String, in store: WorkspaceStore) throws {
        let folder = try store.realPath(Self.folder)
        var info = stat()
        if lstat(folder, &info) != 0 {
            guard mkdir(folder, DurableFile.folderPermissions) == 0 || errno == EEXIST else { return }
            // Ignored by git whatever the workspace's own .gitignore says (Annex edits only its own).
            let ignore = open(folder + "/.gitignore", O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, DurableFile.filePermissions)
            if ignore >= 0 {
                try? DurableFile.writeAll(ignore, Data("*\n".utf8))
                close(ignore)
            }
        } else if (info.st_mode & S_IFMT) != S_IFDIR {
            return
        }
        let target = try store.realPath("\(Self.folder)/\(name)")
        // Derived data: no fsync. A cache lost or damaged by a power cut fails its checksum and is rebuilt.
        let temporary = "\(folder)/.\(name).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, DurableFile.filePermissions)
        guard fd >= 0 else { return }
        let written = (try? DurableFile.writeAll(fd, Data(file))) != nil
        close(fd)
        if !written || rename(temporary, target) != 0 { unlink(temporary) }
    }

    /// What tells a file changed without reading it: size, modification and status-change times
    /// (a `chmod` or a `touch -r` that puts an old time back changes the latter) and inode (an
    /// atomic replace or a checkout gives a new one).
    struct Signature: Equatable, Sendable {
        var size: Int
        var modified: Int64
        var changed: Int64
        var inode: UInt64

        init(size: Int, modified: Int64, changed: Int64, inode: UInt64) {
            self.size = size
            self.modified = modified
            self.changed = changed
            self.inode = inode
        }

        /// Nil unless `path` is a regular file.
        init?(_ path: String) {
            var info = stat()
            guard stat(path, &info) == 0 else { return nil }
            self.init(info)
        }

        /// Nil unless `path` itself is a regular file (a link is not): one system call where
        /// checking the path for links and then taking the signature would be two or more.
        init?(unlinked path: String) {
            var info = stat()
            guard lstat(path, &info) == 0 else { return nil }
            self.init(info)
        }

        private init?(_ info: stat) {
            guard (info.st_mode & S_IFMT) == S_IFREG else { return nil }
            size = Int(info.st_size)
            #if canImport(Glibc)
            modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
            changed = Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
            #else
            modified = Int64(info.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(info.st_mtimespec.tv_nsec)
            changed = Int64(info.st_ctimespec.tv_sec) * 1_000_000_000 + Int64(info.st_ctimespec.tv_nsec)
            #endif
            inode = UInt64(info.st_ino)
        }
    }

    /// FNV-1a over 64-bit words: a damaged cache is told from a good one in a millisecond or two.
    static func checksum(_ bytes: some Collection<UInt8>) -> UInt64 {
        // In place when the bytes are contiguous (the whole cache, read on every start, is not copied).
        if let hash = bytes.withContiguousStorageIfAvailable({ checksum(UnsafeRawBufferPointer($0)) }) { return hash }
        return Array(bytes).withUnsafeBytes { checksum($0) }
    }

    private static func checksum(_ buffer: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var offset = 0
        while offset + 8 <= buffer.count {
            hash = (hash ^ buffer.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0x0000_0100_0000_01b3
            offset += 8
        }
        while offset < buffer.count {
            hash = (hash ^ UInt64(buffer[offset])) &* 0x0000_0100_0000_01b3
            offset += 1
        }
        return hash ^ UInt64(buffer.count)
    }
}
