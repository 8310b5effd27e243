import AnnexApp
import AnnexDomain
import TerminalCore

/// The Audits screen: the list of audits on top, the selected plan and its checklist below;
/// or, while a session is open, the live session.
enum AuditsView {
    static func draw<S: Surface>(_ state: AppState, in area: Rect, into surface: inout S, context: RenderContext) {
        if state.audits.session != nil {
            AuditSessionView.draw(state, in: area, into: &surface, context: context)
            return
        }
        let listHeight = Layout.auditListHeight(body: area.height, count: state.workspace.audits.count)
        AuditListView.draw(state, in: area.top(listHeight), into: &surface, context: context)
        let below = area.inset(top: listHeight)
        guard let audit = AuditsState.selectedAudit(state) else {
            let inner = Pane.draw(below, title: "Plan", active: false, into: &surface, context: context)
            let text = "No audit yet. Press a to plan one: its checklist is made from clauses 4 to 10 and the controls the SoA marks applicable."
            for (index, line) in Wrap.lines(text, width: inner.width - 2).enumerated() {
                surface.put(line, at: Point(x: inner.x + 1, y: inner.y + index), style: context.style(Role.dim), clip: inner)
            }
            return
        }
        let planWidth = Layout.auditPlanWidth(width: below.width)
        AuditPlanView.draw(audit, state: state, in: below.left(planWidth), into: &surface, context: context)
        AuditChecklistView.draw(audit, state: state, in: below.inset(left: planWidth), into: &surface, context: context)
    }
}

enum AuditListView {
    static func draw<S: Surface>(_ state: AppState, in area: Rect, into surface: inout S, context: RenderContext) {
        let audits = AuditsState.ordered(state.workspace.audits)
        let focused = state.focus == .auditList
        let inner = Pane.draw(area, title: "Audits \(audits.count)", active: focused, pane: .auditList, into: &surface, context: context)
        let wide = inner.width >= 100
        // At 80 columns the type gives way (the id's prefix says it) so the title keeps room.
        var columns: [(String, Int)] = [("Id", wide ? 12 : 10), ("Type", 12), ("Dates", wide ? 23 : 10), ("Status", 11), ("Reached", 7), ("Findings", wide ? 26 : 15)]
        if !wide { columns.remove(at: 1) }
        var x = inner.x
        for (label, width) in columns {
            surface.put(DisplayWidth.pad(label, to: width), at: Point(x: x, y: inner.y), style: context.style(Role.label), clip: inner)
            x += width + 1
        }
        surface.put("Title", at: Point(x: x, y: inner.y), style: context.style(Role.label), clip: inner)
        let body = inner.inset(top: 1)
        context.record(.rows(.auditList), body)
        if audits.isEmpty {
            surface.put("No audits yet: a plans one from the SoA.", at: body.origin, style: context.style(Role.dim), clip: body)
            return
        }
        let selectedID = AuditsState.selectedAudit(state)?.id
        let scroll = ListScrolling.offset(keeping: audits.firstIndex { $0.id == selectedID } ?? 0,
                                          current: state.audits.listScroll, visible: body.height, count: audits.count)
        context.note(scroll: scroll, in: .rows(.auditList))
        for (offset, audit) in audits.dropFirst(scroll).prefix(body.height).enumerated() {
            let line = body.row(offset)
            let selected = audit.id == selectedID
            let selection = selected ? context.style(focused ? Role.selection : Role.selectionInactive) : nil
            if let selection { surface.clear(line, style: selection) }
            let progress = AuditProgress(audit: audit, log: state.workspace.log(of: audit.id))
            let dates = wide ? [audit.start?.description, audit.end?.description].compactMap { $0 }.joined(separator: " to ")
                             : audit.start?.description ?? ""
            let counts = findingCounts(progress, wide: wide)
            var cells: [(String, String)] = [
                (audit.id, Role.label), (typeLabel(audit.type), Role.text), (dates, Role.text),
                (audit.status.inWords, audit.status == .inProgress ? Role.heading : Role.text),
                (progress.fraction, Role.text),
                (counts, progress.nonconformities > 0 ? "finding.major" : Role.text),
            ]
            if !wide { cells.remove(at: 1) }
            var x = line.x
            for ((text, role), (_, width)) in zip(cells, columns) {
                surface.put(DisplayWidth.fit(text, to: width, ellipsis: context.glyphs.ellipsis), at: Point(x: x, y: line.y), style: selection ?? context.style(role), clip: line)
                x += width + 1
            }
            surface.put(audit.title, at: Point(x: x, y: line.y), style: selection ?? context.style(Role.text), clip: line, newline: .space)
        }
    }

    static func typeLabel(_ type: AuditType) -> String {
        switch type {
        case .internal_: "internal"
        case .stage1: "stage 1"
        case .stage2: "stage 2"
        case .surveillance: "surveillance"
        }
    }

    /// `2M 3m 1o 2i 9c`: the letters of the session keys, so the counts read without colour.
    static func findingCounts(_ progress: AuditProgress, wide: Bool) -> String {
        let order: [(FindingClass, String)] = [(.major, "M"), (.minor, "m"), (.observation, "o"), (.improvement, "i"), (.conformity, "c")]
        let parts = order.compactMap { classification, letter -> String? in
            let count = progress.findings[classification, default: 0]
            return count > 0 || wide ? "\(count)\(letter)" : nil
        }
        return parts.isEmpty ? "none" : parts.joined(separator: " ")
    }
}

