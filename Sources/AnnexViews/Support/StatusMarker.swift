import AnnexDomain

/// A status as a mark that reads without colour: a letter-like symbol per implementation state.
enum StatusMarker {
    static func mark(_ entry: SoAEntry?, unicode: Bool) -> String {
        guard let entry else { return " " }
        guard entry.applicable else { return unicode ? "✗" : "x" }
        switch entry.status {
        case .implemented: return unicode ? "✓" : "+"
        case .partial: return unicode ? "◐" : "~"
        case .planned: return unicode ? "○" : "o"
        case .notStarted: return unicode ? "·" : "."
        }
    }

    static func label(_ entry: SoAEntry?) -> String {
        guard let entry else { return "" }
        return entry.applicable ? entry.status.title : "Excluded"
    }

    /// A label short enough for two to a line on the dashboard.
    static func shortLabel(_ entry: SoAEntry) -> String {
        guard entry.applicable else { return "Excluded" }
        return entry.status == .partial ? "Partial" : entry.status.title
    }
}
