import AnnexApp
import AnnexDomain
import TerminalCore

/// Every version of a finding as the journals hold it, oldest first: who changed what, and when.
enum FindingHistoryView {
    static func draw<S: Surface>(_ id: String, audit: String, scroll: Int, state: AppState, in area: Rect, into surface: inout S, context: RenderContext) {
        let log = state.workspace.log(of: audit)
        let versions = log.history[id] ?? []
        let rect = PopupView.box(width: 90, height: area.height, in: area)
        let inner = PopupView.frame(rect, title: "History of \(id): \(versions.count) \(versions.count == 1 ? "version" : "versions")", into: &surface, context: context)
        let width = max(1, inner.width - 2)
        var lines: [StyledLine] = []
        for (index, version) in versions.enumerated() {
            if index > 0 { lines.append([]) }
            let what = index == 0 ? "Logged" : "Edited"
            lines.append([
                Span("\(what) \(TimeText.dayAndTime(version.at)) UTC by \(version.auditor)", Role.heading),
                Span(context.glyphs.separator + version.classification.title + context.glyphs.separator + version.item, Role.finding(version.classification)),
            ])
            for text in Wrap.lines(version.statement, width: width) { lines.append([Span("  "), Span(text)]) }
            if !version.evidence.isEmpty {
                for text in Wrap.lines("Evidence: " + version.evidence, width: width) { lines.append([Span("  "), Span(text, Role.dim)]) }
            }
            let who = [version.interviewee, version.role.isEmpty ? "" : "(\(version.role))", version.method.rawValue].filter { !$0.isEmpty }
            lines.append([Span("  "), Span(who.joined(separator: " "), Role.dim)])
        }
        let body = inner.inset(bottom: 1)
        let top = min(scroll, max(0, lines.count - body.height))
        for (offset, line) in lines.dropFirst(top).prefix(body.height).enumerated() {
            surface.put(line, at: Point(x: body.x, y: body.y + offset), clip: body, context: context)
        }
        surface.put(context.hint([.pair(.moveDown, .moveUp, "scroll"), .command(.cancel, "closes")], in: .history), at: Point(x: inner.x, y: inner.maxY - 1), style: context.style(Role.dim), clip: inner)
    }
}
