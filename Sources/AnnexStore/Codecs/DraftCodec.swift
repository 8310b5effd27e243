import AnnexDomain
import Foundation

/// `audits/<id>/.draft-<auditor>.json`: the finding an auditor is typing, rewritten as they type.
/// The finding's own fields are those of a journal line, so both are read by the same code.
enum DraftCodec {
    static let version = 1

    struct Fields: Codable {
        var v: Int
        var audit: String
        var auditor: String
        var isNew: Bool
        var finding: JournalCodec.FindingFields
    }

    static func encode(_ draft: FindingDraft) -> Data {
        // As typed: a draft keeps its spaces, only a saved finding is trimmed.
        let finding = Finding(
            id: draft.id, item: draft.item, classification: draft.classification, statement: draft.statement,
            evidence: draft.evidence, interviewee: draft.interviewee, role: draft.role, method: draft.method,
            sample: draft.sample, auditor: draft.auditor, at: .distantPast
        )
        let fields = Fields(v: version, audit: draft.audit, auditor: draft.auditor, isNew: draft.isNew, finding: JournalCodec.fields(finding))
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
        let finding = try JournalCodec.finding(fields.finding, by: fields.auditor, at: .distantPast)
        return FindingDraft(
            audit: fields.audit, auditor: fields.auditor, id: finding.id, isNew: fields.isNew, item: finding.item,
            classification: finding.classification, statement: finding.statement, evidence: finding.evidence,
            interviewee: finding.interviewee, role: finding.role, method: finding.method, sample: finding.sample
        )
    }
}
