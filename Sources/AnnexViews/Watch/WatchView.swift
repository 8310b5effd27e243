import AnnexApp
import AnnexDomain
import Foundation
import TerminalCore

/// `annex watch AUDIT`: one screen, drawn from the watched audit alone. Left, the checklist with
/// its progress, the items an auditor is on highlighted; top right, where each auditor is; below,
/// the findings, newest first, as they are logged.
public enum WatchView {
    public struct Frame: Sendable {
        public var width: Int
        public var height: Int
        /// The audit's data is the redacted one: the header says so.
        public var redacted: Bool

        public init(width: Int, height: Int, redacted: Bool) {
            self.width = width
            self.height = height
            self.redacted = redacted
        }
    }

    public static func render(_ watch: AuditWatch, frame: Frame, themes: ThemeCatalog, themeIndex: Int,
                              depth: ColorDepth = .twoHundredFiftySix, unicode: Bool = true) -> CellBuffer {
        let theme = themes.themes[min(max(0, themeIndex), themes.themes.count - 1)].degraded(to: depth)
        return render(watch, frame: frame, context: RenderContext(theme: theme, unicode: unicode))
    }

    public static func render(_ watch: AuditWatch, frame: Frame, context: RenderContext) -> CellBuffer {
        var buffer = CellBuffer(width: max(1, frame.width), height: max(1, frame.height))
        let bounds = buffer.bounds
        buffer.clear(bounds, style: context.style(Role.text))
        if frame.width < AppState.minimumWidth || frame.height < AppState.minimumHeight {
            let text = "annex watch needs at least \(AppState.minimumWidth)x\(AppState.minimumHeight); this is \(frame.width)x\(frame.height). q quits."
            for (index, line) in Wrap.lines(text, width: max(1, frame.width - 2)).prefix(frame.height).enumerated() {
                buffer.put(line, at: Point(x: 1, y: index), style: context.style(Role.title), clip: bounds)
            }
            return buffer
        }
        header(watch, frame: frame, in: bounds.top(1), into: &buffer, context: context)
        let body = bounds.inset(top: 1, bottom: 1)
        let whereabouts = watch.auditors
        let leftWidth = Layout.sessionChecklistWidth(width: body.width)
        checklist(watch, whereabouts: whereabouts, in: body.left(leftWidth), into: &buffer, context: context)
        let right = body.inset(left: leftWidth)
        let auditorsHeight = min(max(3, whereabouts.count + 2), right.height / 2)
        auditors(whereabouts, of: watch.audit, catalog: watch.catalog, in: right.top(auditorsHeight), into: &buffer, context: context)
        findings(watch, in: right.inset(top: auditorsHeight), into: &buffer, context: context)
        let status = watch.planGone
            ? " \(watch.audit.id) was removed from disk: the last plan read stays on screen   q  Quit"
            : " Following the journals of \(watch.audit.id) as they are written; nothing here changes them   q  Quit"
        buffer.put(status, at: Point(x: 0, y: bounds.maxY - 1), style: context.style(Role.statusLine), clip: bounds.bottom(1), newline: .space)
        return buffer
    }

    private static func header<S: Surface>(_ watch: AuditWatch, frame: Frame, in area: Rect, into surface: inout S, context: RenderContext) {
        surface.clear(area, style: context.style(Role.tabInactive))
        var x = surface.put(" Annex watch ", at: area.origin, style: context.style(Role.title), clip: area)
        x = surface.put(" \(watch.audit.id) \(watch.audit.status.inWords) ", at: Point(x: x, y: area.y), style: context.style(Role.tabActive), clip: area)
        let marks = (frame.redacted ? [" REDACTED "] : []) + [" READ-ONLY "]
        let room = area.maxX - x - marks.reduce(0) { $0 + DisplayWidth.of($1) + 1 } - 2
        if room > 8 {
            let title = DisplayWidth.truncate(watch.audit.title, to: room, ellipsis: context.glyphs.ellipsis)
            x = surface.put(" " + title, at: Point(x: x, y: area.y), style: context.style(Role.tabInactive), clip: area, newline: .space)
        }
        var end = area.maxX
        for mark in marks.reversed() {
            end -= DisplayWidth.of(mark) + 1
            surface.put(mark, at: Point(x: end, y: area.y), style: context.style(Role.warning), clip: area)
        }
    }

