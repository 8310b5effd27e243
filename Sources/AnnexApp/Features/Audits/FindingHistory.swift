import AnnexDomain

/// Every version of a finding, oldest first, over the live session.
public struct FindingHistory: FeatureLayer {
    public let audit: String
    public let finding: String
    public var scroll = 0

    public var context: KeyContext { .history }

    public func handle(_ key: KeyPress, command: Command?, _ state: inout AppState, ids: IDGenerator) -> [Effect] {
        switch command {
        case .cancel: state.popup = nil
        case .moveDown: state.popup = .of(scrolled(by: 1))
        case .moveUp: state.popup = .of(scrolled(by: -1))
        default: break
        }
        return []
    }

    private func scrolled(by rows: Int) -> FindingHistory {
        var next = self
        next.scroll = max(0, scroll + rows)
        return next
    }
}
