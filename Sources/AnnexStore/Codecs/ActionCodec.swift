import AnnexDomain

enum ActionCodec: RecordCodec {
    static let knownKeys: Set<String> = ["id", "audit", "finding", "root_cause", "action", "owner", "due", "status", "reviews", "verification"]

    static let legacyKeys: Set<String> = ["verification"]

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
        if !action.reviews.isEmpty {
            map.set("reviews", YAMLWriter.list(action.reviews.map { review in
                var entry = YAMLMap()
                entry.set("by", review.by)
                entry.set("on", review.on)
                entry.set("effective", review.effective)
                entry.set("note", review.note)
                return entry
            }))
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
            // `verification:` is how an older Annex kept the one review it remembered.
            reviews: reader.has("reviews") ? try reader.maps("reviews").map(readReview) : try reader.map("verification").map(readReview).map { [$0] } ?? []
        )
    }

    private static func readReview(_ review: NodeReader) throws -> EffectivenessReview {
        EffectivenessReview(
            by: try review.requiredString("by"), on: try review.requiredDay("on"),
            effective: try review.bool("effective", default: false), note: try review.string("note")
        )
    }
}
