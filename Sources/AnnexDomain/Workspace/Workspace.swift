/// Everything an ISMS workspace holds, in memory.
public struct Workspace: Sendable, Equatable {
    public var config: WorkspaceConfig
    public var soa: StatementOfApplicability
    public var risks: [Risk]
    public var evidence: [EvidenceRecord]
    public var audits: [Audit]
    /// Folded findings journals, by audit id.
    public var auditLogs: [String: AuditLog]
    public var actions: [CorrectiveAction]
    /// The frameworks the workspace can refer to: the built-in one and its imported catalogs.
    public var catalog: Catalog
    /// `mappings/<a>--<b>.yaml`: how the controls of two frameworks relate.
    public var mappings: [FrameworkMapping]
    /// Applicability and status of the controls of every other framework the workspace tracks
    /// (`status/<framework>.yaml`), by framework id. ISO/IEC 27001's own decisions are `soa`.
    public var statements: [String: StatementOfApplicability]

    public init(
        config: WorkspaceConfig, soa: StatementOfApplicability, risks: [Risk] = [], evidence: [EvidenceRecord] = [],
        audits: [Audit] = [], auditLogs: [String: AuditLog] = [:], actions: [CorrectiveAction] = [],
        catalog: Catalog = .builtIn, mappings: [FrameworkMapping] = [],
        statements: [String: StatementOfApplicability] = [:]
    ) {
        self.statements = statements
        self.catalog = catalog
        self.mappings = mappings
        self.config = config
        self.soa = soa
        self.risks = risks
        self.evidence = evidence
        self.audits = audits
        self.auditLogs = auditLogs
        self.actions = actions
    }

    /// A new workspace: empty registers and an SoA with every control of the built-in catalog.
    public static func new(organisation: String, scope: String = "") -> Workspace {
        Workspace(
            config: WorkspaceConfig(organisation: organisation, scope: scope),
            soa: StatementOfApplicability(controlsOf: ISO27001.framework)
        )
    }

    public func log(of audit: String) -> AuditLog { auditLogs[audit] ?? AuditLog() }

    /// The decisions on one framework's controls: the SoA for ISO/IEC 27001, the framework's
    /// status file for any other (empty until something is decided).
    public func statement(of framework: String) -> StatementOfApplicability {
        framework == ISO27001.frameworkID ? soa : statements[framework] ?? StatementOfApplicability(entries: [])
    }

    /// The decisions on one control of a framework, if any were made.
    public func entry(_ control: String, in framework: String) -> SoAEntry? {
        framework == ISO27001.frameworkID ? soa[control] : statements[framework]?[control]
    }

    /// Records a decision in the statement of its framework; an entry of another framework with
    /// nothing decided takes the control out of it.
    public mutating func upsert(_ entry: SoAEntry) {
        if entry.framework == ISO27001.frameworkID {
            soa.upsert(entry)
        } else if entry.isNoDecision {
            statements[entry.framework]?.remove(entry.control)
        } else {
            statements[entry.framework, default: StatementOfApplicability(entries: [])].upsert(entry)
        }
    }
}
