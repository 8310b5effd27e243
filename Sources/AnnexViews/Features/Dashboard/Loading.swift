import AnnexApp
import TerminalCore

/// A pane whose figures are not read yet: it says so, rather than show counts of nothing.
enum Loading {
    static func draw<S: Surface>(_ area: Rect, title: String, into surface: inout S, context: RenderContext) {
        let inner = Pane.draw(area, title: title, active: false, into: &surface, context: context)
        surface.put("Loading…", at: Point(x: inner.x + 1, y: inner.y), style: context.style(Role.dim), clip: inner)
    }
}
