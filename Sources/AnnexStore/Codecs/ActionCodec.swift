import AnnexDomain

enum ActionCodec: RecordCodec {
    static let knownKeys: Set<String> = ["id", "audit", "finding", "root_cause", "action", "owner", "due", "status", "verification"]

    static func map(_ action: CorrectiveAction) -> YAMLMap {
        var map = YAMLMap()
        map.set("id", action.id)
        map.set("audit", action.audit)
        map.set("finding", action.finding)
        map.set("root_cause", action.rootCause)
        map.set("action", action.action)
        map.set("owner", action.owner)
        map.set("due", action.due)
        map.set("status", action.status.rawValue)
        if let review = action.verification {
            var verification = YAMLMap()
            verification.set("by", review.by)
            verification.set("on", review.on)
            verification.set("effective", review.effective)
            verification.set("note", review.note)
            map.set("verification", verification)
        }
        return map
    }

    static func read(_ reader: NodeReader) throws -> CorrectiveAction {
        CorrectiveAction(
            id: try reader.requiredString("id"),
            audit: try reader.requiredString("audit"),
            finding: try reader.requiredString("finding"),
            rootCause: try reader.string("root_cause"),
            action: try reader.string("action"),
            owner: try reader.string("owner"),
            due: try reader.day("due"),
            status: try reader.choice("status", default: .open),
            verification: try reader.map("verification").map { review in
                EffectivenessReview(
                    by: try review.requiredString("by"), on: try review.requiredDay("on"),
                    effective: try review.bool("effective", default: false), note: try review.string("note")
                )
            }
        )
    }
}
