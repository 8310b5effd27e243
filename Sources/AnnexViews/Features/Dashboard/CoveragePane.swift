import AnnexApp
import AnnexDomain
import TerminalCore

/// The dashboard's coverage of the workspace's other frameworks: per framework, the share of its
/// mapped controls the SoA covers (bar, percent, covered/mapped), and under it what is partial,
/// unmapped, and how far its own status file has got. Shown only when a catalog was imported.
enum CoveragePane {
    static let linesPerFramework = 2

    /// Rows the pane wants: its frame and two lines a framework, at most three frameworks.
    static func height(frameworks: Int) -> Int {
        frameworks == 0 ? 0 : 2 + linesPerFramework * min(frameworks, 3)
    }

    static func draw<S: Surface>(_ coverage: DashboardCoverage, in area: Rect, into surface: inout S, context: RenderContext) {
        let inner = Pane.draw(area, title: "Coverage by the SoA", active: false, into: &surface, context: context)
        let labelWidth = 15
        let barWidth = max(4, inner.width - labelWidth - 14)
        let dot = context.glyphs.isUnicode ? " · " : ", "
        var y = inner.y
        for row in coverage.rows where y < inner.maxY {
            let figures = row.coverage
            surface.put(DisplayWidth.fit(FrameworkName.short(row.framework, room: labelWidth - 1), to: labelWidth),
                        at: Point(x: inner.x, y: y), style: context.style(Role.label), clip: inner)
            let share = figures.mapped == 0 ? 0 : Double(figures.covered) / Double(figures.mapped)
            Bar.draw(share, at: Point(x: inner.x + labelWidth, y: y), width: barWidth, into: &surface, context: context)
            let percent = figures.percentCovered.map { "\($0)%" } ?? "-"
            surface.put(" \(percent) \(figures.covered)/\(figures.mapped)", at: Point(x: inner.x + labelWidth + barWidth, y: y), style: context.style(Role.text), clip: inner)
            y += 1
            guard y < inner.maxY else { break }
            var parts: [String] = []
            if figures.mapped == 0 {
                parts.append("no mapping to ISO/IEC 27001")
            } else {
                parts.append("\(figures.partial) partial")
                if figures.unmapped > 0 { parts.append("\(figures.unmapped) unmapped") }
            }
            // Its own status file's progress, when there is one and room for it.
            let own = "own status \(row.own.implemented)/\(row.own.applicable)"
            if row.own.total > 0, DisplayWidth.of("  " + (parts + [own]).joined(separator: dot)) <= inner.width { parts.append(own) }
            surface.put("  " + parts.joined(separator: dot), at: Point(x: inner.x, y: y), style: context.style(Role.dim), clip: inner)
            y += 1
        }
        if coverage.rows.count > 3 {
            let more = " +\(coverage.rows.count - 3) more: annex catalog map "
            surface.put(more, at: Point(x: area.maxX - DisplayWidth.of(more) - 1, y: area.maxY - 1), style: context.style(Role.dim), clip: area)
        }
    }
}
