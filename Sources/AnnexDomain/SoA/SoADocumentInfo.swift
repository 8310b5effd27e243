/// The Statement of Applicability as a controlled document: its version, and who approved that
/// version, in what role and when. Kept in `annex.yaml`.
public struct SoADocumentInfo: Sendable, Equatable {
    /// `1.3`; empty until the first version is named.
    public var version: String
    /// The date of this version.
    public var date: Day?
    /// nil while the version is a draft.
    public var approval: SoAApproval?

    public init(version: String = "", date: Day? = nil, approval: SoAApproval? = nil) {
        self.version = version
        self.date = date
        self.approval = approval
    }

    public var isApproved: Bool { approval != nil }
}

/// A deliberate approval: a person of `annex.yaml`, the role they approved in, the day.
public struct SoAApproval: Sendable, Equatable {
    public var by: String
    public var role: String
    public var on: Day

    public init(by: String, role: String, on: Day) {
        self.by = by
        self.role = role
        self.on = on
    }
}
