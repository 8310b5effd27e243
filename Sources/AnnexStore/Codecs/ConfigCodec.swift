import AnnexDomain

enum ConfigCodec: RecordCodec {
    static let knownKeys: Set<String> = ["schema", "organisation", "scope", "frameworks", "risk_matrix", "people", "soa_document"]

    static func map(_ config: WorkspaceConfig) -> YAMLMap {
        var map = YAMLMap()
        map.set("schema", config.schema)
        map.set("organisation", config.organisation)
        map.set("scope", config.scope)
        map.set("frameworks", config.frameworks)
        map.set("risk_matrix", matrixMap(config.riskMatrix))
        map.set("people", YAMLWriter.list(config.people.map(personMap)))
        // Written only once the SoA has a version, so older annex.yaml files stay as they are.
        if config.soaDocument != SoADocumentInfo() { map.set("soa_document", documentMap(config.soaDocument)) }
        return map
    }

    private static func documentMap(_ document: SoADocumentInfo) -> YAMLMap {
        var map = YAMLMap()
        map.set("version", document.version)
        map.set("date", document.date)
        if let approval = document.approval {
            var approved = YAMLMap()
            approved.set("by", approval.by)
            approved.set("role", approval.role)
            approved.set("on", approval.on)
            map.set("approval", approved)
        }
        return map
    }

    private static func readDocument(_ reader: NodeReader) throws -> SoADocumentInfo {
        SoADocumentInfo(
            version: try reader.string("version"),
            date: try reader.day("date"),
            approval: try reader.map("approval").map { approved in
                SoAApproval(by: try approved.requiredString("by"), role: try approved.string("role"), on: try approved.requiredDay("on"))
            }
        )
    }

    static func read(_ reader: NodeReader) throws -> WorkspaceConfig {
        let matrix = try reader.map("risk_matrix").map(readMatrix) ?? .standard5x5
        return WorkspaceConfig(
            schema: try reader.int("schema"),
            organisation: try reader.requiredString("organisation"),
            scope: try reader.string("scope"),
            frameworks: reader.has("frameworks") ? try reader.strings("frameworks") : [ISO27001.frameworkID],
            riskMatrix: matrix,
            people: try reader.maps("people").map(readPerson),
            soaDocument: try reader.map("soa_document").map(readDocument) ?? SoADocumentInfo()
        )
    }

    private static func matrixMap(_ matrix: RiskMatrix) -> YAMLMap {
        var map = YAMLMap()
        map.set("likelihood", matrix.likelihood)
        map.set("impact", matrix.impact)
        map.set("levels", YAMLWriter.list(matrix.levels.map { level in
            var entry = YAMLMap()
            entry.set("id", level.id)
            entry.set("name", level.name)
            if let maxScore = level.maxScore { entry.set("max_score", maxScore) }
            return entry
        }))
        if let cells = matrix.cells {
            map.set("cells", YAMLWriter.grid(cells))
        }
        map.set("acceptance_from", matrix.acceptanceFrom)
        return map
    }

    private static func readMatrix(_ reader: NodeReader) throws -> RiskMatrix {
        RiskMatrix(
            likelihood: try reader.strings("likelihood"),
            impact: try reader.strings("impact"),
            levels: try reader.maps("levels").map { level in
                RiskLevel(id: try level.requiredString("id"), name: try level.string("name"), maxScore: try level.optionalInt("max_score"))
            },
            cells: try reader.grid("cells"),
            acceptanceFrom: try reader.requiredString("acceptance_from")
        )
    }

    private static func personMap(_ person: Person) -> YAMLMap {
        var map = YAMLMap()
        map.set("id", person.id)
        map.set("name", person.name)
        map.setIfPresent("role", person.role)
        map.setIfPresent("email", person.email)
        return map
    }

    private static func readPerson(_ reader: NodeReader) throws -> Person {
        Person(
            id: try reader.requiredString("id"), name: try reader.string("name"),
            role: try reader.string("role"), email: try reader.string("email")
        )
    }
}
