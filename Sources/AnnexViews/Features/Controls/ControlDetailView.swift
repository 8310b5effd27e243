import AnnexApp
import AnnexDomain
import TerminalCore

/// The selected control in full: what it is, what the SoA says, what is linked to it.
enum ControlDetailView {
    static func draw<S: Surface>(_ state: AppState, in area: Rect, into surface: inout S, context: RenderContext) {
        let inner = Pane.draw(area, title: "Detail", active: state.focus == .detail, pane: .detail, into: &surface, context: context)
        let width = max(1, inner.width - 2)
        let lines = content(state, width: width, context: context)
        let maxScroll = max(0, lines.count - inner.height)
        let scroll = min(state.controls.detailScroll, maxScroll)
        for (offset, line) in lines.dropFirst(scroll).prefix(inner.height).enumerated() {
            surface.put(line, at: Point(x: inner.x + 1, y: inner.y + offset), clip: inner.inset(right: 1), context: context)
        }
        if lines.count > inner.height {
            let more = scroll < maxScroll ? "more below" : "end"
            surface.put(" \(more) ", at: Point(x: area.maxX - DisplayWidth.of(more) - 3, y: area.maxY - 1), style: context.style(Role.dim), clip: area)
        }
    }

    static let findingsShown = 12

    static func content(_ state: AppState, width: Int, context: RenderContext) -> [StyledLine] {
        guard let selected = state.controls.selected else {
            return [[Span("Select a control on the left.", Role.dim)]]
        }
        let framework = state.shownFramework
        var itemID = selected
        if let group = CatalogTree.groupID(of: selected) {
            // A clause group is its top clause; an Annex A theme group gets a summary.
            guard let clause = framework.item(group), clause.kind == .clause else {
                return groupContent(group, framework: framework, state: state, width: width, context: context)
            }
            itemID = clause.id
        }
        guard let item = framework.item(itemID) else { return [] }
        var builder = DetailBuilder(width: width)
        builder.wrap("\(FrameworkName.number(item, in: framework))  \(item.title)", role: Role.title)
        if framework.id != ISO27001.frameworkID {
            CatalogControlSection.draw(item, of: framework, state: state, into: &builder, context: context)
            return builder.lines
        }
        if let theme = item.theme {
            let dot = context.glyphs.isUnicode ? " · " : " - "
            var facts = theme.title
            if item.newIn2022 { facts += dot + "new in 2022" }
            if !item.replaces2013.isEmpty { facts += dot + "was \(item.replaces2013.joined(separator: ", "))" }
            builder.wrap(facts, role: Role.dim)
        } else {
            builder.wrap("Management system requirement (always in scope)", role: Role.dim)
        }
        if item.kind == .control {
            soaSection(item, state: state, into: &builder, context: context)
        }
        MappingSection.draw(item, of: framework, state: state, into: &builder, context: context)
        if let attributes = item.attributes {
            builder.heading("Attributes (ISO/IEC 27002)")
            builder.field("Type", attributes.controlTypes.map(\.rawValue).joined(separator: ", "))
            builder.field("Properties", attributes.properties.map(\.rawValue).joined(separator: ", "))
            builder.field("Concepts", attributes.concepts.map(\.rawValue).joined(separator: ", "))
            builder.field("Capabilities", attributes.capabilities.map { $0.inWords }.joined(separator: ", "))
            builder.field("Domains", attributes.domains.map { $0.inWords }.joined(separator: ", "))
        }
        builder.heading("Guidance")
        builder.wrap(item.guidance, role: Role.text)
        builder.heading("Audit questions")
        for question in item.auditQuestions { builder.bullet(question, glyph: context.glyphs.bullet) }
        linkedRisks(item, state: state, into: &builder)
        findings(item, state: state, into: &builder)
        return builder.lines
    }

    /// The decisions on a control: the SoA's for ISO/IEC 27001, the status file's for another framework.
    static func soaSection(_ item: CatalogItem, state: AppState, into builder: inout DetailBuilder, context: RenderContext) {
        let framework = state.shownFramework
        let iso = framework.id == ISO27001.frameworkID
        let entry = state.workspace.entry(item.id, in: framework.id)
        builder.heading(iso ? "Statement of Applicability" : "Status in this workspace")
        guard let entry else {
            let status = context.keymap.keys(for: .cycleStatus, in: .detail).first ?? "s"
            let include = context.keymap.keys(for: .toggleApplicable, in: .detail).first ?? "a"
            builder.wrap(iso ? "No SoA entry yet: any edit creates one." : "Not decided yet: \(status) sets its status, \(include) includes or excludes it.", role: Role.warning)
            return
        }
        builder.lines.append([
            Span(DisplayWidth.pad("Status", to: DetailBuilder.labelWidth), Role.label),
            Span(StatusMarker.mark(entry, unicode: context.glyphs.isUnicode) + " " + StatusMarker.label(entry), Role.status(entry)),
        ])
        builder.field("Applicable", entry.applicable ? "yes" : "no (excluded)")
        if entry.applicable {
            let reasons = entry.reasons.map(\.title).joined(separator: ", ")
            let choose = context.keymap.keys(for: .editReasons, in: .detail).first.map { ": \($0) chooses" } ?? ""
            builder.field("Included for", reasons.isEmpty ? "(no reason recorded\(choose))" : reasons, role: reasons.isEmpty ? Role.dim : Role.text)
        }
        builder.field("Justification", entry.justification.isEmpty ? "(none: required)" : entry.justification,
                      role: entry.justification.isEmpty ? Role.warning : Role.text)
        let owner = state.workspace.config.person(entry.owner).map { "\($0.name) (\(entry.owner))" } ?? entry.owner
        builder.field("Owner", owner.isEmpty ? "(none)" : owner)
        let evidence = entry.evidence.map { id -> String in
            guard let record = state.workspace.evidence.first(where: { $0.id == id }) else { return "\(id) (not in register)" }
            let expired = record.isExpired(on: state.today) ? " [expired \(record.expires!)]" : ""
            return "\(id) \(record.title)\(expired)"
        }
        builder.field("Evidence", evidence.isEmpty ? "(none)" : evidence.joined(separator: "; "))
        if !entry.notes.isEmpty { builder.field("Notes", entry.notes) }
        builder.field("Reviewed", entry.reviewed?.description ?? "never")
    }

