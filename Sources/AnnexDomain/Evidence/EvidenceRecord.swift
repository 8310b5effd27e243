/// An entry in the evidence register: something that shows a control works.
public struct EvidenceRecord: Sendable, Equatable {
    public var id: String
    public var title: String
    /// A path inside the workspace (`evidence/files/backup-test.pdf`) or a URL.
    public var location: String
    /// Hex SHA-256 of the file when it is kept in the workspace.
    public var sha256: String?
    public var owner: String
    public var effective: Day?
    public var expires: Day?

    public init(
        id: String, title: String, location: String = "", sha256: String? = nil,
        owner: String = "", effective: Day? = nil, expires: Day? = nil
    ) {
        self.id = id
        self.title = title
        self.location = location
        self.sha256 = sha256
        self.owner = owner
        self.effective = effective
        self.expires = expires
    }

    public var isURL: Bool { location.contains("://") }

    public func isExpired(on day: Day) -> Bool {
        guard let expires else { return false }
        return expires < day
    }
}
