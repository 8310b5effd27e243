import AnnexApp

/// How the screens split the terminal. Only the views use these: what the reducers need (rows
/// on screen, where a click landed) comes back from the frame as `FrameLayout`.
public enum Layout {
    /// The tab bar's label before the tabs.
    public static let appLabel = " Annex "

    public static func tabLabel(_ screen: Screen) -> String { " \(screen.number) \(screen.title) " }

    /// Width of the catalog pane: the rest goes to the detail pane.
    public static func catalogWidth(width: Int) -> Int { min(max(34, width * 2 / 5), 60) }

    /// Height of the Risks screen's top row (heat map beside the register): half the body, but
    /// at least what a 6-step likelihood scale needs (rows, axis, legend, border).
    public static func risksTopHeight(body: Int) -> Int { max(body / 2, 11) }

    /// Width of the heat map pane for a scale of `impactSteps`.
    public static func heatMapWidth(impactSteps: Int) -> Int { max(25, 4 + impactSteps * 4 + 3) }

    /// The audits list on top: its rows, header and border, at most a third of the body.
    public static func auditListHeight(body: Int, count: Int) -> Int { min(max(1, count) + 3, max(5, body / 3)) }

    /// The plan pane below the audits list; the checklist takes the rest of the width.
    public static func auditPlanWidth(width: Int) -> Int { min(max(36, width * 9 / 20), 60) }

    /// The session's checklist pane on the left.
    public static func sessionChecklistWidth(width: Int) -> Int { min(max(30, width * 2 / 5), 80) }

    /// The Actions list pane: as tall as its rows need, at most two fifths of the body, so a
    /// short list leaves the detail room for the nonconformity.
    public static func actionListHeight(body: Int, count: Int) -> Int { min(max(9, body * 2 / 5), max(6, count + 3)) }
}