    static func linkedRisks(_ item: CatalogItem, state: AppState, into builder: inout DetailBuilder) {
        let risks = state.risks(treating: item.id)
        guard !risks.isEmpty else { return }
        builder.heading("Risks treated (\(risks.count))")
        let matrix = state.workspace.config.riskMatrix
        for risk in risks {
            let level = matrix.level(of: risk.current)
            builder.lines.append([
                Span(DisplayWidth.pad(risk.id, to: 8), Role.label),
                Span(level.map { " \($0.name) " } ?? " ? ", level.map { Role.risk($0.id) } ?? Role.dim),
                Span(" " + risk.title, Role.text),
            ])
        }
    }

    static func findings(_ item: CatalogItem, state: AppState, into builder: inout DetailBuilder) {
        // The newest few: an item audited for years can carry thousands, and only a screenful shows.
        let found = NewestFindings(on: item.id, in: state.workspace, limit: Self.findingsShown)
        guard found.total > 0 else { return }
        builder.heading("Audit findings (\(found.total))")
        if found.total > found.shown.count {
            builder.wrap("\(found.total - found.shown.count) earlier findings: annex export findings", role: Role.dim)
        }
        for (audit, finding) in found.shown {
            builder.lines.append([Span("\(audit) \(finding.id) ", Role.label), Span(finding.classification.title, Role.finding(finding.classification))])
            builder.wrap(finding.statement, role: Role.text, indent: 2)
        }
    }

    private static func groupContent(_ groupID: String, framework: Framework, state: AppState, width: Int, context: RenderContext) -> [StyledLine] {
        guard let group = framework.group(groupID) else { return [] }
        var builder = DetailBuilder(width: width)
        builder.wrap(group.id.hasPrefix("A.") ? "\(group.id)  \(group.title)" : group.title, role: Role.title)
        let statement = state.workspace.statement(of: framework.id)
        // A control nobody decided on yet counts as applicable and not started.
        let controls = group.allItems.filter { $0.kind == .control && !$0.isWithdrawn }
        let entries = controls.map { statement[$0.id] ?? SoAEntry(control: $0.id, framework: framework.id) }
        if entries.isEmpty {
            builder.wrap("\(group.items.count) requirements of the management system. Select one for its guidance and audit questions.", role: Role.text)
            return builder.lines
        }
        let withdrawn = group.allItems.count - controls.count
        builder.wrap("\(controls.count) controls" + (withdrawn > 0 ? ", \(withdrawn) withdrawn" : ""), role: Role.dim)
        builder.heading("Status")
        let statuses: [SoAEntry] = ImplementationStatus.allCases.reversed().map { SoAEntry(control: "", status: $0) } + [SoAEntry(control: "", applicable: false)]
        for sample in statuses {
            let count = entries.filter { sample.applicable ? ($0.applicable && $0.status == sample.status) : !$0.applicable }.count
            builder.lines.append([
                Span(StatusMarker.mark(sample, unicode: context.glyphs.isUnicode) + " ", Role.status(sample)),
                Span(DisplayWidth.pad(StatusMarker.label(sample), to: 24), Role.text), Span("\(count)", Role.title),
            ])
        }
        return builder.lines
    }
}

/// Lines of the detail pane, wrapped to its width.
struct DetailBuilder {
    static let labelWidth = 15
    let width: Int
    var lines: [StyledLine] = []

    mutating func heading(_ text: String) {
        lines.append([])
        lines.append([Span(text, Role.heading)])
    }

    mutating func wrap(_ text: String, role: String, indent: Int = 0) {
        let pad = String(repeating: " ", count: indent)
        for line in Wrap.lines(text, width: max(1, width - indent)) { lines.append([Span(pad + line, role)]) }
    }

    mutating func bullet(_ text: String, glyph: String) {
        for (index, line) in Wrap.lines(text, width: max(1, width - 2)).enumerated() {
            lines.append([Span(index == 0 ? glyph + " " : "  ", Role.dim), Span(line, Role.text)])
        }
    }

    /// `Label          value`, the value wrapped under itself.
    mutating func field(_ label: String, _ value: String, role: String = Role.text) {
        let wrapped = Wrap.lines(value, width: max(1, width - Self.labelWidth))
        for (index, line) in wrapped.enumerated() {
            let head = index == 0 ? DisplayWidth.pad(label, to: Self.labelWidth) : String(repeating: " ", count: Self.labelWidth)
            lines.append([Span(head, Role.label), Span(line, role)])
        }
    }
}
