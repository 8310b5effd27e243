import AnnexDomain
import Foundation

/// One event per line of `audits/<id>/findings-<auditor>.jsonl`. Keys are sorted so the same
/// event is always the same bytes.
enum JournalCodec {
    /// The longest visit to one checklist item a timed event may record: a year.
    static let longestTimedVisit = 366 * 86_400

    static let version = 1

    struct Line: Codable, Equatable {
        var v: Int
        var event: String
        var at: String
        var by: String
        var finding: FindingFields?
        var id: String?
        var reason: String?
        var item: String?
        var state: String?
        var seconds: Int?
    }

    struct FindingFields: Codable, Equatable {
        var id: String
        var item: String
        var classification: String
        var statement: String
        var evidence: String
        var interviewee: String
        var role: String
        var method: String
        var sample: SampleFields?
    }

    struct SampleFields: Codable, Equatable {
        var population: String
        var populationSize: Int
        var size: Int
        var method: String
        var seed: String?
        var items: [String]
    }

    static func encode(_ event: AuditEvent) -> Data {
        let line: Line
        switch event {
        case .logged(let finding), .edited(let finding):
            let kind = if case .logged = event { "logged" } else { "edited" }
            line = Line(v: version, event: kind, at: Timestamp.format(finding.at), by: finding.auditor, finding: fields(finding))
        case .withdrawn(let id, let reason, let by, let at):
            line = Line(v: version, event: "withdrawn", at: Timestamp.format(at), by: by, id: id, reason: reason)
        case .itemMarked(let item, let state, let by, let at):
            line = Line(v: version, event: "item", at: Timestamp.format(at), by: by, item: item, state: state.rawValue)
        case .timed(let item, let seconds, let by, let at):
            line = Line(v: version, event: "timed", at: Timestamp.format(at), by: by, item: item, seconds: seconds)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding these plain structs cannot fail.
        var data = (try? encoder.encode(line)) ?? Data()
        data.append(0x0A)
        return data
    }

    /// Decodes one line; the error message says what is wrong with it.
    static func decode(_ bytes: ArraySlice<UInt8>, decoder: JSONDecoder) throws -> AuditEvent {
        let line: Line
        if let fast = JournalLineParser.parse(bytes) {
            line = fast
        } else {
            do {
                line = try decoder.decode(Line.self, from: Data(bytes))
            } catch {
                throw JournalLineError("this line is not a complete journal event")
            }
        }
        guard line.v <= version else {
            throw JournalLineError("event version \(line.v) was written by a newer Annex")
        }
        guard let at = Timestamp.parse(line.at) else { throw JournalLineError("'at' is not a UTC timestamp: '\(line.at)'") }
        switch line.event {
        case "logged", "edited":
            guard let fields = line.finding else { throw JournalLineError("a \(line.event) event needs a finding") }
            let finding = try finding(fields, by: line.by, at: at)
            return line.event == "logged" ? .logged(finding) : .edited(finding)
        case "withdrawn":
            guard let id = line.id else { throw JournalLineError("a withdrawn event needs the finding id") }
            return .withdrawn(findingID: id, reason: line.reason ?? "", by: line.by, at: at)
        case "item":
            guard let item = line.item, let state = line.state.flatMap(ChecklistItemState.init(rawValue:)) else {
                throw JournalLineError("an item event needs an item and a state (done, not_audited, open)")
            }
            return .itemMarked(item: item, state: state, by: line.by, at: at)
        case "timed":
            guard let item = line.item, let seconds = line.seconds else {
                throw JournalLineError("a timed event needs an item and a number of seconds")
            }
            // Annex records at most the time one visit lasted; a larger figure is a damaged or
            // planted line, and summing a few of them would overflow.
            guard (0...Self.longestTimedVisit).contains(seconds) else {
                throw JournalLineError("a timed event's seconds must be between 0 and \(Self.longestTimedVisit) (a year), not \(seconds)")
            }
            return .timed(item: item, seconds: seconds, by: line.by, at: at)
        default:
            throw JournalLineError("unknown event '\(line.event)'")
        }
    }

    static func fields(_ finding: Finding) -> FindingFields {
        FindingFields(
            id: finding.id, item: finding.item, classification: finding.classification.rawValue,
            statement: finding.statement, evidence: finding.evidence, interviewee: finding.interviewee,
            role: finding.role, method: finding.method.rawValue,
            sample: finding.sample.map(sampleFields)
        )
    }

    static func sampleFields(_ sample: AuditSample) -> SampleFields {
        SampleFields(
            population: sample.population, populationSize: sample.populationSize, size: sample.size,
            method: sample.method, seed: sample.seed.map(String.init), items: sample.items
        )
    }

    static func sample(_ s: SampleFields) throws -> AuditSample {
        // Seeds are stored as text: JSON numbers lose precision above 2^53.
        let seed = try s.seed.map { text in
            guard let value = UInt64(text) else { throw JournalLineError("sample seed '\(text)' is not a number") }
            return value
        }
        return AuditSample(population: s.population, populationSize: s.populationSize, size: s.size, method: s.method, seed: seed, items: s.items)
    }

    static func finding(_ fields: FindingFields, by auditor: String, at: Date) throws -> Finding {
        guard let classification = FindingClass(rawValue: fields.classification) else {
            throw JournalLineError("unknown classification '\(fields.classification)'")
        }
        guard let method = AuditMethod(rawValue: fields.method) else {
            throw JournalLineError("unknown method '\(fields.method)'")
        }
        let sample = try fields.sample.map(sample)
        return Finding(
            id: fields.id, item: fields.item, classification: classification, statement: fields.statement,
            evidence: fields.evidence, interviewee: fields.interviewee, role: fields.role, method: method,
            sample: sample, auditor: auditor, at: at
        )
    }
}

struct JournalLineError: Error {
    let message: String
    init(_ message: String) { self.message = message }
}

/// Reads a whole journal, keeping every good event and reporting each bad line by number.
struct JournalReader {
    struct Result {
        /// The good events in file order, and each one's line (same positions): apart, so a
        /// journal's events become an audit log as they are, without a copy of each.
        var events: [AuditEvent] = []
        var lines: [Int] = []
        var issues: [FileIssue] = []

