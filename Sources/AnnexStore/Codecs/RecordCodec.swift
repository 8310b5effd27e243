/// How one kind of record maps to a YAML mapping and back. Key order in `map` is the order on
/// disk; `knownKeys` lets the reader warn about keys it would otherwise drop silently.
protocol RecordCodec {
    associatedtype Record: Sendable & Equatable
    static var knownKeys: Set<String> { get }
    /// Keys an older Annex wrote that a newer field replaces: dropped when the record is saved.
    static var legacyKeys: Set<String> { get }
    static func map(_ record: Record) -> YAMLMap
    static func read(_ reader: NodeReader) throws -> Record
}

extension RecordCodec {
    static var legacyKeys: Set<String> { [] }

    static func encode(_ record: Record) -> String {
        YAMLWriter.document(map(record))
    }

    /// Reads a record and the warnings about its unknown keys.
    static func decode(_ reader: NodeReader) throws -> (Record, [FileIssue]) {
        (try read(reader), reader.unknownKeys(known: knownKeys))
    }
}
