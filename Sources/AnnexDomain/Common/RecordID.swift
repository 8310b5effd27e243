/// Rules for the ids that name records and, through them, files in the workspace.
public enum RecordID {
    public static let maxLength = 64

    /// Why `id` cannot name a record, or nil when it can. Ids become file names, so anything
    /// that could leave the folder (`/`, `..`, a leading dot) or confuse a shell is refused.
    public static func problem(with id: String) -> String? {
        if id.isEmpty { return "the id is empty" }
        if id.count > maxLength { return "the id '\(id.prefix(20))…' is longer than \(maxLength) characters" }
        if id.hasPrefix(".") || id.hasPrefix("-") { return "the id '\(id)' may not start with '\(id.first!)'" }
        if id.contains("..") { return "the id '\(id)' may not contain '..'" }
        let allowed = id.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(Character(scalar))
                || scalar == "-" || scalar == "_" || scalar == ".")
        }
        if !allowed { return "the id '\(id)' may only hold letters, digits, '-', '_' and '.'" }
        return nil
    }

    public static func isValid(_ id: String) -> Bool { problem(with: id) == nil }
}

/// Makes ids for new records. Random suffixes mean two copies of a workspace edited apart
/// and merged with git do not hand out the same id twice; the source is injected for tests.
public struct IDGenerator: Sendable {
    // Crockford's base32 alphabet: no I, L, O or U, so ids read aloud without confusion.
    static let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")
    private let randomByte: @Sendable () -> UInt8

    public init(randomByte: @escaping @Sendable () -> UInt8 = { UInt8.random(in: 0...255) }) {
        self.randomByte = randomByte
    }

    /// `R-7K3Q9D`: prefix, dash, six base32 characters (30 bits: a collision between two
    /// copies that each add a thousand records is about one in a thousand).
    public func make(prefix: String, length: Int = 6) -> String {
        let suffix = (0..<length).map { _ in IDGenerator.alphabet[Int(randomByte() & 31)] }
        return prefix + "-" + String(suffix)
    }

    /// A seed for a sample draw, from the same source as ids so tests can pin it.
    public func seed() -> UInt64 {
        (0..<8).reduce(UInt64(0)) { value, _ in (value << 8) | UInt64(randomByte()) }
    }

    /// A fresh id that is not in `taken`.
    public func make(prefix: String, avoiding taken: Set<String>) -> String {
        while true {
            let id = make(prefix: prefix)
            if !taken.contains(id) { return id }
        }
    }
}
