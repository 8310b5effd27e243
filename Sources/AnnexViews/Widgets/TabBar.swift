import AnnexApp
import TerminalCore

/// The top row: the screens by number, the active one highlighted, and the organisation.
enum TabBar {
    static func draw<S: Surface>(_ state: AppState, in area: Rect, into surface: inout S, context: RenderContext) {
        surface.clear(area, style: context.style(Role.tabInactive))
        var x = area.x
        // In presenter mode the mark matters more than the name: where the row is short, the
        // app's label gives way to it (a redacted session is read-only too, so one mark says both).
        let tabsWidth = ScreenViews.screens.reduce(0) { $0 + DisplayWidth.of(Layout.tabLabel($1)) }
        let firstMark = presenterMarks(state).first.map { DisplayWidth.of($0) + 1 } ?? 0
        if firstMark == 0 || DisplayWidth.of(Layout.appLabel) + tabsWidth + firstMark <= area.width {
            x = surface.put(Layout.appLabel, at: Point(x: x, y: area.y), style: context.style(Role.title), clip: area)
        }
        for screen in ScreenViews.screens {
            let role = screen == state.screen ? Role.tabActive : Role.tabInactive
            let start = x
            x = surface.put(Layout.tabLabel(screen), at: Point(x: x, y: area.y), style: context.style(role), clip: area)
            context.record(.tab(screen), Rect(x: start, y: area.y, width: x - start, height: 1))
        }
        for mark in presenterMarks(state) where x + 1 + DisplayWidth.of(mark) <= area.maxX {
            x = surface.put(mark, at: Point(x: x + 1, y: area.y), style: context.style(Role.warning), clip: area)
        }
        let organisation = state.workspace.config.organisation
        let room = area.maxX - x - 2
        if room > 8 {
            let text = DisplayWidth.truncate(organisation, to: room, ellipsis: context.glyphs.ellipsis)
            surface.put(text, at: Point(x: area.maxX - 1 - DisplayWidth.of(text), y: area.y), style: context.style(Role.dim), clip: area, newline: .space)
        }
    }

    /// Presenter mode says so on every screen: nothing can be changed, people and notes are masked.
    /// The redacted mark first: at 80 columns there may be room for one only.
    static func presenterMarks(_ state: AppState) -> [String] {
        (state.redacted ? [" REDACTED "] : []) + (state.readOnly ? [" READ-ONLY "] : [])
    }
}
