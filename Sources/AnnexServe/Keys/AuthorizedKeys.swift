import AnnexDomain
import Foundation
import NIOSSH

/// One line of an OpenSSH `authorized_keys` file: a key and the person it logs in as.
public struct AuthorizedKey: Sendable, Equatable {
    public var person: String
    public var key: NIOSSHPublicKey
    public var line: Int

    public var fingerprint: String { KeyFingerprint.sha256(key) }
}

/// `path:line: what is wrong` for a line of an `authorized_keys` file that cannot be used.
public struct AuthorizedKeysError: Error, CustomStringConvertible, Equatable {
    public var path: String
    public var line: Int
    public var message: String

    public var description: String { line > 0 ? "\(path):\(line): \(message)" : "\(path): \(message)" }
}

/// Reads the OpenSSH `authorized_keys` format (sshd(8), "AUTHORIZED_KEYS FILE FORMAT"):
/// `[options] keytype base64 [comment]`, blank lines and `#` comments ignored. The person is the
/// `annex-user="ID"` option, else the comment. A line that cannot be used is an error naming its
/// line: a key silently skipped would leave its owner locked out with no word why.
public enum AuthorizedKeys {
    /// Options that restrict what OpenSSH allows; `annex serve` never allows any of it, so they
    /// are accepted as they are. Anything else (`from=`, `command=`, …) would be a promise this
    /// server does not keep, so it is refused.
    static let acceptedOptions: Set<String> = [
        "restrict", "no-port-forwarding", "no-agent-forwarding", "no-x11-forwarding", "no-user-rc",
    ]

    /// Key types OpenSSH writes; one of them at the start of a line means the line has no options.
    static let keyTypes: Set<String> = [
        "ssh-ed25519", "ssh-rsa", "ssh-dss", "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp521",
        "sk-ssh-ed25519@openssh.com", "sk-ecdsa-sha2-nistp256@openssh.com",
    ]
    static let supportedKeyTypes: Set<String> = ["ssh-ed25519", "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp521"]

    /// Files larger than this are not an authorized_keys file anyone wrote by hand.
    static let maximumSize = 1 << 20

    public static func load(path: String) throws -> [AuthorizedKey] {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw AuthorizedKeysError(path: path, line: 0, message: "cannot be read (\(String(cString: strerror(errno))))")
        }
        defer { try? handle.close() }
        let data = (try? handle.read(upToCount: maximumSize + 1)) ?? Data()
        guard data.count <= maximumSize else { throw AuthorizedKeysError(path: path, line: 0, message: "is larger than 1 MiB") }
        guard let text = String(data: data, encoding: .utf8) else { throw AuthorizedKeysError(path: path, line: 0, message: "is not UTF-8 text") }
        return try parse(text, path: path)
    }

    public static func parse(_ text: String, path: String) throws -> [AuthorizedKey] {
        var keys: [AuthorizedKey] = []
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: "\r")))
            if line.isEmpty || line.hasPrefix("#") { continue }
            do {
                keys.append(try parseLine(line, number: index + 1))
            } catch let problem as LineProblem {
                throw AuthorizedKeysError(path: path, line: index + 1, message: problem.message)
            }
        }
        return keys
    }

    struct LineProblem: Error {
        var message: String
        init(_ message: String) { self.message = message }
    }

    static func parseLine(_ line: String, number: Int) throws -> AuthorizedKey {
        var rest = Substring(line)
        var options: [(name: String, value: String?)] = []
        if let first = rest.split(separator: " ", maxSplits: 1).first, !keyTypes.contains(String(first)) {
            options = try parseOptions(&rest)
        }
        let fields = rest.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard fields.count >= 2 else { throw LineProblem("expected '[options] keytype key [comment]'") }
        let type = fields[0]
        guard keyTypes.contains(type) else { throw LineProblem("'\(type)' is not a key type") }
        guard supportedKeyTypes.contains(type) else {
            throw LineProblem("\(type) keys are not supported by annex serve: use ssh-ed25519 or ecdsa (ssh-keygen -t ed25519)")
        }
        let key: NIOSSHPublicKey
        do {
            key = try NIOSSHPublicKey(openSSHPublicKey: type + " " + fields[1])
        } catch {
            throw LineProblem("the \(type) key is damaged (its base64 text does not decode to a key of that type)")
        }
        let comment = fields.dropFirst(2).joined(separator: " ")

        var person: String?
        for option in options {
            switch option.name.lowercased() {
            case "annex-user":
                guard let value = option.value else { throw LineProblem("annex-user needs a value: annex-user=\"ID\"") }
                person = value
            case let name where acceptedOptions.contains(name):
                guard option.value == nil else { throw LineProblem("option '\(option.name)' takes no value") }
            default:
                throw LineProblem("option '\(option.name)' is not supported by annex serve (it allows no forwarding, commands or shells at all)")
            }
        }
        guard let person = person ?? (comment.isEmpty ? nil : comment) else {
            throw LineProblem("no person for this key: add annex-user=\"ID\" before the key, or the id as its comment")
        }
        if let problem = RecordID.problem(with: person) {
            throw LineProblem("'\(person)' cannot be a person id (\(problem)): add annex-user=\"ID\" before the key")
        }
        return AuthorizedKey(person: person, key: key, line: number)
    }

    /// `name` or `name="value"` separated by commas up to the first unquoted blank; a value may
    /// hold commas, blanks and `\"`.
    static func parseOptions(_ rest: inout Substring) throws -> [(name: String, value: String?)] {
        var options: [(name: String, value: String?)] = []
        var name = ""
        var value: String?
        var index = rest.startIndex
        func finish() throws {
            guard !name.isEmpty else { throw LineProblem("an empty option (two commas, or a comma before the key)") }
            options.append((name, value))
            name = ""
            value = nil
        }
        while index < rest.endIndex {
            let character = rest[index]
            if character == " " || character == "\t" { break }
            if character == "," {
                try finish()
            } else if character == "=" && value == nil {
                let open = rest.index(after: index)
                guard open < rest.endIndex, rest[open] == "\"" else { throw LineProblem("the value of option '\(name)' must be in double quotes") }
                var text = ""
                var cursor = rest.index(after: open)
                var closed = false
                while cursor < rest.endIndex {
                    let next = rest[cursor]
                    if next == "\\", rest.index(after: cursor) < rest.endIndex, rest[rest.index(after: cursor)] == "\"" {
                        text.append("\"")
                        cursor = rest.index(cursor, offsetBy: 2)
                        continue
                    }
                    if next == "\"" { closed = true; break }
                    text.append(next)
                    cursor = rest.index(after: cursor)
                }
                guard closed else { throw LineProblem("the value of option '\(name)' has no closing quote") }
                value = text
                index = cursor
            } else {
                guard value == nil else { throw LineProblem("unexpected '\(character)' after the value of option '\(name)'") }
                name.append(character)
            }
            index = rest.index(after: index)
        }
        try finish()
        rest = rest[index...]
        return options
    }
}
