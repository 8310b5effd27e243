import Crypto
import Foundation
import NIOSSH

/// The server's host key file: read when it exists, else made (ed25519, mode 0600) so the
/// server keeps one identity across restarts and clients' known_hosts stay valid.
public enum HostKey {
    public struct Loaded {
        public var key: NIOSSHPrivateKey
        public var fingerprint: String
        public var created: Bool
    }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    public static func loadOrCreate(path: String) throws -> Loaded {
        if FileManager.default.fileExists(atPath: path) { return try load(path: path, created: false) }
        let folder = (path as NSString).deletingLastPathComponent
        try makeFolder(folder)
        let key = Curve25519.Signing.PrivateKey()
        let text = OpenSSHPrivateKey.encode(key, comment: "annex serve host key")
        // Written whole under a temporary name, then linked into place: a crash leaves no half
        // key, and a second server starting at the same moment keeps the first one's key.
        let temporary = "\(folder)/.\((path as NSString).lastPathComponent).\(getpid()).tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard fd >= 0 else { throw Failure(description: "\(path): cannot be created (\(String(cString: strerror(errno))))") }
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) } == bytes.count && fsync(fd) == 0
        close(fd)
        defer { unlink(temporary) }
        guard written else { throw Failure(description: "\(path): cannot be written (\(String(cString: strerror(errno))))") }
        if link(temporary, path) != 0 {
            guard errno == EEXIST else { throw Failure(description: "\(path): cannot be created (\(String(cString: strerror(errno))))") }
            return try load(path: path, created: false)
        }
        let sshKey = NIOSSHPrivateKey(ed25519Key: key)
        return Loaded(key: sshKey, fingerprint: KeyFingerprint.sha256(sshKey.publicKey), created: true)
    }

    static func load(path: String, created: Bool) throws -> Loaded {
        var info = stat()
        guard stat(path, &info) == 0 else { throw Failure(description: "\(path): cannot be read (\(String(cString: strerror(errno))))") }
        guard info.st_mode & 0o077 == 0 else {
            throw Failure(description: "\(path): the host key can be read by others (mode \(String(info.st_mode & 0o777, radix: 8))): chmod 600 it")
        }
        guard info.st_size < 64 * 1024, let data = FileManager.default.contents(atPath: path) else {
            throw Failure(description: "\(path): cannot be read as a host key")
        }
        do {
            let key = NIOSSHPrivateKey(ed25519Key: try OpenSSHPrivateKey.decode(String(decoding: data, as: UTF8.self)))
            return Loaded(key: key, fingerprint: KeyFingerprint.sha256(key.publicKey), created: created)
        } catch let problem as OpenSSHPrivateKey.Problem {
            throw Failure(description: "\(path): \(problem.message)")
        }
    }

    /// The folder of the default key, `<workspace>/.annex`, is per machine: it holds a secret
    /// and is ignored by git whatever the workspace's own .gitignore says.
    static func makeFolder(_ folder: String) throws {
        var info = stat()
        if stat(folder, &info) == 0 { return }
        guard mkdir(folder, 0o700) == 0 || errno == EEXIST else {
            throw Failure(description: "\(folder): cannot be created (\(String(cString: strerror(errno))))")
        }
        if (folder as NSString).lastPathComponent == ".annex" {
            let ignore = open(folder + "/.gitignore", O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o600)
            if ignore >= 0 {
                _ = write(ignore, "*\n", 2)
                close(ignore)
            }
        }
    }
}
