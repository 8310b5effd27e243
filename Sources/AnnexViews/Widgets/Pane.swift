import AnnexApp
import TerminalCore

/// A bordered pane with a title; returns the area inside the border.
enum Pane {
    /// `pane`: which one it is, so a click on it can give it the focus.
    @discardableResult
    static func draw<S: Surface>(_ area: Rect, title: String, active: Bool, pane: AnnexApp.Pane? = nil, into surface: inout S, context: RenderContext) -> Rect {
        if let pane { context.record(.pane(pane), area) }
        surface.clear(area, style: context.style(Role.text))
        surface.drawBox(
            area, style: context.style(active ? Role.borderActive : Role.border), charset: context.glyphs.box,
            title: title, titleStyle: context.style(Role.paneTitle)
        )
        return area.inset(by: 1)
    }
}

/// A horizontal bar for a share 0 … 1, drawn with filled and empty glyphs so it reads without colour.
enum Bar {
    static func draw<S: Surface>(_ share: Double, at point: Point, width: Int, into surface: inout S, context: RenderContext) {
        guard width > 0 else { return }
        let filled = Int((min(max(share, 0), 1) * Double(width)).rounded())
        let clip = Rect(x: point.x, y: point.y, width: width, height: 1)
        surface.put(String(repeating: context.glyphs.barFilled, count: filled), at: point, style: context.style(Role.barFilled), clip: clip)
        surface.put(String(repeating: context.glyphs.barEmpty, count: width - filled), at: point.offsetBy(x: filled),
                    style: context.style(Role.barEmpty), clip: clip)
    }
}
