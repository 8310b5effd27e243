import Crypto
import Foundation

/// The unencrypted ed25519 case of OpenSSH's private key format ("openssh-key-v1", as
/// `ssh-keygen -t ed25519 -N ''` writes it), read and written, so a host key made by either
/// ssh-keygen or `annex serve` serves both.
enum OpenSSHPrivateKey {
    static let begin = "-----BEGIN OPENSSH PRIVATE KEY-----"
    static let end = "-----END OPENSSH PRIVATE KEY-----"
    static let magic = Array("openssh-key-v1".utf8) + [0]

    struct Problem: Error {
        var message: String
        init(_ message: String) { self.message = message }
    }

    static func encode(_ key: Curve25519.Signing.PrivateKey, comment: String) -> String {
        let publicKey = Array(key.publicKey.rawRepresentation)
        var publicBlob = Writer()
        publicBlob.string(Array("ssh-ed25519".utf8))
        publicBlob.string(publicKey)

        var secret = Writer()
        let check = UInt32.random(in: 0...UInt32.max)
        secret.uint32(check)
        secret.uint32(check)
        secret.string(Array("ssh-ed25519".utf8))
        secret.string(publicKey)
        secret.string(Array(key.rawRepresentation) + publicKey)
        secret.string(Array(comment.utf8))
        var pad: UInt8 = 1
        while secret.bytes.count % 8 != 0 {
            secret.bytes.append(pad)
            pad += 1
        }

        var file = Writer()
        file.bytes = magic
        file.string(Array("none".utf8))
        file.string(Array("none".utf8))
        file.string([])
        file.uint32(1)
        file.string(publicBlob.bytes)
        file.string(secret.bytes)
        let base64 = Data(file.bytes).base64EncodedString()
        var lines: [String] = [begin]
        var index = base64.startIndex
        while index < base64.endIndex {
            let next = base64.index(index, offsetBy: 70, limitedBy: base64.endIndex) ?? base64.endIndex
            lines.append(String(base64[index..<next]))
            index = next
        }
        lines.append(end)
        return lines.joined(separator: "\n") + "\n"
    }

    static func decode(_ text: String) throws -> Curve25519.Signing.PrivateKey {
        let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        guard let first = lines.firstIndex(of: begin), let last = lines.lastIndex(of: end), first < last else {
            throw Problem("is not an OpenSSH private key (ssh-keygen -t ed25519 writes one)")
        }
        guard let data = Data(base64Encoded: lines[(first + 1)..<last].joined()) else { throw Problem("the key's base64 text is damaged") }
        var reader = Reader(bytes: Array(data))
        guard reader.take(magic.count) == magic else { throw Problem("is not in the openssh-key-v1 format") }
        let cipher = try reader.string()
        _ = try reader.string()
        _ = try reader.string()
        guard cipher == Array("none".utf8) else { throw Problem("is encrypted with a passphrase: a host key must be readable unattended (ssh-keygen -p -N '')") }
        guard try reader.uint32() == 1 else { throw Problem("holds more than one key") }
        _ = try reader.string()
        var secret = Reader(bytes: try reader.string())
        guard try secret.uint32() == secret.uint32() else { throw Problem("is damaged (its check numbers differ)") }
        let type = String(decoding: try secret.string(), as: UTF8.self)
        guard type == "ssh-ed25519" else { throw Problem("is a \(type) key: annex serve uses ed25519 host keys (ssh-keygen -t ed25519)") }
        _ = try secret.string()
        let pair = try secret.string()
        guard pair.count == 64 else { throw Problem("is damaged (the ed25519 key is not 64 bytes)") }
        do {
            return try Curve25519.Signing.PrivateKey(rawRepresentation: pair.prefix(32))
        } catch {
            throw Problem("is damaged (not an ed25519 key)")
        }
    }

    private struct Writer {
        var bytes: [UInt8] = []
        mutating func uint32(_ value: UInt32) {
            bytes += [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)]
        }
        mutating func string(_ value: [UInt8]) {
            uint32(UInt32(value.count))
            bytes += value
        }
    }

    private struct Reader {
        var bytes: [UInt8]
        var offset = 0
        mutating func take(_ count: Int) -> [UInt8]? {
            guard count >= 0, offset + count <= bytes.count else { return nil }
            defer { offset += count }
            return Array(bytes[offset..<offset + count])
        }
        mutating func uint32() throws -> UInt32 {
            guard let four = take(4) else { throw Problem("is damaged (it ends early)") }
            return four.reduce(0) { $0 << 8 | UInt32($1) }
        }
        mutating func string() throws -> [UInt8] {
            let count = try uint32()
            guard count <= 1 << 16, let value = take(Int(count)) else { throw Problem("is damaged (it ends early)") }
            return value
        }
    }
}