    private static func checklist<S: Surface>(_ watch: AuditWatch, whereabouts: [AuditWatch.Whereabouts], in area: Rect, into surface: inout S, context: RenderContext) {
        let inner = Pane.draw(area, title: "Checklist \(watch.audit.checklist.count)", active: false, into: &surface, context: context)
        let progress = watch.progress
        let unicode = context.glyphs.isUnicode
        surface.put(ChecklistMark.counts(progress, unicode: unicode), at: inner.origin, clip: inner, context: context)
        let list = inner.inset(top: 1)
        let here = Set(whereabouts.map(\.item))
        let items = watch.audit.checklist
        // The first auditor's item stays in view.
        let keep = whereabouts.first.flatMap { items.firstIndex(of: $0.item) } ?? 0
        let scroll = ListScrolling.offset(keeping: keep, current: max(0, keep - list.height / 2), visible: list.height, count: items.count)
        for (offset, item) in items.enumerated().dropFirst(scroll).prefix(list.height) {
            let line = list.row(offset - scroll)
            let highlighted = here.contains(item)
            let selection = highlighted ? context.style(Role.selection) : nil
            if let selection { surface.clear(line, style: selection) }
            let status = progress.status(of: item)
            var x = surface.put(ChecklistMark.mark(status, unicode: unicode) + " ", at: line.origin,
                                style: selection ?? context.style(ChecklistMark.role(status)), clip: line)
            let named = FrameworkName.checklistItem(item, of: watch.audit, in: watch.catalog)
            x = surface.put(DisplayWidth.pad(named.number, to: 7) + " ", at: Point(x: x, y: line.y), style: selection ?? context.style(Role.label), clip: line)
            let title = named.title ?? "(not in the catalog)"
            surface.put(title, at: Point(x: x, y: line.y), style: selection ?? context.style(Role.text), clip: line, newline: .space)
        }
    }

    private static func auditors<S: Surface>(_ whereabouts: [AuditWatch.Whereabouts], of audit: Audit, catalog: Catalog, in area: Rect, into surface: inout S, context: RenderContext) {
        let inner = Pane.draw(area, title: "Auditors now", active: false, into: &surface, context: context)
        guard !whereabouts.isEmpty else {
            surface.put("Nobody has logged anything yet.", at: inner.origin, style: context.style(Role.dim), clip: inner)
            return
        }
        for (index, person) in whereabouts.prefix(inner.height).enumerated() {
            let named = FrameworkName.checklistItem(person.item, of: audit, in: catalog)
            let title = named.title ?? ""
            let line: StyledLine = [
                Span(DisplayWidth.pad(person.auditor, to: 14) + " ", Role.label),
                Span(named.number + " ", Role.heading),
                Span("since \(TimeText.hourMinute(person.since)) ", Role.dim),
                Span(title),
            ]
            surface.put(line, at: Point(x: inner.x, y: inner.y + index), clip: inner, context: context)
        }
    }

    private static func findings<S: Surface>(_ watch: AuditWatch, in area: Rect, into surface: inout S, context: RenderContext) {
        let newest = watch.newestFindings
        let inner = Pane.draw(area, title: "Findings \(newest.count), newest first", active: false, into: &surface, context: context)
        var lines: [StyledLine] = []
        let width = max(1, inner.width - 2)
        // Only what fits is laid out: an audit may hold thousands of findings.
        for finding in newest {
            guard lines.count < inner.height else { break }
            let time = TimeText.dayAndTime(watch.log.loggedAt(finding.id) ?? finding.at)
            lines.append([
                Span(" \(FindingLetter.letter(finding.classification)) ", Role.finding(finding.classification)),
                Span(" \(finding.id) ", Role.finding(finding.classification)),
                Span("\(finding.item) ", Role.heading),
                Span("\(time) \(finding.auditor)", Role.dim),
            ])
            for text in Wrap.lines(finding.statement, width: width).prefix(2) { lines.append([Span("  "), Span(text)]) }
        }
        if lines.isEmpty { lines = [[Span("None yet: they appear here as they are logged.", Role.dim)]] }
        for (index, line) in lines.prefix(inner.height).enumerated() {
            surface.put(line, at: Point(x: inner.x, y: inner.y + index), clip: inner, context: context)
        }
    }
}
