import AnnexApp
import AnnexDomain
import Foundation
import TerminalCore

/// The live session: the checklist with progress and the session clock on the left; the current
/// item (questions, SoA claim, evidence) top right; its findings bottom right.
enum AuditSessionView {
    static func draw<S: Surface>(_ state: AppState, in area: Rect, into surface: inout S, context: RenderContext) {
        guard let session = state.audits.session, let audit = AuditsState.sessionAudit(state) else { return }
        let log = state.workspace.log(of: audit.id)
        let leftWidth = Layout.sessionChecklistWidth(width: area.width)
        SessionChecklistView.draw(audit, log: log, session: session, state: state, in: area.left(leftWidth), into: &surface, context: context)
        let right = area.inset(left: leftWidth)
        let item = audit.checklist[min(session.cursor, audit.checklist.count - 1)]
        let lines = SessionItemView.content(item, audit: audit, log: log, state: state, width: max(1, right.width - 2), context: context)
        // The item pane is as tall as its text, the findings keep at least a few rows.
        let itemHeight = min(max(lines.count + 2, 5), max(5, right.height - 6))
        let number = FrameworkName.checklistItem(item, of: audit, in: state.workspace.catalog).number
        SessionItemView.draw(item, named: number, lines: lines, log: log, session: session, state: state, in: right.top(itemHeight), into: &surface, context: context)
        SessionFindingsView.draw(item, named: number, log: log, session: session, state: state, in: right.inset(top: itemHeight), into: &surface, context: context)
    }
}

enum SessionChecklistView {
    static func draw<S: Surface>(_ audit: Audit, log: AuditLog, session: AuditSessionState, state: AppState, in area: Rect, into surface: inout S, context: RenderContext) {
        let clock = Duration.clock(Int(state.now.timeIntervalSince(session.started)))
        let lock = session.readOnly ? (audit.status == .closed ? " (closed)" : " (read-only)") : ""
        // The clock before the auditor's name: a narrow pane cuts the name, not the time.
        let full = "\(audit.id)\(lock) \(clock)\(context.glyphs.separator)\(session.auditor)"
        // Where the separator would cut the name, a plain space keeps it whole.
        let title = DisplayWidth.of(full) + 4 > area.width ? "\(audit.id)\(lock) \(clock) \(session.auditor)" : full
        let inner = Pane.draw(area, title: title, active: session.focus == .checklist, into: &surface, context: context)
        let progress = AuditProgress(audit: audit, log: log)
        let unicode = context.glyphs.isUnicode
        surface.put(ChecklistMark.counts(progress, unicode: unicode), at: inner.origin, clip: inner, context: context)
        let list = inner.inset(top: 1)
        context.record(.rows(.sessionChecklist), list)
        let scroll = ListScrolling.offset(keeping: session.cursor, current: session.scroll, visible: list.height, count: audit.checklist.count)
        context.note(scroll: scroll, in: .rows(.sessionChecklist))
        for (offset, item) in audit.checklist.enumerated().dropFirst(scroll).prefix(list.height) {
            let line = list.row(offset - scroll)
            let selected = offset == session.cursor
            let selection = selected ? context.style(session.focus == .checklist ? Role.selection : Role.selectionInactive) : nil
            if let selection { surface.clear(line, style: selection) }
            let itemState = progress.status(of: item)
            var x = surface.put(ChecklistMark.mark(itemState, unicode: unicode) + " ", at: line.origin,
                                style: selection ?? context.style(ChecklistMark.role(itemState)), clip: line)
            let named = FrameworkName.checklistItem(item, of: audit, in: state.workspace.catalog)
            x = surface.put(DisplayWidth.pad(named.number, to: 7) + " ", at: Point(x: x, y: line.y), style: selection ?? context.style(Role.label), clip: line)
            let title = named.title ?? "(not in the catalog)"
            surface.put(title, at: Point(x: x, y: line.y), style: selection ?? context.style(itemState == .notAudited ? Role.dim : Role.text), clip: line, newline: .space)
        }
    }
}

enum SessionItemView {
    static func draw<S: Surface>(_ item: String, named number: String, lines: [StyledLine], log: AuditLog, session: AuditSessionState, state: AppState, in area: Rect, into surface: inout S, context: RenderContext) {
        let onScreen = session.readOnly ? 0 : Int(state.now.timeIntervalSince(session.itemStarted))
        let spent = log.timeSpent[item, default: 0] + onScreen
        let title = "\(number)\(context.glyphs.separator)\(Duration.clock(spent)) on this item"
        let inner = Pane.draw(area, title: title, active: session.focus == .item, into: &surface, context: context)
        context.record(.pane(.sessionItem), area)
        // Scrolled with j/k once Tab gives it the focus, when its text is longer than the pane.
        let scroll = min(session.itemScroll, max(0, lines.count - inner.height))
        for (index, line) in lines.dropFirst(scroll).prefix(inner.height).enumerated() {
            surface.put(line, at: Point(x: inner.x, y: inner.y + index), clip: inner, context: context)
        }
        let hidden = max(0, lines.count - scroll - inner.height)
        context.note(hiddenBelow: hidden, in: .pane(.sessionItem))
        if hidden > 0 {
            let more = "\(hidden) more \(hidden == 1 ? "line" : "lines"), " + (session.focus == .item ? "j scrolls" : "shift+tab, j")
            surface.put(" \(more) ", at: Point(x: area.maxX - DisplayWidth.of(more) - 3, y: area.maxY - 1), style: context.style(Role.dim), clip: area)
        }
    }