        mutating func append(_ event: AuditEvent, line: Int) {
            events.append(event)
            lines.append(line)
        }
    }

    static func read(_ data: Data, path: String) -> Result {
        var result = Result()
        let decoder = JSONDecoder()
        let bytes = [UInt8](data)
        var start = 0
        var lineNumber = 0
        while start < bytes.count {
            lineNumber += 1
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            let terminated = end < bytes.count
            let slice = bytes[start..<end]
            start = end + 1
            if slice.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) { continue }
            do {
                result.append(try JournalCodec.decode(slice, decoder: decoder), line: lineNumber)
            } catch let error as JournalLineError {
                // A crash mid-append leaves a line without its end; once a later append closes it
                // with a newline it still lacks the closing brace. Either way no event was lost
                // that the screen had shown as saved, so it is a warning, not an error. A line that
                // does not even start an event (`[]`, `12345`, prose) is not a torn write: an error.
                let startsEvent = slice.first(where: { $0 != 0x20 && $0 != 0x09 }) == UInt8(ascii: "{")
                let cutOff = startsEvent && (!terminated || slice.last(where: { $0 != 0x20 && $0 != 0x0D }) != UInt8(ascii: "}"))
                if cutOff {
                    result.issues.append(FileIssue(.warning, path: path, line: lineNumber,
                        "this line was cut off mid-write (a crash or a full disk) and is ignored; the other events are kept"))
                } else {
                    result.issues.append(FileIssue(.error, path: path, line: lineNumber, error.message))
                }
            } catch {
                result.issues.append(FileIssue(.error, path: path, line: lineNumber, "unreadable event"))
            }
        }
        return result
    }
}
