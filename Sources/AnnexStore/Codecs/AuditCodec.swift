import AnnexDomain

/// `audits/<id>/audit.yaml`: the plan. Findings live beside it in the auditors' journals.
enum AuditCodec: RecordCodec {
    static let knownKeys: Set<String> = [
        "id", "title", "type", "status", "scope", "criteria", "auditors", "auditees", "start", "end",
        "follow_up_of", "conclusion", "framework", "checklist",
    ]

    static func map(_ audit: Audit) -> YAMLMap {
        var map = YAMLMap()
        map.set("id", audit.id)
        map.set("title", audit.title)
        map.set("type", audit.type.rawValue)
        map.set("status", audit.status.rawValue)
        map.set("scope", audit.scope)
        map.set("criteria", audit.criteria)
        map.set("auditors", audit.auditors)
        map.set("auditees", audit.auditees)
        map.set("start", audit.start)
        map.set("end", audit.end)
        map.setIfPresent("follow_up_of", audit.followUpOf)
        map.set("conclusion", audit.conclusion)
        // Only an audit of another framework names it: files of ISO/IEC 27001 audits stay as they were.
        map.setIfPresent("framework", audit.framework == ISO27001.frameworkID ? nil : audit.framework)
        map.set("checklist", audit.checklist)
        return map
    }

    static func read(_ reader: NodeReader) throws -> Audit {
        Audit(
            id: try reader.requiredString("id"),
            title: try reader.string("title"),
            type: try reader.choice("type", default: .internal_),
            status: try reader.choice("status", default: .planned),
            scope: try reader.string("scope"),
            criteria: try reader.strings("criteria"),
            auditors: try reader.strings("auditors"),
            auditees: try reader.strings("auditees"),
            start: try reader.day("start"),
            end: try reader.day("end"),
            checklist: try reader.strings("checklist"),
            followUpOf: try reader.optionalString("follow_up_of"),
            conclusion: try reader.string("conclusion"),
            framework: try reader.optionalString("framework") ?? ISO27001.frameworkID
        )
    }
}
