import AnnexApp
import AnnexDomain
import TerminalCore

/// Screen 1: where the ISMS stands, at a glance.
enum DashboardView {
    static func draw<S: Surface>(_ state: AppState, in area: Rect, into surface: inout S, context: RenderContext) {
        let figures = DashboardFigures(state)
        let columns = area.splitHorizontally([.percentage(50), .fill(1)])
        // Needs attention keeps at least four rows; the coverage pane gets what it asks for within that.
        let coverageHeight = state.workspace.catalog.frameworks.count > 1 && !state.loading
            ? min(CoveragePane.height(state.dashboardCoverage), max(0, columns[0].height - 12 - 4)) : 0
        let left = columns[0].splitVertically([.length(12), .length(coverageHeight), .fill(1)])
        let right = columns[1].splitVertically([.length(9), .fill(1)])
        if state.loading {
            // The SoA is read first (93 entries); the registers and journals are still being read.
            if state.workspace.soa.entries.isEmpty {
                Loading.draw(left[0], title: "Statement of Applicability", into: &surface, context: context)
            } else {
                drawSoA(figures, document: state.workspace.config, in: left[0], into: &surface, context: context)
            }
            Loading.draw(left[2], title: "Needs attention", into: &surface, context: context)
            Loading.draw(right[0], title: "Risks (residual)", into: &surface, context: context)
            Loading.draw(right[1], title: "Audits and corrective actions", into: &surface, context: context)
            return
        }
        drawSoA(figures, document: state.workspace.config, in: left[0], into: &surface, context: context)
        if coverageHeight > 2 { CoveragePane.draw(state.dashboardCoverage, in: left[1], into: &surface, context: context) }
        drawAttention(figures, state: state, in: left[2], into: &surface, context: context)
        drawRisks(figures, matrix: state.workspace.config.riskMatrix, in: right[0], into: &surface, context: context)
        drawAudits(figures, in: right[1], into: &surface, context: context)
    }

    private static func drawSoA<S: Surface>(_ figures: DashboardFigures, document config: WorkspaceConfig, in area: Rect, into surface: inout S, context: RenderContext) {
        let inner = Pane.draw(area, title: "Statement of Applicability", active: false, into: &surface, context: context)
        let labelWidth = 15
        let barWidth = max(4, inner.width - labelWidth - 14)
        var y = inner.y
        let rows: [(String, SoAProgress)] = [("All controls", figures.soa.overall)]
            + ControlTheme.allCases.map { ($0.rawValue.prefix(1).uppercased() + $0.rawValue.dropFirst(), figures.soa.byTheme[$0] ?? SoAProgress()) }
        for (label, progress) in rows {
            let role = label == "All controls" ? Role.heading : Role.label
            surface.put(DisplayWidth.fit(label, to: labelWidth), at: Point(x: inner.x, y: y), style: context.style(role), clip: inner)
            Bar.draw(progress.implementedShare, at: Point(x: inner.x + labelWidth, y: y), width: barWidth, into: &surface, context: context)
            let figure = " \(Int((progress.implementedShare * 100).rounded()))% \(progress.implemented)/\(progress.applicable)"
            surface.put(figure, at: Point(x: inner.x + labelWidth + barWidth, y: y), style: context.style(Role.text), clip: inner)
            y += 1
        }
        y += 1
        let overall = figures.soa.overall
        let counts: [(SoAEntry, Int)] = ImplementationStatus.allCases.reversed().map {
            (SoAEntry(control: "", status: $0), overall.byStatus[$0, default: 0])
        } + [(SoAEntry(control: "", applicable: false), overall.excluded)]
        let perLine = 2
        for (index, (entry, count)) in counts.enumerated() {
            let x = inner.x + (index % perLine) * (inner.width / perLine)
            let line: StyledLine = [
                Span(StatusMarker.mark(entry, unicode: context.glyphs.isUnicode) + " ", Role.status(entry)),
                Span(DisplayWidth.pad(StatusMarker.shortLabel(entry), to: 12), Role.text), Span("\(count)", Role.title),
            ]
            surface.put(line, at: Point(x: x, y: y + index / perLine), clip: inner, context: context)
        }
        let documentRow = y + (counts.count + perLine - 1) / perLine
        if documentRow < inner.maxY { surface.put(documentLine(config), at: Point(x: inner.x, y: documentRow), clip: inner, context: context) }
    }

    /// The SoA as a document: its version and whether it is approved, which an auditor asks first.
    private static func documentLine(_ config: WorkspaceConfig) -> StyledLine {
        let document = config.soaDocument
        guard !document.version.isEmpty else { return [Span("Document: no version named yet", Role.dim)] }
        guard let approval = document.approval else {
            return [Span("Document ", Role.label), Span("v\(document.version) ", Role.title), Span("draft", Role.warning)]
        }
        return [Span("Document ", Role.label), Span("v\(document.version) ", Role.title), Span("approved \(approval.on)", Role.text)]
    }

    private static func drawRisks<S: Surface>(_ figures: DashboardFigures, matrix: RiskMatrix, in area: Rect, into surface: inout S, context: RenderContext) {
        let inner = Pane.draw(area, title: "Risks (residual)", active: false, into: &surface, context: context)
        var y = inner.y
        for level in matrix.levels.reversed() {
            let line: StyledLine = [
                Span(DisplayWidth.fit(level.name, to: 9), Role.risk(level.id)),
                Span(" \(figures.residual.byLevel[level.id, default: 0])", Role.title),
            ]
            surface.put(line, at: Point(x: inner.x + 1, y: y), clip: inner, context: context)
            y += 1
        }
        if figures.residual.unrated > 0 {
            surface.put("\(figures.residual.unrated) off the scale", at: Point(x: inner.x + 1, y: y), style: context.style(Role.error), clip: inner)
        }
        // Set apart from the level counts by a rule, so "Low 17" and the first map column never run together.
        surface.drawVerticalLine(from: Point(x: inner.x + 14, y: inner.y), length: inner.height, style: context.style(Role.border), charset: context.glyphs.box)
        HeatMapMini.draw(figures.residual, matrix: matrix, at: Point(x: inner.x + 16, y: inner.y), clip: inner, into: &surface, context: context)
    }

