import AnnexDomain

/// What reading one journal gave: how many bytes it had, its events with their lines, and the
/// problems of its bad lines, exactly as `JournalReader` reported them.
enum CachedJournal {
    static func payload(size: Int, result: JournalReader.Result) -> [UInt8] {
        var writer = CacheWriter()
        writer.int(size)
        writer.issues(result.issues)
        writer.int(result.events.count)
        for (event, line) in zip(result.events, result.lines) {
            writer.int(line)
            write(event, into: &writer)
        }
        return writer.finished()
    }

    static func read(from reader: inout CacheReader) throws -> (size: Int, result: JournalReader.Result) {
        let size = try reader.int()
        var result = JournalReader.Result()
        result.issues = try reader.issues()
        let count = try reader.count()
        result.events.reserveCapacity(count)
        result.lines.reserveCapacity(count)
        for _ in 0..<count {
            let line = try reader.int()
            result.append(try event(from: &reader), line: line)
        }
        return (size, result)
    }

    private static func write(_ event: AuditEvent, into writer: inout CacheWriter) {
        switch event {
        case .logged(let finding), .edited(let finding):
            let tag = if case .logged = event { 0 } else { 1 }
            writer.int(tag)
            write(finding, into: &writer)
        case .withdrawn(let id, let reason, let by, let at):
            writer.int(2)
            writer.string(id)
            writer.string(reason)
            writer.string(by)
            writer.date(at)
        case .itemMarked(let item, let state, let by, let at):
            writer.int(3)
            writer.string(item)
            writer.string(state.rawValue)
            writer.string(by)
            writer.date(at)
        case .timed(let item, let seconds, let by, let at):
            writer.int(4)
            writer.string(item)
            writer.int(seconds)
            writer.string(by)
            writer.date(at)
        }
    }

    private static func event(from reader: inout CacheReader) throws -> AuditEvent {
        switch try reader.int() {
        case 0: return .logged(try finding(from: &reader))
        case 1: return .edited(try finding(from: &reader))
        case 2: return .withdrawn(findingID: try reader.string(), reason: try reader.string(), by: try reader.string(), at: try reader.date())
        case 3: return .itemMarked(item: try reader.string(), state: try reader.choice(ChecklistItemState.self), by: try reader.string(), at: try reader.date())
        case 4: return .timed(item: try reader.string(), seconds: try reader.int(), by: try reader.string(), at: try reader.date())
        default: throw CacheDamaged()
        }
    }

    private static func write(_ finding: Finding, into writer: inout CacheWriter) {
        writer.string(finding.id)
        writer.string(finding.item)
        writer.string(finding.classification.rawValue)
        writer.string(finding.statement)
        writer.string(finding.evidence)
        writer.string(finding.interviewee)
        writer.string(finding.role)
        writer.string(finding.method.rawValue)
        writer.optional(finding.sample) { writer, sample in
            writer.string(sample.population)
            writer.int(sample.populationSize)
            writer.int(sample.size)
            writer.string(sample.method)
            writer.optional(sample.seed) { $0.uint64($1) }
            writer.strings(sample.items)
        }
        writer.string(finding.auditor)
        writer.date(finding.at)
    }

    private static func finding(from reader: inout CacheReader) throws -> Finding {
        Finding(
            id: try reader.string(), item: try reader.string(), classification: try reader.choice(FindingClass.self),
            statement: try reader.string(), evidence: try reader.string(), interviewee: try reader.string(), role: try reader.string(),
            method: try reader.choice(AuditMethod.self),
            sample: try reader.optional { reader in
                AuditSample(population: try reader.string(), populationSize: try reader.int(), size: try reader.int(), method: try reader.string(),
                            seed: try reader.optional { try $0.uint64() }, items: try reader.strings())
            },
            auditor: try reader.string(), at: try reader.date()
        )
    }
}
