import AnnexDomain

/// The Evidence screen: the selected record and how far the register is scrolled.
public struct EvidenceState: ScreenState {
    public var selected: String?
    /// First visible row of the register.
    public var scroll = 0

    public init() {}

    public static func selectedRecord(_ state: AppState) -> EvidenceRecord? {
        guard let id = state.evidence.selected else { return nil }
        return state.workspace.evidence.first { $0.id == id }
    }
}

extension AppState {
    public var evidence: EvidenceState {
        get { screenStates[EvidenceState.self] }
        set { screenStates[EvidenceState.self] = newValue }
        _modify { yield &screenStates[EvidenceState.self] }
    }
}

/// The register as shown, and what is known of each record without reading its file: whether it
/// has expired or soon will, and which controls of the SoA cite it.
public enum EvidenceRegister {
    /// Evidence due for renewal within this many days is said to be expiring.
    public static let expiringWithin = 30

    public enum Standing: Sendable, Equatable {
        case current, expiring(days: Int), expired(since: Day), noExpiry
    }

    public static func rows(_ workspace: Workspace) -> [EvidenceRecord] {
        workspace.evidence.sorted { $0.id.localizedStandardCompare($1.id) == .orderedAscending }
    }

    public static func standing(_ record: EvidenceRecord, today: Day) -> Standing {
        guard let expires = record.expires else { return .noExpiry }
        if expires < today { return .expired(since: expires) }
        let days = today.days(until: expires)
        return days <= expiringWithin ? .expiring(days: days) : .current
    }

    /// The controls whose SoA entry lists the record, in catalog order.
    public static func controls(citing id: String, in workspace: Workspace) -> [String] {
        workspace.soa.entries.filter { $0.evidence.contains(id) }.map(\.control)
    }
}
