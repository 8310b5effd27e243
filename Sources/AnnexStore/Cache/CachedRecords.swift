import AnnexDomain

/// A record kind the parse cache can keep decoded: written and read field by field, in order.
protocol CachedRecordCodec: RecordCodec {
    static func write(_ record: Record, into writer: inout CacheWriter)
    static func read(from reader: inout CacheReader) throws -> Record
}

/// What one record file gave when parsed: the record, the warnings about it, where its keys are.
enum CachedRecord {
    static func payload<Codec: CachedRecordCodec>(_: Codec.Type, record: Codec.Record, warnings: [FileIssue], lines: LineIndex) -> [UInt8] {
        var writer = CacheWriter()
        Codec.write(record, into: &writer)
        writer.issues(warnings)
        writer.nested(lines.pack())
        return writer.finished()
    }

    static func read<Codec: CachedRecordCodec>(_: Codec.Type, from reader: inout CacheReader) throws -> (Codec.Record, [FileIssue], LineIndex) {
        let record = try Codec.read(from: &reader)
        let warnings = try reader.issues()
        let lines = LineIndex(packed: Array(reader.bytes[try reader.nested()]))
        return (record, warnings, lines)
    }
}

extension CacheWriter {
    mutating func issues(_ issues: [FileIssue]) {
        int(issues.count)
        for issue in issues {
            string(issue.severity.rawValue)
            string(issue.path)
            optional(issue.line) { $0.int($1) }
            string(issue.message)
        }
    }
}

extension CacheReader {
    mutating func issues() throws -> [FileIssue] {
        try (0..<count()).map { _ in
            FileIssue(try choice(FileIssue.Severity.self), path: try string(), line: try optional { try $0.int() }, try string())
        }
    }
}

extension RiskCodec: CachedRecordCodec {
    static func write(_ risk: Risk, into writer: inout CacheWriter) {
        writer.string(risk.id)
        writer.string(risk.title)
        writer.string(risk.description)
        writer.strings(risk.assets)
        writer.string(risk.threat)
        writer.string(risk.vulnerability)
        writer.string(risk.owner)
        writer.int(risk.inherent.likelihood)
        writer.int(risk.inherent.impact)
        writer.string(risk.treatment.rawValue)
        writer.strings(risk.controls)
        writer.string(risk.plan)
        writer.day(risk.due)
        writer.optional(risk.residual) { writer, residual in
            writer.int(residual.likelihood)
            writer.int(residual.impact)
        }
        writer.optional(risk.acceptance) { writer, acceptance in
            writer.string(acceptance.by)
            writer.day(acceptance.on)
            writer.string(acceptance.rationale)
            writer.day(acceptance.validUntil)
        }
        writer.day(risk.nextReview)
        writer.string(risk.status.rawValue)
    }

    static func read(from reader: inout CacheReader) throws -> Risk {
        Risk(
            id: try reader.string(), title: try reader.string(), description: try reader.string(), assets: try reader.strings(),
            threat: try reader.string(), vulnerability: try reader.string(), owner: try reader.string(),
            inherent: RiskRating(likelihood: try reader.int(), impact: try reader.int()),
            treatment: try reader.choice(RiskTreatment.self), controls: try reader.strings(), plan: try reader.string(),
            due: try reader.day(),
            residual: try reader.optional { RiskRating(likelihood: try $0.int(), impact: try $0.int()) },
            acceptance: try reader.optional { reader in
                let by = try reader.string()
                guard let on = try reader.day() else { throw CacheDamaged() }
                return RiskAcceptance(by: by, on: on, rationale: try reader.string(), validUntil: try reader.day())
            },
            nextReview: try reader.day(), status: try reader.choice(RiskStatus.self)
        )
    }
}

extension EvidenceCodec: CachedRecordCodec {
    static func write(_ record: EvidenceRecord, into writer: inout CacheWriter) {
        writer.string(record.id)
        writer.string(record.title)
        writer.string(record.location)
        writer.optional(record.sha256) { $0.string($1) }
        writer.string(record.owner)
        writer.day(record.effective)
        writer.day(record.expires)
    }

    static func read(from reader: inout CacheReader) throws -> EvidenceRecord {
        EvidenceRecord(
            id: try reader.string(), title: try reader.string(), location: try reader.string(),
            sha256: try reader.optional { try $0.string() }, owner: try reader.string(),
            effective: try reader.day(), expires: try reader.day()
        )
    }
}

extension ActionCodec: CachedRecordCodec {
    static func write(_ action: CorrectiveAction, into writer: inout CacheWriter) {
        writer.string(action.id)
        writer.string(action.audit)
        writer.string(action.finding)
        writer.string(action.rootCause)
        writer.string(action.action)
        writer.string(action.owner)
        writer.day(action.due)
        writer.string(action.status.rawValue)
        writer.int(action.reviews.count)
        for review in action.reviews {
            writer.string(review.by)
            writer.day(review.on)
            writer.bool(review.effective)
            writer.string(review.note)
        }
    }

    static func read(from reader: inout CacheReader) throws -> CorrectiveAction {
        CorrectiveAction(
            id: try reader.string(), audit: try reader.string(), finding: try reader.string(), rootCause: try reader.string(),
            action: try reader.string(), owner: try reader.string(), due: try reader.day(), status: try reader.choice(ActionStatus.self),
            reviews: try (0..<reader.count()).map { _ in
                let by = try reader.string()
                guard let on = try reader.day() else { throw CacheDamaged() }
                return EffectivenessReview(by: by, on: on, effective: try reader.bool(), note: try reader.string())
            }
        )
    }
}