    private static func drawAudits<S: Surface>(_ figures: DashboardFigures, in area: Rect, into surface: inout S, context: RenderContext) {
        let inner = Pane.draw(area, title: "Audits and corrective actions", active: false, into: &surface, context: context)
        var lines: [StyledLine] = []
        for (audit, progress) in figures.audits.suffix(3) {
            lines.append([
                Span(audit.id, Role.title), Span("  \(audit.status.inWords)", Role.dim),
                Span("  \(progress.findings.values.reduce(0, +)) findings", Role.text),
                Span("  \(progress.nonconformities) NC", progress.nonconformities > 0 ? Role.finding(.minor) : Role.text),
            ])
            let named = "  \(progress.fraction)  \(progress.summary)"
            lines.append(DisplayWidth.of(named) <= inner.width ? [Span(named, Role.text)]
                                                                : [Span("  ", Role.text)] + ChecklistMark.counts(progress, unicode: context.glyphs.isUnicode))
        }
        lines.append([])
        lines.append([Span("Open nonconformities ", Role.label), Span("\(figures.openNonconformities)", Role.title)])
        lines.append([
            Span("Corrective actions open ", Role.label), Span("\(figures.openActions)", Role.title),
            Span(figures.overdueActions.isEmpty ? "" : "  \(figures.overdueActions.count) overdue", Role.error),
        ])
        for (index, line) in lines.prefix(inner.height).enumerated() {
            surface.put(line, at: Point(x: inner.x + 1, y: inner.y + index), clip: inner, context: context)
        }
    }

    private static func plural(_ count: Int, _ noun: String) -> String { count == 1 ? noun : noun + "s" }

    private static func drawAttention<S: Surface>(_ figures: DashboardFigures, state: AppState, in area: Rect, into surface: inout S, context: RenderContext) {
        let inner = Pane.draw(area, title: "Needs attention", active: false, into: &surface, context: context)
        var lines: [StyledLine] = []
        if !state.loadWarnings.isEmpty {
            lines.append([Span("\(state.loadWarnings.count) problems reading files: run annex check", Role.error)])
        }
        let items: [(Int, String, String)] = [
            (figures.overdueActions.count, plural(figures.overdueActions.count, "corrective action") + " overdue",
             figures.overdueActions.map { "\($0.id) \($0.due.map { $0.days(until: state.today) } ?? 0)d" }.joined(separator: "  ")),
            (figures.overdueRiskReviews.count, plural(figures.overdueRiskReviews.count, "risk review") + " overdue", figures.overdueRiskReviews.map(\.id).joined(separator: " ")),
            (figures.expiredEvidence.count, plural(figures.expiredEvidence.count, "evidence record") + " expired", figures.expiredEvidence.map(\.id).joined(separator: " ")),
            (figures.staleControls.count, plural(figures.staleControls.count, "control") + " not reviewed for a year", figures.staleControls.map(\.control).joined(separator: " ")),
        ]
        for (count, what, ids) in items where count > 0 {
            lines.append([Span("\(count) ", Role.warning), Span(what, Role.text)])
            lines.append([Span("  " + ids, Role.dim)])
        }
        if lines.isEmpty { lines.append([Span("Nothing overdue.", Role.text)]) }
        for (index, line) in lines.prefix(inner.height).enumerated() {
            surface.put(line, at: Point(x: inner.x + 1, y: inner.y + index), clip: inner.inset(right: 1), context: context)
        }
    }
}

/// The risk matrix in miniature: likelihood up the side, impact along the bottom, counts per cell.
enum HeatMapMini {
    static func draw<S: Surface>(_ figures: RiskFigures, matrix: RiskMatrix, at origin: Point, clip: Rect, into surface: inout S, context: RenderContext) {
        let rows = matrix.likelihood.count
        for row in 0..<rows {
            let likelihood = rows - row
            surface.put("\(likelihood)", at: Point(x: origin.x, y: origin.y + row), style: context.style(Role.dim), clip: clip)
            for impact in 1...max(1, matrix.impact.count) {
                let rating = RiskRating(likelihood: likelihood, impact: impact)
                let count = figures.count(likelihood: likelihood, impact: impact)
                let role = matrix.level(of: rating).map { Role.risk($0.id) } ?? Role.dim
                let text = count == 0 ? (context.glyphs.isUnicode ? "  ·" : "  .") : DisplayWidth.pad(String(count), to: 3, alignment: .trailing)
                surface.put(text + " ", at: Point(x: origin.x + 2 + (impact - 1) * 4, y: origin.y + row), style: context.style(role), clip: clip)
            }
        }
        let axis = (1...max(1, matrix.impact.count)).map { DisplayWidth.pad(String($0), to: 3, alignment: .trailing) + " " }.joined()
        surface.put("  " + axis, at: Point(x: origin.x, y: origin.y + rows), style: context.style(Role.dim), clip: clip)
        let caption = context.glyphs.isUnicode ? "likelihood ↑ impact →" : "likelihood ^ impact >"
        surface.put(caption, at: Point(x: origin.x, y: origin.y + rows + 1), style: context.style(Role.dim), clip: clip)
    }
}
