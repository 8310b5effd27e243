/// Sizes the reducer and the views must agree on (so the selection is always scrolled into view).
public enum Metrics {
    /// Tab bar on top, status line at the bottom.
    public static let chromeRows = 2

    /// Rows of the catalog list inside its pane border.
    public static func catalogListRows(height: Int) -> Int { max(1, height - chromeRows - 2) }

    /// Width of the catalog pane: the rest goes to the detail pane.
    public static func catalogWidth(width: Int) -> Int { min(max(34, width * 2 / 5), 60) }

    /// Height of the Risks screen's top row (heat map beside the register): half the body, but
    /// at least what a 6-step likelihood scale needs (rows, axis, legend, border).
    public static func risksTopHeight(height: Int) -> Int { max((height - chromeRows) / 2, 11) }

    /// Rows of the register table: the top row less its border and header line.
    public static func registerRows(height: Int) -> Int { max(1, risksTopHeight(height: height) - 3) }

    /// Width of the heat map pane for a scale of `impactSteps`.
    public static func heatMapWidth(impactSteps: Int) -> Int { max(25, 4 + impactSteps * 4 + 3) }

    /// The tab bar's label before the tabs.
    public static let appLabel = " Annex "

    public static func tabLabel(_ screen: Screen) -> String { " \(screen.rawValue) \(screen.title) " }

    /// Columns of each tab in the top row, for drawing and for mouse clicks.
    public static func tabSpans() -> [(screen: Screen, columns: Range<Int>)] {
        var x = appLabel.count
        return Screen.allCases.map { screen in
            let width = tabLabel(screen).count
            defer { x += width }
            return (screen, x..<(x + width))
        }
    }
}

/// Sizes of the Audits screen and the live session.
extension Metrics {
    /// The audits list on top: its rows, header and border, at most a third of the body.
    public static func auditListHeight(height: Int, count: Int) -> Int {
        min(max(1, count) + 3, max(5, (height - chromeRows) / 3))
    }

    public static func auditListRows(height: Int, count: Int) -> Int { max(1, auditListHeight(height: height, count: count) - 3) }

    /// Rows of the checklist in the plan pane below the list.
    public static func planChecklistRows(height: Int, count: Int) -> Int {
        max(1, height - chromeRows - auditListHeight(height: height, count: count) - 2)
    }

    /// The plan pane below the audits list; the checklist takes the rest of the width.
    public static func auditPlanWidth(width: Int) -> Int { min(max(36, width * 9 / 20), 60) }

    /// The session's checklist pane on the left.
    public static func sessionChecklistWidth(width: Int) -> Int { min(max(30, width * 2 / 5), 80) }

    /// Checklist rows in the session: the pane less its border and the progress line.
    public static func sessionChecklistRows(height: Int) -> Int { max(1, height - chromeRows - 3) }

    /// The item pane's share of the right column; findings get the rest.
    public static func sessionItemHeight(height: Int) -> Int { max(7, (height - chromeRows) * 11 / 20) }
}
