import AnnexDomain
import Foundation

/// A live audit session: one auditor walking one audit's checklist.
public struct AuditSessionState: Sendable, Equatable {
    /// Tab goes checklist, findings, item, and round again (Shift-Tab the other way).
    public enum Focus: Sendable, Equatable, CaseIterable { case checklist, findings, item }

    public var audit: String
    /// Whose journal this session writes.
    public var auditor: String
    public var cursor = 0 {
        didSet { if cursor != oldValue { itemScroll = 0 } }
    }
    /// Lines of the item pane scrolled past, when its text is longer than the pane.
    public var itemScroll = 0
    public var scroll = 0
    public var focus = Focus.checklist
    /// The selected finding of the current item, for editing or withdrawing.
    public var findingCursor = 0 {
        didSet { if findingCursor != oldValue { findingLineOffset = 0 } }
    }
    /// Lines of the selected finding scrolled past, when it is longer than the pane.
    public var findingLineOffset = 0
    public var started: Date
    /// When the current item was opened: its time on screen adds to what the journal recorded.
    public var itemStarted: Date
    public var defaults: FindingDefaults
    /// A sample drawn for the current item, recorded with the next finding logged on it.
    public var pendingSample: AuditSample?
    /// A closed audit is shown, not changed; so is one whose journal another process writes.
    public var readOnly: Bool
    /// The other process writing this auditor's journal, while this session may only read.
    public var heldBy: JournalHolder?

    public init(audit: String, auditor: String, now: Date, defaults: FindingDefaults = FindingDefaults(), readOnly: Bool = false) {
        self.audit = audit
        self.auditor = auditor
        started = now
        itemStarted = now
        self.defaults = defaults
        self.readOnly = readOnly
    }
}

/// The Audits screen: the list of audits and the selected audit's plan and checklist.
public struct AuditsState: ScreenState {
    public var selected: String?
    public var listScroll = 0
    /// The selected checklist row in the plan pane.
    public var checklistCursor = 0
    public var checklistScroll = 0
    /// Set while the live session is open.
    public var session: AuditSessionState?

    public init() {}

    /// The audits in the order the list shows them: newest start first, undated ones last.
    public static func ordered(_ audits: [Audit]) -> [Audit] {
        audits.sorted { left, right in
            switch (left.start, right.start) {
            case let (l?, r?) where l != r: l > r
            case (nil, _?): false
            case (_?, nil): true
            default: left.id > right.id
            }
        }
    }

    public static func selectedAudit(_ state: AppState) -> Audit? {
        let ordered = ordered(state.workspace.audits)
        return ordered.first { $0.id == state.audits.selected } ?? ordered.first
    }

    public static func sessionAudit(_ state: AppState) -> Audit? {
        guard let session = state.audits.session else { return nil }
        return state.workspace.audits.first { $0.id == session.audit }
    }

    /// How a checklist item is named, in lists and in what the session says: its id for ISO/IEC
    /// 27001, its label (`AC-2(1)`) in an audit of a catalog the workspace has.
    public static func itemName(_ id: String, of audit: Audit?, in catalog: Catalog) -> String {
        guard let audit, audit.framework != ISO27001.frameworkID, catalog.framework(audit.framework) != nil else { return id }
        return catalog.checklistItem(id, of: audit)?.number ?? id
    }
}

extension AppState {
    public var audits: AuditsState {
        get { screenStates[AuditsState.self] }
        set { screenStates[AuditsState.self] = newValue }
        _modify { yield &screenStates[AuditsState.self] }
    }
}
