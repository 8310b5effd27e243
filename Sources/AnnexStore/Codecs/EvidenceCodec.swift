import AnnexDomain

enum EvidenceCodec: RecordCodec {
    static let knownKeys: Set<String> = ["id", "title", "location", "sha256", "owner", "effective", "expires"]

    static func map(_ record: EvidenceRecord) -> YAMLMap {
        var map = YAMLMap()
        map.set("id", record.id)
        map.set("title", record.title)
        map.set("location", record.location)
        map.setIfPresent("sha256", record.sha256)
        map.set("owner", record.owner)
        map.set("effective", record.effective)
        map.set("expires", record.expires)
        return map
    }

    static func read(_ reader: NodeReader) throws -> EvidenceRecord {
        EvidenceRecord(
            id: try reader.requiredString("id"),
            title: try reader.requiredString("title"),
            location: try reader.string("location"),
            sha256: try reader.optionalString("sha256")?.lowercased(),
            owner: try reader.string("owner"),
            effective: try reader.day("effective"),
            expires: try reader.day("expires")
        )
    }
}
