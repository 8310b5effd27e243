import AnnexDomain

/// `annex.yaml` and `soa.yaml` as the parse cache keeps them, so the first frame is drawn without
/// parsing YAML. A cache of its own (`outline`), a few kilobytes: the first frame must not wait
/// for the records cache, which a large workspace makes megabytes long.
enum CachedOutline {
    static let cacheName = "outline"

    static func configPayload(_ config: WorkspaceConfig, warnings: [FileIssue], lines: LineIndex) -> [UInt8] {
        var writer = CacheWriter()
        writer.config(config)
        writer.issues(warnings)
        writer.nested(lines.pack())
        return writer.finished()
    }

    static func readConfig(from reader: inout CacheReader) throws -> (WorkspaceConfig, RecordSource, [FileIssue]) {
        let config = try reader.config()
        let warnings = try reader.issues()
        let lines = LineIndex(packed: Array(reader.bytes[try reader.nested()]))
        guard reader.isAtEnd else { throw CacheDamaged() }
        return (config, RecordSource(path: WorkspaceLayout.config, line: 1, lines: lines), warnings)
    }

    /// Kept only for an SoA without problems (one with problems is read and reported by `load`).
    static func soaPayload(_ parsed: ParsedSoA) -> [UInt8] {
        var writer = CacheWriter()
        writer.int(parsed.soa.entries.count)
        for entry in parsed.soa.entries {
            writer.entry(entry)
            writer.optional(parsed.sources[.soa(control: entry.control)]?.line) { $0.int($1) }
        }
        // The entries' sources are one index of the whole file, scoped.
        let whole = parsed.soa.entries.first.flatMap { parsed.sources[.soa(control: $0.control)]?.lines.unscoped } ?? LineIndex()
        writer.nested(whole.pack())
        return writer.finished()
    }

    static func readSoA(from reader: inout CacheReader) throws -> ParsedSoA {
        let count = try reader.count()
        var entries: [SoAEntry] = []
        var lines: [Int?] = []
        entries.reserveCapacity(count)
        for _ in 0..<count {
            entries.append(try reader.entry())
            lines.append(try reader.optional { try $0.int() })
        }
        let whole = LineIndex(packed: Array(reader.bytes[try reader.nested()]))
        guard reader.isAtEnd else { throw CacheDamaged() }
        var sources: [Subject: RecordSource] = [:]
        sources.reserveCapacity(count)
        for (index, entry) in entries.enumerated() {
            sources[.soa(control: entry.control)] = RecordSource(
                path: WorkspaceLayout.soa, line: lines[index], lines: whole.scoped(to: ["controls", String(index)])
            )
        }
        return ParsedSoA(soa: StatementOfApplicability(entries: entries), sources: sources)
    }
}

extension CacheWriter {
    mutating func config(_ config: WorkspaceConfig) {
        int(config.schema)
        string(config.organisation)
        string(config.scope)
        strings(config.frameworks)
        let matrix = config.riskMatrix
        strings(matrix.likelihood)
        strings(matrix.impact)
        int(matrix.levels.count)
        for level in matrix.levels {
            string(level.id)
            string(level.name)
            optional(level.maxScore) { $0.int($1) }
        }
        optional(matrix.cells) { writer, cells in
            writer.int(cells.count)
            for row in cells { writer.strings(row) }
        }
        string(matrix.acceptanceFrom)
        int(config.people.count)
        for person in config.people {
            strings([person.id, person.name, person.role, person.email])
        }
        let document = config.soaDocument
        string(document.version)
        day(document.date)
        optional(document.approval) { writer, approval in
            writer.string(approval.by)
            writer.string(approval.role)
            writer.day(approval.on)
        }
    }

    mutating func entry(_ entry: SoAEntry) {
        string(entry.control)
        string(entry.framework)
        bool(entry.applicable)
        string(entry.justification)
        string(entry.status.rawValue)
        string(entry.owner)
        strings(entry.evidence)
        string(entry.notes)
        day(entry.reviewed)
        strings(entry.reasons.map(\.rawValue))
    }
}

extension CacheReader {
    mutating func config() throws -> WorkspaceConfig {
        let schema = try int()
        let organisation = try string()
        let scope = try string()
        let frameworks = try strings()
        let likelihood = try strings()
        let impact = try strings()
        let levels = try (0..<count()).map { _ in
            RiskLevel(id: try string(), name: try string(), maxScore: try optional { try $0.int() })
        }
        let cells = try optional { reader in try (0..<reader.count()).map { _ in try reader.strings() } }
        let matrix = RiskMatrix(likelihood: likelihood, impact: impact, levels: levels, cells: cells, acceptanceFrom: try string())
        let people = try (0..<count()).map { _ in
            let fields = try strings()
            guard fields.count == 4 else { throw CacheDamaged() }
            return Person(id: fields[0], name: fields[1], role: fields[2], email: fields[3])
        }
        let version = try string()
        let date = try day()
        let approval = try optional { reader in
            let by = try reader.string()
            let role = try reader.string()
            guard let on = try reader.day() else { throw CacheDamaged() }
            return SoAApproval(by: by, role: role, on: on)
        }
        return WorkspaceConfig(
            schema: schema, organisation: organisation, scope: scope, frameworks: frameworks, riskMatrix: matrix, people: people,
            soaDocument: SoADocumentInfo(version: version, date: date, approval: approval)
        )
    }

    mutating func entry() throws -> SoAEntry {
        let control = try string()
        let framework = try string()
        let applicable = try bool()
        let justification = try string()
        let status = try choice(ImplementationStatus.self)
        let owner = try string()
        let evidence = try strings()
        let notes = try string()
        let reviewed = try day()
        let reasons = try strings().map { raw in
            guard let reason = InclusionReason(rawValue: raw) else { throw CacheDamaged() }
            return reason
        }
        return SoAEntry(
            control: control, applicable: applicable, justification: justification, status: status, owner: owner,
            evidence: evidence, notes: notes, reviewed: reviewed, reasons: reasons, framework: framework
        )
    }
}
