/// Someone who can own a control, a risk or an action, or audit.
public struct Person: Sendable, Equatable {
    /// A short handle used in records: `jmeyer`.
    public var id: String
    public var name: String
    public var role: String
    public var email: String

    public init(id: String, name: String, role: String = "", email: String = "") {
        self.id = id
        self.name = name
        self.role = role
        self.email = email
    }
}

/// What `annex.yaml` holds: who the ISMS is for, its scope, and the settings every record relies on.
public struct WorkspaceConfig: Sendable, Equatable {
    /// The workspace format this binary writes. Older files are migrated on load; newer ones refused.
    public static let currentSchema = 1

    public var schema: Int
    public var organisation: String
    public var scope: String
    /// Catalog framework ids in use.
    public var frameworks: [String]
    public var riskMatrix: RiskMatrix
    public var people: [Person]
    /// The SoA's version and approval, for the SoA as a document.
    public var soaDocument: SoADocumentInfo

    public init(
        schema: Int = WorkspaceConfig.currentSchema, organisation: String, scope: String = "",
        frameworks: [String] = [ISO27001.frameworkID], riskMatrix: RiskMatrix = .standard5x5, people: [Person] = [],
        soaDocument: SoADocumentInfo = SoADocumentInfo()
    ) {
        self.schema = schema
        self.organisation = organisation
        self.scope = scope
        self.frameworks = frameworks
        self.riskMatrix = riskMatrix
        self.people = people
        self.soaDocument = soaDocument
    }

    public func person(_ id: String) -> Person? { people.first { $0.id == id } }
}
