import AnnexDomain
import AnnexApp

/// Theme role names used by the screens. Themes may define any of them; missing ones fall back
/// to their parent role (`status.partial` → `status`) and then to `text`.
enum Role {
    static let text = "text"
    static let dim = "text.dim"
    static let label = "text.label"
    static let title = "title"
    static let heading = "heading"
    static let tabActive = "tab.active"
    static let tabInactive = "tab.inactive"
    static let border = "pane.border"
    static let borderActive = "pane.border.active"
    static let paneTitle = "pane.title"
    static let selection = "selection"
    static let selectionInactive = "selection.inactive"
    static let statusLine = "status.line"
    static let statusKey = "status.key"
    static let barFilled = "bar.filled"
    static let barEmpty = "bar.empty"
    static let popupBorder = "popup.border"
    static let popupTitle = "popup.title"
    static let input = "input"
    static let inputCursor = "input.cursor"
    static let error = "error"
    static let warning = "warning"

    static func status(_ entry: SoAEntry?) -> String {
        guard let entry else { return dim }
        guard entry.applicable else { return "status.excluded" }
        return "status." + entry.status.rawValue
    }

    static func risk(_ levelID: String) -> String { "risk." + levelID }

    static func finding(_ classification: FindingClass) -> String {
        switch classification {
        case .conformity: "finding.conformity"
        case .major: "finding.major"
        case .minor: "finding.minor"
        case .observation: "finding.observation"
        case .improvement: "finding.ofi"
        }
    }

    static func message(_ kind: StatusMessage.Kind) -> String {
        switch kind {
        case .info: "status.info"
        case .saved: "status.saved"
        case .warning: "status.warning"
        case .error: "status.error"
        }
    }
}
