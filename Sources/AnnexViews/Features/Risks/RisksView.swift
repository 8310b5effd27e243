import AnnexApp
import AnnexDomain
import TerminalCore

/// Screen 3: the heat map and the register side by side, the selected risk below.
enum RisksView {
    static func draw<S: Surface>(_ state: AppState, in area: Rect, into surface: inout S, context: RenderContext) {
        let matrix = state.workspace.config.riskMatrix
        let topHeight = min(area.height, Layout.risksTopHeight(body: area.height))
        let top = area.top(topHeight)
        let figures = RisksState.figures(state)
        let cell = HeatMapView.cellWidth(figures)
        let mapWidth = min(top.width / 2, max(Layout.heatMapWidth(impactSteps: matrix.impact.count), 7 + matrix.impact.count * cell))
        HeatMapView.draw(state, figures: figures, in: top.left(mapWidth), into: &surface, context: context)
        RegisterView.draw(state, in: top.inset(left: mapWidth), into: &surface, context: context)
        RiskDetailView.draw(state, in: area.inset(top: topHeight), into: &surface, context: context)
    }
}

/// A level's first letter, so levels read without colour (L, M, H, C).
enum LevelMark {
    static func letter(_ level: RiskLevel?) -> String {
        guard let level, let first = level.name.first else { return "?" }
        return String(first).uppercased()
    }
}

enum HeatMapView {
    /// Columns per cell: the count, the level letter and a gap; wider when a count needs it.
    static func cellWidth(_ figures: RiskFigures) -> Int {
        max(2, String(figures.cells.values.max() ?? 0).count) + 2
    }

    static func draw<S: Surface>(_ state: AppState, figures: RiskFigures, in area: Rect, into surface: inout S, context: RenderContext) {
        let matrix = state.workspace.config.riskMatrix
        let view = state.risks.query.view
        let cell = cellWidth(figures)
        let focused = state.focus == .heatMap && state.screen == .risks
        let inner = Pane.draw(area, title: "Heat map: \(view.rawValue)", active: focused, pane: .heatMap, into: &surface, context: context)
        let rows = matrix.likelihood.count
        for row in 0..<rows {
            let likelihood = rows - row
            let y = inner.y + row
            surface.put(DisplayWidth.pad("\(likelihood)", to: 2, alignment: .trailing) + " ", at: Point(x: inner.x, y: y), style: context.style(Role.dim), clip: inner)
            for impact in 1...max(1, matrix.impact.count) {
                let rating = RiskRating(likelihood: likelihood, impact: impact)
                let level = matrix.level(of: rating)
                let count = figures.count(likelihood: likelihood, impact: impact)
                let isCursor = rating == state.risks.cursor
                let isFilter = rating == state.risks.query.cell
                let number = count == 0 ? (context.glyphs.isUnicode ? "·" : ".") : String(count)
                let body = DisplayWidth.pad(number, to: cell - 2, alignment: .trailing) + LevelMark.letter(level)
                var style = context.style(level.map { Role.risk($0.id) } ?? Role.dim)
                if isCursor { style = context.style(focused ? Role.selection : Role.selectionInactive) }
                let x = inner.x + 3 + (impact - 1) * cell
                surface.put(body + " ", at: Point(x: x, y: y), style: style, clip: inner)
                if isFilter {
                    // Brackets hug the count; a two-digit count pushes the left one into the gap.
                    let left = String(count).count >= cell - 2 ? x - 1 : x + (cell - 3 - String(count).count)
                    surface.put("[", at: Point(x: left, y: y), style: context.style(Role.heading), clip: inner)
                    surface.put("]", at: Point(x: x + cell - 1, y: y), style: context.style(Role.heading), clip: inner)
                }
            }
        }
        let axis = (1...max(1, matrix.impact.count)).map { DisplayWidth.pad(String($0), to: cell - 1, alignment: .trailing) + " " }.joined()
        surface.put("   " + axis, at: Point(x: inner.x, y: inner.y + rows), style: context.style(Role.dim), clip: inner)
        surface.put("likelihood ↑  impact →".replacingOccurrences(of: "↑", with: context.glyphs.isUnicode ? "↑" : "^")
                        .replacingOccurrences(of: "→", with: context.glyphs.isUnicode ? "→" : ">"),
                    at: Point(x: inner.x + 1, y: inner.y + rows + 1), style: context.style(Role.dim), clip: inner)
        let cursor = state.risks.cursor
        let name = "\(matrix.likelihood[safe: cursor.likelihood - 1] ?? "?") × \(matrix.impact[safe: cursor.impact - 1] ?? "?")"
        surface.put(name, at: Point(x: inner.x + 1, y: inner.y + rows + 2), style: context.style(Role.label), clip: inner)
        if figures.unrated > 0 {
            surface.put("\(figures.unrated) off the scale", at: Point(x: inner.x + 1, y: inner.y + rows + 3), style: context.style(Role.error), clip: inner)
        }
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
