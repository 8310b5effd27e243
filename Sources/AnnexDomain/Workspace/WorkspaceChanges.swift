/// What changed on disk since the workspace was last read, record by record: what another
/// process, a co-auditor, an editor or `git pull` wrote. Applied to the state as it is.
public struct WorkspaceChanges: Sendable, Equatable {
    public var config: WorkspaceConfig?
    /// Entries of `soa.yaml` that differ from before (the file is read whole, compared by entry).
    public var soaEntries: [SoAEntry] = []
    public var risks: [Risk] = []
    public var removedRisks: [String] = []
    public var evidence: [EvidenceRecord] = []
    public var removedEvidence: [String] = []
    public var audits: [Audit] = []
    public var removedAudits: [String] = []
    public var actions: [CorrectiveAction] = []
    public var removedActions: [String] = []
    /// Journal events appended since, by audit, in file order.
    public var events: [String: [AuditEvent]] = [:]
    /// Audits whose journals were rewritten (a `git pull`, a checkout): their whole log, read anew.
    public var logs: [String: [AuditEvent]] = [:]
    /// Files that stopped parsing (`path:line: reason`): their last good version stays in memory.
    public var problems: [String] = []
    /// Files that parse again after a problem.
    public var repaired: [String] = []

    public init() {}

    public var isEmpty: Bool { self == WorkspaceChanges() }

    /// How many records changed, for the status line.
    public var recordCount: Int {
        (config == nil ? 0 : 1) + soaEntries.count + risks.count + removedRisks.count + evidence.count + removedEvidence.count
            + audits.count + removedAudits.count + actions.count + removedActions.count
    }

    public var eventCount: Int { events.values.reduce(0) { $0 + $1.count } + logs.count }
}