    /// The item's text, wrapped to the pane: title, SoA claim, evidence, sample, what to verify
    /// from the audit followed up, and the questions to ask.
    static func content(_ item: String, audit: Audit, log: AuditLog, state: AppState, width: Int, context: RenderContext) -> [StyledLine] {
        let catalogItem = state.workspace.catalog.checklistItem(item, of: audit)
        let session = state.audits.session
        var lines: [StyledLine] = []
        for text in Wrap.lines(catalogItem?.title ?? "\(item) is not in the catalog", width: width) { lines.append([Span(text, Role.title)]) }
        let framework = state.workspace.catalog.framework(audit.framework)
        if let entry = state.workspace.entry(item, in: audit.framework) {
            let owner = entry.owner.isEmpty ? "no owner" : "owner \(entry.owner)"
            lines += Wrap.styled([
                Span(audit.framework == ISO27001.frameworkID ? "SoA " : "Status ", Role.label), Span(StatusMarker.mark(entry, unicode: context.glyphs.isUnicode) + " " + StatusMarker.label(entry), Role.status(entry)),
                Span("\(context.glyphs.separator)\(owner)", Role.text),
            ], width: width, indent: 4)
            if !entry.evidence.isEmpty {
                let records = Dictionary(state.workspace.evidence.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
                var claimed: StyledLine = [Span("Claims ", Role.label)]
                for (index, id) in entry.evidence.enumerated() {
                    if index > 0 { claimed.append(Span(", ")) }
                    let record = records[id]
                    let expired = record?.isExpired(on: state.today) == true
                    claimed.append(Span(id, expired || record == nil ? Role.warning : Role.text))
                    if let record { claimed.append(Span(" " + record.title + (expired ? " (expired)" : ""), expired ? Role.warning : Role.dim)) }
                }
                lines += Wrap.styled(claimed, width: width, indent: 7)
            }
        } else if audit.framework != ISO27001.frameworkID, catalogItem?.kind == .control {
            // Nobody decided on it in the framework's status file: said, not left blank.
            lines.append([Span("Status ", Role.label), Span("not decided yet", Role.dim)])
        }
        if let sample = session?.pendingSample {
            lines += Wrap.styled([Span("Sample ", Role.label), Span("\(sample.size) of \(sample.populationSize), seed \(sample.seed.map(String.init) ?? "-"): \(sample.items.joined(separator: ", "))", Role.heading)], width: width, indent: 7)
        }
        for open in openNonconformities(on: item, audit: audit, state: state, context: context) { lines += Wrap.styled(open, width: width, indent: 7) }
        // A catalog brings no questions of ours: what its control requires is what to verify.
        if let catalogItem, let framework, framework.id != ISO27001.frameworkID {
            let statement = ControlText.statement(catalogItem, in: framework)
            if !statement.isEmpty { lines.append([Span("Requires", Role.label)]) }
            for line in statement {
                let indent = 2 + 2 * max(0, line.indent)
                lines += Wrap.lines(line.text, width: max(1, width - indent)).map { [Span(String(repeating: " ", count: indent)), Span($0)] }
            }
        }
        if let questions = catalogItem?.auditQuestions, !questions.isEmpty {
            lines.append([Span("Ask", Role.label)])
            for question in questions {
                for (index, text) in Wrap.lines(question, width: max(1, width - 2)).enumerated() {
                    lines.append([Span(index == 0 ? context.glyphs.bullet + " " : "  ", Role.dim), Span(text)])
                }
            }
        }
        return lines
    }

    /// In a follow-up audit: the previous audit's nonconformities on this item still to verify.
    static func openNonconformities(on item: String, audit: Audit, state: AppState, context: RenderContext) -> [StyledLine] {
        guard let previousID = audit.followUpOf, let previous = state.workspace.audits.first(where: { $0.id == previousID }) else { return [] }
        let open = AuditFollowUp.openNonconformities(of: previous, on: item, log: state.workspace.log(of: previousID), actions: state.workspace.actions)
        return open.map { finding in
            let actions = state.workspace.actions.filter { $0.finding == finding.id && $0.audit == previousID }
            let actionText = actions.isEmpty ? "no action" : actions.map { "\($0.id) \($0.status.inWords)" }.joined(separator: ", ")
            return [Span("Verify ", Role.label), Span("\(previousID) \(finding.id) \(finding.classification == .major ? "major" : "minor") NC", Role.finding(finding.classification)),
                    Span("\(context.glyphs.separator)\(actionText)\(context.glyphs.separator)\(finding.statement)", Role.text)]
        }
    }
}

enum SessionFindingsView {
    static func draw<S: Surface>(_ item: String, named number: String, log: AuditLog, session: AuditSessionState, state: AppState, in area: Rect, into surface: inout S, context: RenderContext) {
        let count = log.activeCount(on: item)
        let withdrawn = log.withdrawnFindings(on: item)
        let focused = session.focus == .findings
        let title = "Findings on \(number): \(count)" + (withdrawn.isEmpty ? "" : ", \(withdrawn.count) withdrawn")
        let inner = Pane.draw(area, title: title, active: focused, into: &surface, context: context)
        context.record(.pane(.sessionFindings), area)
        // Withdrawn findings stay on record: one dim line each, under those in force.
        let withdrawnLines = withdrawn.map { finding in
            "Withdrawn \(finding.id) (\(FindingLetter.letter(finding.classification))): \(log.withdrawn[finding.id] ?? "")"
        }
        guard count > 0 else {
            let hint = session.readOnly ? "None." : "None yet. c conformity, M major, m minor, o observation, i improvement."
            let lines = Wrap.lines(hint, width: max(1, inner.width)) + withdrawnLines
            for (index, text) in lines.prefix(inner.height).enumerated() {
                surface.put(text, at: Point(x: inner.x, y: inner.y + index), style: context.style(Role.dim), clip: inner, newline: .space)
            }
            return
        }
        // Only the findings that can be on screen around the selected one are laid out: an
        // item may hold thousands, and each takes at least three lines.
        let selected = min(session.findingCursor, count - 1)
        let window = max(0, selected - inner.height)..<min(count, selected + inner.height)
        var blocks: [[StyledLine]] = []
        let width = max(1, inner.width - 2)
        for finding in log.findings(on: item, in: window) {
            var block: [StyledLine] = []
            let edited = (log.history[finding.id]?.count ?? 1) > 1 ? " (edited)" : ""
            let time = TimeText.hourMinute(log.loggedAt(finding.id) ?? finding.at)
            block.append([
                Span(" \(FindingLetter.letter(finding.classification)) ", Role.finding(finding.classification)),
                Span(" \(finding.classification.title)", Role.finding(finding.classification)),
                Span(" \(finding.id) \(time) \(finding.auditor)\(edited)", Role.dim),
            ])
            for text in Wrap.lines(finding.statement, width: width) { block.append([Span("  "), Span(text)]) }
            if !finding.evidence.isEmpty {
                for (index, text) in Wrap.lines("Evidence: " + finding.evidence, width: width).enumerated() {
                    block.append([Span("  "), Span(text, index == 0 ? Role.dim : Role.dim)])
                }
            }
            let who = [finding.interviewee, finding.role.isEmpty ? "" : "(\(finding.role))"].filter { !$0.isEmpty }.joined(separator: " ")
            block.append([Span("  "), Span([who, finding.method.rawValue].filter { !$0.isEmpty }.joined(separator: context.glyphs.separator), Role.dim)])
            if let sample = finding.sample {
                block.append([Span("  "), Span("Sample \(sample.size) of \(sample.populationSize) (\(sample.population)), seed \(sample.seed.map(String.init) ?? "-")", Role.dim)])
            }
            blocks.append(block)
        }
        // Keep the selected finding in view: start from it when everything does not fit, and
        // from its `findingLineOffset`th line when it is itself longer than the pane.
        let selectedBlock = selected - window.lowerBound
        let total = blocks.reduce(0) { $0 + $1.count }
        var first = 0
        let skip = min(session.findingLineOffset, max(0, blocks[selectedBlock].count - 1))
        if total > inner.height {
            var used = 0
            first = selectedBlock
            while skip == 0, first > 0, used + blocks[first].count + blocks[first - 1].count <= inner.height { used += blocks[first - 1].count; first -= 1 }
        }
        let before = blocks[first..<selectedBlock].reduce(0) { $0 + $1.count }
        context.note(hiddenBelow: max(0, before + blocks[selectedBlock].count - skip - inner.height), in: .pane(.sessionFindings))
        if window.upperBound == count {
            blocks.append(withdrawnLines.map { [Span($0, Role.dim)] })
        }
        var y = inner.y
        for (index, block) in blocks.enumerated().dropFirst(first) {
            for (lineIndex, line) in block.enumerated() where y < inner.maxY && (index != selectedBlock || lineIndex == 0 || lineIndex > skip) {
                let row = inner.row(y - inner.y)
                if focused, index == selectedBlock {
                    surface.clear(row, style: context.style(Role.selectionInactive))
                    let shown = lineIndex == 0 ? line : line.map { Span($0.text, Role.selectionInactive) }
                    surface.put(shown, at: row.origin, clip: row, context: context)
                } else {
                    surface.put(line, at: row.origin, clip: row, context: context)
                }
                y += 1
            }
        }
    }
}
