import AnnexDomain

/// `soa.yaml`: a list with one entry per control, in catalog order, so a change to one control
/// is a change to a few adjacent lines and two people's edits to different controls merge cleanly.
enum SoAEntryCodec: RecordCodec {
    static let knownKeys: Set<String> = ["control", "applicable", "reasons", "justification", "status", "owner", "evidence", "notes", "reviewed"]

    static func map(_ entry: SoAEntry) -> YAMLMap {
        var map = YAMLMap()
        map.set("control", entry.control)
        map.set("applicable", entry.applicable)
        // Written only once given, so SoAs from before the field stay as they are.
        if !entry.reasons.isEmpty { map.set("reasons", entry.reasons.map(\.rawValue)) }
        map.set("justification", entry.justification)
        map.set("status", entry.status.rawValue)
        map.set("owner", entry.owner)
        map.set("evidence", entry.evidence)
        map.set("notes", entry.notes)
        map.set("reviewed", entry.reviewed)
        return map
    }

    static func read(_ reader: NodeReader) throws -> SoAEntry {
        SoAEntry(
            control: try reader.requiredString("control"),
            applicable: try reader.bool("applicable", default: true),
            justification: try reader.string("justification"),
            status: try reader.choice("status", default: .notStarted),
            owner: try reader.string("owner"),
            evidence: try reader.strings("evidence"),
            notes: try reader.string("notes"),
            reviewed: try reader.day("reviewed"),
            reasons: try reader.has("reasons") ? reader.strings("reasons").enumerated().map { index, text in
                guard let reason = InclusionReason(rawValue: text) else {
                    throw reader.fail("reasons", "'\(text)' (item \(index + 1)) is not a reason for inclusion: \(InclusionReason.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                return reason
            } : []
        )
    }
}

enum SoACodec {
    static func encode(_ soa: StatementOfApplicability) -> String {
        var map = YAMLMap()
        map.set("controls", YAMLWriter.list(soa.entries.map(SoAEntryCodec.map)))
        return YAMLWriter.document(map)
    }

    /// `framework`: whose controls the file decides on (`soa.yaml` is ISO/IEC 27001's, a
    /// status file another framework's: the same shape).
    static func decode(_ reader: NodeReader, framework: String = ISO27001.frameworkID) throws -> (StatementOfApplicability, [FileIssue]) {
        var warnings = reader.unknownKeys(known: ["controls"])
        var entries: [SoAEntry] = []
        var seen: [String: Int] = [:]
        for entryReader in try reader.maps("controls") {
            var (entry, unknown) = try SoAEntryCodec.decode(entryReader)
            entry.framework = framework
            if let first = seen[entry.control] {
                throw entryReader.fail("control", "\(entry.control) is listed twice (first on line \(first))")
            }
            seen[entry.control] = entryReader.lineOf("control")
            entries.append(entry)
            warnings += unknown
        }
        return (StatementOfApplicability(entries: entries), warnings)
    }
}
