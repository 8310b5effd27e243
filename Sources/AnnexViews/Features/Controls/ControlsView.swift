import AnnexApp
import AnnexDomain
import TerminalCore

/// Screen 2: the catalog tree on the left, the selected control in full on the right.
enum ControlsView {
    static func draw<S: Surface>(_ state: AppState, in area: Rect, into surface: inout S, context: RenderContext) {
        let catalogWidth = Layout.catalogWidth(width: area.width)
        let catalogArea = Rect(x: area.x, y: area.y, width: catalogWidth, height: area.height)
        let detailArea = Rect(x: area.x + catalogWidth, y: area.y, width: area.width - catalogWidth, height: area.height)
        CatalogListView.draw(state, in: catalogArea, into: &surface, context: context)
        ControlDetailView.draw(state, in: detailArea, into: &surface, context: context)
    }
}

enum CatalogListView {
    static func draw<S: Surface>(_ state: AppState, in area: Rect, into surface: inout S, context: RenderContext) {
        let rows = CatalogTree.rows(state)
        let framework = state.shownFramework
        let controlsShown = CatalogTree.itemCount(rows)
        // With several frameworks the pane names the one on view.
        var title = state.workspace.catalog.frameworks.count > 1 ? "Catalog: \(FrameworkName.short(state.shownFramework))" : "Catalog"
        if state.controls.filter.isActive { title += " (\(controlsShown) shown: \(state.controls.filter.summary))" }
        let inner = Pane.draw(area, title: DisplayWidth.truncate(title, to: area.width - 6, ellipsis: context.glyphs.ellipsis),
                              active: state.focus == .catalog, pane: .catalog, into: &surface, context: context)
        context.record(.rows(.catalog), inner)
        if rows.isEmpty {
            surface.put("Nothing matches the filter. x clears it.", at: inner.origin, style: context.style(Role.dim), clip: inner)
            return
        }
        // The window settles here, around the selection; the state takes it back from the frame.
        let scroll = ListScrolling.offset(keeping: rows.firstIndex { $0.id == state.controls.selected } ?? 0,
                                          current: state.controls.scroll, visible: inner.height, count: rows.count)
        context.note(scroll: scroll, in: .rows(.catalog))
        let visible = rows.dropFirst(scroll).prefix(inner.height)
        // ISO ids fit in 8 columns; a catalog's labels (`AC-2(12)`, `SC-7(10)(a)`) may need more.
        let widest = visible.map { row -> Int in if case .item(let item, _) = row.kind, item.kind == .control { DisplayWidth.of(FrameworkName.number(item, in: framework)) + 1 } else { 0 } }.max() ?? 0
        let idWidth = min(14, max(8, widest))
        for (offset, row) in visible.enumerated() {
            let line = Rect(x: inner.x, y: inner.y + offset, width: inner.width, height: 1)
            let selected = row.id == state.controls.selected
            draw(row, selected: selected, focused: state.focus == .catalog, number: { FrameworkName.number($0, in: framework) }, idWidth: idWidth, in: line, into: &surface, context: context)
        }
        if rows.count > inner.height {
            let position = "\(scroll + 1)-\(scroll + visible.count)/\(rows.count)"
            surface.put(" \(position) ", at: Point(x: area.maxX - DisplayWidth.of(position) - 3, y: area.maxY - 1),
                        style: context.style(Role.dim), clip: area)
        }
    }

    private static func draw<S: Surface>(_ row: CatalogRow, selected: Bool, focused: Bool, number: (CatalogItem) -> String, idWidth: Int, in line: Rect, into surface: inout S, context: RenderContext) {
        let selection = selected ? context.style(focused ? Role.selection : Role.selectionInactive) : nil
        if let selection { surface.clear(line, style: selection) }
        func style(_ role: String) -> Style { selection ?? context.style(role) }
        switch row.kind {
        case .group(let title, _, let implemented, let applicable, let collapsed):
            let marker = collapsed ? context.glyphs.collapsed : context.glyphs.expanded
            let count = applicable > 0 ? " \(implemented)/\(applicable)" : ""
            let indent = 2 * row.depth
            let room = line.width - DisplayWidth.of(count) - 2 - indent
            surface.put("\(marker) " + DisplayWidth.truncate(title, to: room, ellipsis: context.glyphs.ellipsis),
                        at: Point(x: line.x + indent, y: line.y), style: style(Role.heading), clip: line)
            surface.put(count, at: Point(x: line.maxX - DisplayWidth.of(count), y: line.y), style: style(Role.dim), clip: line)
        case .item(let item, let entry):
            // Enhancements sit under their control, a step further in.
            let indent = item.kind == .clause ? 2 * max(0, item.level - 1) + 2 : 2 + 2 * row.depth + 2 * max(0, item.level - 1)
            let mark = item.isWithdrawn ? (context.glyphs.isUnicode ? "–" : "-") : StatusMarker.mark(entry, unicode: context.glyphs.isUnicode)
            let shown = number(item)
            let width = item.kind == .clause ? DisplayWidth.of(item.id) + 1 : max(idWidth, DisplayWidth.of(shown) + 1)
            var x = line.x + indent
            x = surface.put(DisplayWidth.pad(shown, to: width), at: Point(x: x, y: line.y), style: style(Role.label), clip: line)
            let titleRoom = line.maxX - x - 2
            let dim = entry?.applicable == false || item.isWithdrawn
            surface.put(DisplayWidth.truncate(item.title, to: titleRoom, ellipsis: context.glyphs.ellipsis),
                        at: Point(x: x, y: line.y), style: style(dim ? Role.dim : Role.text), clip: line)
            surface.put(mark, at: Point(x: line.maxX - 1, y: line.y), style: style(item.isWithdrawn ? Role.dim : Role.status(entry)), clip: line)
        }
    }
}
