import AnnexApp
import AnnexDomain
import TerminalCore

/// A control of an imported framework in the detail pane: where it sits, its statement with
/// parameters by label or choices, its guidance, its enhancements, where a withdrawn one went,
/// the workspace's decisions on it and what it maps to.
enum CatalogControlSection {
    static func draw(_ item: CatalogItem, of framework: Framework, state: AppState, into builder: inout DetailBuilder, context: RenderContext) {
        let dot = context.glyphs.isUnicode ? " · " : " - "
        var facts: [String] = []
        if let group = item.group.flatMap(framework.group) { facts.append(group.title) }
        if let parent = item.parent.flatMap(framework.item) { facts.append("enhancement of \(parent.number)") }
        facts.append(FrameworkName.short(framework))
        builder.wrap(facts.joined(separator: dot), role: Role.dim)
        if let withdrawal = ControlText.withdrawal(item, in: framework) {
            builder.wrap(withdrawal.prefix(1).uppercased() + withdrawal.dropFirst(), role: Role.warning)
        } else if item.kind == .control {
            ControlDetailView.soaSection(item, state: state, into: &builder, context: context)
        }
        let statement = ControlText.statement(item, in: framework)
        if !statement.isEmpty {
            builder.heading("Statement")
            for line in statement { builder.wrap(line.text, role: Role.text, indent: 2 * line.indent) }
        }
        let parameters = ControlText.parameters(item, in: framework)
        if !parameters.isEmpty {
            builder.heading("Parameters")
            for line in parameters { builder.wrap(line.text, role: line.indent == 0 ? Role.text : Role.dim, indent: 2 * line.indent) }
        }
        if !item.guidance.isEmpty {
            builder.heading("Guidance")
            builder.wrap(item.guidance, role: Role.text)
        }
        let enhancements = framework.enhancements(of: item.id)
        if !enhancements.isEmpty {
            builder.heading("Enhancements (\(enhancements.count))")
            let statement = state.workspace.statement(of: framework.id)
            for enhancement in enhancements {
                let mark = enhancement.isWithdrawn ? (context.glyphs.isUnicode ? "–" : "-") : StatusMarker.mark(statement[enhancement.id], unicode: context.glyphs.isUnicode)
                builder.lines.append([
                    Span(mark + " ", enhancement.isWithdrawn ? Role.dim : Role.status(statement[enhancement.id])),
                    Span(DisplayWidth.pad(enhancement.number, to: 12), Role.label),
                    Span(enhancement.title, enhancement.isWithdrawn ? Role.dim : Role.text),
                ])
            }
        }
        MappingSection.draw(item, of: framework, state: state, into: &builder, context: context)
        ControlDetailView.findings(item, state: state, into: &builder)
    }
}
