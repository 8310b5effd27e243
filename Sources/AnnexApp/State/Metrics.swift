/// Sizes the reducer and the views must agree on (so the selection is always scrolled into view).
public enum Metrics {
    /// Tab bar on top, status line at the bottom.
    public static let chromeRows = 2

    /// Rows of the catalog list inside its pane border.
    public static func catalogListRows(height: Int) -> Int { max(1, height - chromeRows - 2) }

    /// Width of the catalog pane: the rest goes to the detail pane.
    public static func catalogWidth(width: Int) -> Int { min(max(34, width * 2 / 5), 60) }
}
