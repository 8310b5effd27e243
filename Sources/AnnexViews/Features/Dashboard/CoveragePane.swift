import AnnexApp
import AnnexDomain
import TerminalCore

/// The dashboard's coverage of the workspace's other frameworks: per mapped framework, the
/// share of its mapped controls the SoA covers (bar, percent, covered/mapped), and under it what
/// is partial, unmapped, and how far its own status file has got; the frameworks no mapping
/// reaches share one line. Shown only when a catalog was imported.
enum CoveragePane {
    /// Rows the pane wants: its frame, two lines a mapped framework, one for all the others.
    static func height(_ coverage: DashboardCoverage) -> Int {
        let (mapped, unmapped) = split(coverage)
        return coverage.rows.isEmpty ? 0 : 2 + 2 * mapped.count + (unmapped.isEmpty ? 0 : 1)
    }

    private static func split(_ coverage: DashboardCoverage) -> (mapped: [DashboardCoverage.Row], unmapped: [DashboardCoverage.Row]) {
        (coverage.rows.filter { $0.coverage.mapped > 0 }, coverage.rows.filter { $0.coverage.mapped == 0 })
    }

    static func draw<S: Surface>(_ coverage: DashboardCoverage, in area: Rect, into surface: inout S, context: RenderContext) {
        let inner = Pane.draw(area, title: "Coverage by the SoA", active: false, into: &surface, context: context)
        let (mapped, unmapped) = split(coverage)
        let labelWidth = 15
        let barWidth = max(4, inner.width - labelWidth - 14)
        let dot = context.glyphs.isUnicode ? " · " : ", "
        var y = inner.y
        var shown = 0
        for row in mapped where y + 1 < inner.maxY || (y + 1 == inner.maxY && unmapped.isEmpty) {
            let figures = row.coverage
            surface.put(DisplayWidth.fit(FrameworkName.short(row.framework, room: labelWidth - 1), to: labelWidth),
                        at: Point(x: inner.x, y: y), style: context.style(Role.label), clip: inner)
            Bar.draw(Double(figures.covered) / Double(figures.mapped), at: Point(x: inner.x + labelWidth, y: y), width: barWidth, into: &surface, context: context)
            let percent = figures.percentCovered.map { "\($0)%" } ?? "-"
            surface.put(" \(percent) \(figures.covered)/\(figures.mapped)", at: Point(x: inner.x + labelWidth + barWidth, y: y), style: context.style(Role.text), clip: inner)
            var parts = ["\(figures.partial) partial"]
            if figures.unmapped > 0 { parts.append("\(figures.unmapped) unmapped") }
            // Its own status file's progress, when there is one and room for it.
            let own = "own status \(row.own.implemented)/\(row.own.applicable)"
            if row.own.total > 0, DisplayWidth.of("  " + (parts + [own]).joined(separator: dot)) <= inner.width { parts.append(own) }
            surface.put("  " + parts.joined(separator: dot), at: Point(x: inner.x, y: y + 1), style: context.style(Role.dim), clip: inner)
            y += 2
            shown += 1
        }
        if !unmapped.isEmpty, y < inner.maxY {
            let names = "Not mapped: " + unmapped.map { FrameworkName.short($0.framework, room: 20) }.joined(separator: ", ")
            let line = DisplayWidth.of(names) <= inner.width ? names : "Not mapped: \(unmapped.count) frameworks (mappings/)"
            surface.put(line, at: Point(x: inner.x, y: y), style: context.style(Role.dim), clip: inner)
            shown += unmapped.count
        }
        if shown < coverage.rows.count {
            let more = " +\(coverage.rows.count - shown) more: annex catalog map "
            surface.put(more, at: Point(x: area.maxX - DisplayWidth.of(more) - 1, y: area.maxY - 1), style: context.style(Role.dim), clip: area)
        }
    }
}
