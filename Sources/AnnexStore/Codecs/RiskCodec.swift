import AnnexDomain

/// `risks/<id>.yaml`: one risk per file, so two people adding risks never touch the same file.
enum RiskCodec: RecordCodec {
    static let knownKeys: Set<String> = [
        "id", "title", "description", "assets", "threat", "vulnerability", "owner", "likelihood", "impact",
        "treatment", "controls", "plan", "due", "residual_likelihood", "residual_impact", "acceptance",
        "next_review", "status",
    ]

    static func map(_ risk: Risk) -> YAMLMap {
        var map = YAMLMap()
        map.set("id", risk.id)
        map.set("title", risk.title)
        map.set("description", risk.description)
        map.set("assets", risk.assets)
        map.set("threat", risk.threat)
        map.set("vulnerability", risk.vulnerability)
        map.set("owner", risk.owner)
        map.set("likelihood", risk.inherent.likelihood)
        map.set("impact", risk.inherent.impact)
        map.set("treatment", risk.treatment.rawValue)
        map.set("controls", risk.controls)
        map.set("plan", risk.plan)
        map.set("due", risk.due)
        if let residual = risk.residual {
            map.set("residual_likelihood", residual.likelihood)
            map.set("residual_impact", residual.impact)
        }
        if let acceptance = risk.acceptance {
            var accepted = YAMLMap()
            accepted.set("by", acceptance.by)
            accepted.set("on", acceptance.on)
            accepted.set("rationale", acceptance.rationale)
            accepted.set("valid_until", acceptance.validUntil)
            map.set("acceptance", accepted)
        }
        map.set("next_review", risk.nextReview)
        map.set("status", risk.status.rawValue)
        return map
    }

    static func read(_ reader: NodeReader) throws -> Risk {
        var residual: RiskRating?
        if reader.has("residual_likelihood") || reader.has("residual_impact") {
            residual = RiskRating(likelihood: try reader.int("residual_likelihood"), impact: try reader.int("residual_impact"))
        }
        return Risk(
            id: try reader.requiredString("id"),
            title: try reader.requiredString("title"),
            description: try reader.string("description"),
            assets: try reader.strings("assets"),
            threat: try reader.string("threat"),
            vulnerability: try reader.string("vulnerability"),
            owner: try reader.string("owner"),
            inherent: RiskRating(likelihood: try reader.int("likelihood"), impact: try reader.int("impact")),
            treatment: try reader.choice("treatment", default: .modify),
            controls: try reader.strings("controls"),
            plan: try reader.string("plan"),
            due: try reader.day("due"),
            residual: residual,
            acceptance: try reader.map("acceptance").map { accepted in
                RiskAcceptance(
                    by: try accepted.requiredString("by"), on: try accepted.requiredDay("on"),
                    rationale: try accepted.string("rationale"), validUntil: try accepted.day("valid_until")
                )
            },
            nextReview: try reader.day("next_review"),
            status: try reader.choice("status", default: .identified)
        )
    }
}