enum AuditPlanView {
    static func draw<S: Surface>(_ audit: Audit, state: AppState, in area: Rect, into surface: inout S, context: RenderContext) {
        let inner = Pane.draw(area, title: "Plan \(audit.id)", active: false, into: &surface, context: context)
        let people = Dictionary(state.workspace.config.people.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let progress = AuditProgress(audit: audit, log: state.workspace.log(of: audit.id))
        let log = state.workspace.log(of: audit.id)
        var lines: [StyledLine] = []
        func field(_ label: String, _ value: String, _ role: String = Role.text) {
            guard !value.isEmpty else { return }
            let labelWidth = 10
            let wrapped = Wrap.lines(value, width: max(1, inner.width - labelWidth))
            for (index, text) in wrapped.enumerated() {
                lines.append([Span(DisplayWidth.pad(index == 0 ? label : "", to: labelWidth), Role.label), Span(text, role)])
            }
        }
        lines.append([Span(audit.title, Role.title)])
        field("Type", audit.type.title)
        field("Status", audit.status.inWords)
        if audit.framework != ISO27001.frameworkID {
            field("Against", state.workspace.catalog.framework(audit.framework).map { FrameworkName.short($0) } ?? "\(audit.framework) (not in the workspace)")
        }
        field("Dates", [audit.start?.description, audit.end?.description].compactMap { $0 }.joined(separator: " to "))
        field("Auditors", audit.auditors.map { id in people[id].map { "\($0) (\(id))" } ?? id }.joined(separator: ", "))
        if let previousID = audit.followUpOf {
            let previous = state.workspace.audits.first { $0.id == previousID }
            let open = previous.map { AuditFollowUp.openNonconformities(of: $0, log: state.workspace.log(of: previousID), actions: state.workspace.actions) } ?? []
            let verify = open.isEmpty ? "nothing left open" : open.map { "\($0.id) on \($0.item)" }.joined(separator: ", ")
            field("Follows", "\(previousID); to verify: \(verify)")
        }
        field("Progress", progress.summary)
        field("Findings", AuditListView.findingCounts(progress, wide: true) + (log.totalTimeSpent > 0 ? "\(context.glyphs.separator)\(Duration.total(log.totalTimeSpent))" : ""))
        field("Scope", audit.scope)
        field("Criteria", audit.criteria.joined(separator: "; "))
        field("Auditees", audit.auditees.joined(separator: "; "))
        if !audit.conclusion.isEmpty { field("Conclusion", audit.conclusion) }
        for (index, line) in lines.prefix(inner.height).enumerated() {
            surface.put(line, at: Point(x: inner.x, y: inner.y + index), clip: inner, context: context)
        }
    }
}

enum AuditChecklistView {
    static func draw<S: Surface>(_ audit: Audit, state: AppState, in area: Rect, into surface: inout S, context: RenderContext) {
        let focused = state.focus == .auditPlan
        let inner = Pane.draw(area, title: "Checklist \(audit.checklist.count)", active: focused, pane: .auditPlan, into: &surface, context: context)
        context.record(.rows(.auditPlan), inner)
        let progress = AuditProgress(audit: audit, log: state.workspace.log(of: audit.id))
        if audit.checklist.isEmpty {
            surface.put("Empty: a adds items.", at: inner.origin, style: context.style(Role.dim), clip: inner)
            return
        }
        let numberWidth = String(audit.checklist.count).count
        let scroll = ListScrolling.offset(keeping: state.audits.checklistCursor, current: state.audits.checklistScroll,
                                          visible: inner.height, count: audit.checklist.count)
        context.note(scroll: scroll, in: .rows(.auditPlan))
        for (offset, item) in audit.checklist.enumerated().dropFirst(scroll).prefix(inner.height) {
            let line = inner.row(offset - scroll)
            let selected = focused && offset == state.audits.checklistCursor
            let selection = selected ? context.style(Role.selection) : nil
            if let selection { surface.clear(line, style: selection) }
            let itemState = progress.status(of: item)
            var x = surface.put(DisplayWidth.pad(String(offset + 1), to: numberWidth, alignment: .trailing) + " ", at: line.origin,
                                style: selection ?? context.style(Role.dim), clip: line)
            x = surface.put(ChecklistMark.mark(itemState, unicode: context.glyphs.isUnicode) + " ", at: Point(x: x, y: line.y),
                            style: selection ?? context.style(ChecklistMark.role(itemState)), clip: line)
            let named = FrameworkName.checklistItem(item, of: audit, in: state.workspace.catalog)
            x = surface.put(DisplayWidth.pad(named.number, to: 7) + " ", at: Point(x: x, y: line.y), style: selection ?? context.style(Role.label), clip: line)
            let title = named.title ?? "(not in the catalog)"
            surface.put(title, at: Point(x: x, y: line.y), style: selection ?? context.style(Role.text), clip: line, newline: .space)
        }
        if audit.checklist.count > inner.height {
            let position = "\(scroll + 1)-\(min(audit.checklist.count, scroll + inner.height))/\(audit.checklist.count)"
            surface.put(" \(position) ", at: Point(x: area.maxX - DisplayWidth.of(position) - 3, y: area.maxY - 1), style: context.style(Role.dim), clip: area)
        }
    }
}
