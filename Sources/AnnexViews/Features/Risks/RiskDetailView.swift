import AnnexApp
import AnnexDomain
import TerminalCore

/// The selected risk in full, with its linked controls' SoA status.
enum RiskDetailView {
    static func draw<S: Surface>(_ state: AppState, in area: Rect, into surface: inout S, context: RenderContext) {
        guard area.height >= 3 else { return }
        let risk = RisksState.selectedRisk(state)
        let inner = Pane.draw(area, title: risk.map { "\($0.id) \($0.title)" } ?? "Risk", active: false, into: &surface, context: context)
        guard let risk else {
            surface.put("Select a risk in the register (\(context.key(.focusNext, in: .heatMap))), or press \(context.key(.addRisk, in: .heatMap)) to add one.", at: inner.origin, style: context.style(Role.dim), clip: inner)
            return
        }
        let lines = content(risk, state: state, width: max(1, inner.width - 2), context: context)
        for (offset, line) in lines.prefix(inner.height).enumerated() {
            surface.put(line, at: Point(x: inner.x + 1, y: inner.y + offset), clip: inner.inset(right: 1), context: context)
        }
        if lines.count > inner.height {
            surface.put(" e shows all ", at: Point(x: area.maxX - 15, y: area.maxY - 1), style: context.style(Role.dim), clip: area)
        }
    }

    static func content(_ risk: Risk, state: AppState, width: Int, context: RenderContext) -> [StyledLine] {
        let matrix = state.workspace.config.riskMatrix
        var builder = DetailBuilder(width: width)
        func rating(_ rating: RiskRating?) -> StyledLine {
            guard let rating else { return [Span(" not assessed", Role.dim)] }
            let level = matrix.level(of: rating)
            let names = "\(matrix.likelihood[safe: rating.likelihood - 1] ?? "?") × \(matrix.impact[safe: rating.impact - 1] ?? "?")"
            return [Span(" \(level?.name ?? "off the scale") \(rating.score) ", level.map { Role.risk($0.id) } ?? Role.error),
                    Span(" L\(rating.likelihood)×I\(rating.impact) \(names)", Role.text)]
        }
        // The level badge starts with a space: one column less of label keeps values aligned.
        builder.lines.append([Span(DisplayWidth.pad("Inherent", to: DetailBuilder.labelWidth - 1), Role.label)] + rating(risk.inherent))
        builder.lines.append([Span(DisplayWidth.pad("Residual", to: DetailBuilder.labelWidth - 1), Role.label)] + rating(risk.residual))
        let owner = state.workspace.config.person(risk.owner).map { "\($0.name) (\(risk.owner))" } ?? risk.owner
        builder.field("Owner", owner.isEmpty ? "(none)" : owner)
        builder.field("Treatment", "\(risk.treatment.rawValue), \(risk.status.rawValue)" + (risk.due.map { ", due \($0)" } ?? ""))
        if !risk.plan.isEmpty { builder.field("Plan", risk.plan) }
        for control in risk.controls {
            let item = state.workspace.catalog.item(control)
            let entry = state.workspace.soa[control]
            builder.lines.append([
                Span(DisplayWidth.pad(control == risk.controls.first ? "Controls" : "", to: DetailBuilder.labelWidth), Role.label),
                Span(StatusMarker.mark(entry, unicode: context.glyphs.isUnicode) + " ", Role.status(entry)),
                Span(control + " ", Role.label),
                Span(item?.title ?? "not in the catalog", item == nil ? Role.error : Role.text),
            ])
        }
        if let acceptance = risk.acceptance {
            let until = acceptance.validUntil.map { " until \($0)" } ?? ""
            let expired = acceptance.validUntil.map { $0 < state.today } ?? false
            builder.field("Accepted", "by \(acceptance.by) on \(acceptance.on)\(until)" + (acceptance.rationale.isEmpty ? "" : ": \(acceptance.rationale)"),
                          role: expired ? Role.error : Role.text)
        } else if (risk.status == .accepted || risk.treatment == .retain) && matrix.needsAcceptance(risk.current) {
            builder.field("Accepted", "nobody has accepted this residual risk yet", role: Role.error)
        }
        if !risk.assets.isEmpty { builder.field("Assets", risk.assets.joined(separator: ", ")) }
        if !risk.threat.isEmpty { builder.field("Threat", risk.threat) }
        if !risk.vulnerability.isEmpty { builder.field("Vulnerability", risk.vulnerability) }
        if !risk.description.isEmpty { builder.field("Description", risk.description) }
        if let next = risk.nextReview {
            builder.field("Next review", next.description + (risk.isReviewOverdue(on: state.today) ? " (overdue)" : ""),
                          role: risk.isReviewOverdue(on: state.today) ? Role.warning : Role.text)
        }
        return builder.lines
    }
}
