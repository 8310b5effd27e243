import AnnexDomain
import Foundation

/// `audits/<id>/.draft-<auditor>.json`: the finding an auditor is typing, rewritten as they type.
enum DraftCodec {
    static let version = 1

    struct Fields: Codable {
        var v: Int
        var audit: String
        var auditor: String
        var id: String
        var isNew: Bool
        var item: String
        var classification: String
        var statement: String
        var evidence: String
        var interviewee: String
        var role: String
        var method: String
        var sample: JournalCodec.SampleFields?
    }

    static func encode(_ draft: FindingDraft) -> Data {
        let fields = Fields(
            v: version, audit: draft.audit, auditor: draft.auditor, id: draft.id, isNew: draft.isNew, item: draft.item,
            classification: draft.classification.rawValue, statement: draft.statement, evidence: draft.evidence,
            interviewee: draft.interviewee, role: draft.role, method: draft.method.rawValue,
            sample: draft.sample.map(JournalCodec.sampleFields)
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(fields)) ?? Data()
    }

    static func decode(_ data: Data) throws -> FindingDraft {
        let fields: Fields
        do {
            fields = try JSONDecoder().decode(Fields.self, from: data)
        } catch {
            throw JournalLineError("this draft is not complete JSON")
        }
        guard fields.v <= version else { throw JournalLineError("draft version \(fields.v) was written by a newer Annex") }
        guard let classification = FindingClass(rawValue: fields.classification),
              let method = AuditMethod(rawValue: fields.method) else {
            throw JournalLineError("unknown classification or method")
        }
        return FindingDraft(
            audit: fields.audit, auditor: fields.auditor, id: fields.id, isNew: fields.isNew, item: fields.item,
            classification: classification, statement: fields.statement, evidence: fields.evidence,
            interviewee: fields.interviewee, role: fields.role, method: method,
            sample: try fields.sample.map(JournalCodec.sample)
        )
    }
}
