import AnnexDomain

/// The workspace format version in `annex.yaml`. A newer one is refused rather than half
/// understood and rewritten; an older one would be migrated here, step by step, before use.
enum SchemaVersion {
    static func check(_ schema: Int, reader: NodeReader) throws {
        let current = WorkspaceConfig.currentSchema
        if schema > current {
            throw reader.fail("schema",
                "this workspace uses schema \(schema), but this Annex only understands up to \(current); update Annex before opening it")
        }
        if schema < 1 {
            throw reader.fail("schema", "schema \(schema) is not a version Annex ever wrote")
        }
    }
}
