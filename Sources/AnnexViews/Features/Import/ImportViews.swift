import AnnexApp
import AnnexDomain
import TerminalCore

/// Which file to import.
enum ImportFormView {
    static func draw<S: Surface>(_ form: ImportForm, state: AppState, in area: Rect, into surface: inout S, context: RenderContext) {
        let rect = PopupView.box(width: 72, height: 9, in: area)
        let inner = PopupView.frame(rect, title: form.kind == .soa ? "Import SoA entries" : "Import risks", into: &surface, context: context)
        let intro = "A .csv or .xlsx file (its first sheet); columns are found by their headers. Nothing is written before you have seen what changes."
        for (index, line) in Wrap.clipped(intro, width: inner.width, lines: 2, ellipsis: context.glyphs.ellipsis).enumerated() {
            surface.put(line, at: Point(x: inner.x, y: inner.y + index), style: context.style(Role.dim), clip: inner)
        }
        let line = Rect(x: inner.x, y: inner.y + 3, width: inner.width, height: 1)
        FormRow.draw("File", labelWidth: 6, .text(form.path), focused: true, in: line, into: &surface, context: context)
        if let error = form.error.map({ context.words($0, in: state.context) }) {
            surface.put(error, at: Point(x: inner.x, y: inner.y + 4), style: context.style(Role.error), clip: inner)
        }
        surface.put(context.hint([.command(.confirm, "shows what would change"), .cancels], in: .importForm),
                    at: Point(x: inner.x, y: inner.maxY - 1), style: context.style(Role.dim), clip: inner)
    }
}

/// What the import would change, scrolled; its problems first, then its notes.
enum ImportPreviewView {
    static func draw<S: Surface>(_ layer: ImportPreviewLayer, state: AppState, in area: Rect, into surface: inout S, context: RenderContext) {
        let preview = layer.preview
        let rect = PopupView.box(width: 90, height: area.height - 2, in: area)
        let inner = PopupView.frame(rect, title: "Import from \(preview.file)", into: &surface, context: context)
        let summary = preview.problems.isEmpty
            ? "\(preview.changeCount) \(preview.kind.records) would change, \(preview.unchanged) unchanged"
            : "\(preview.problems.count) \(preview.problems.count == 1 ? "problem" : "problems"): nothing can be imported until the file is fixed"
        surface.put(summary, at: inner.origin, style: context.style(preview.problems.isEmpty ? Role.heading : Role.error), clip: inner)
        let rows: [(String, String)] = preview.problems.map { ($0, Role.error) } + preview.notes.map { ($0, Role.warning) } + preview.lines.map { ($0, Role.text) }
        let body = Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: max(0, inner.height - 4))
        for (offset, row) in rows.dropFirst(preview.scroll).prefix(body.height).enumerated() {
            surface.put(row.0, at: Point(x: body.x, y: body.y + offset), style: context.style(row.1), clip: body, newline: .space)
        }
        if rows.count > body.height {
            let shown = "\(min(rows.count, preview.scroll + 1))-\(min(rows.count, preview.scroll + body.height))/\(rows.count)"
            surface.put(shown, at: Point(x: inner.maxX - DisplayWidth.of(shown), y: inner.maxY - 1), style: context.style(Role.dim), clip: inner)
        }
        let parts: [HintPart] = preview.problems.isEmpty
            ? [.command(.confirm, "imports it as one change (undone in one step)"), .command(.cancel, "writes nothing")]
            : [.command(.cancel, "closes")]
        surface.put(context.hint(parts, in: .importPreview), at: Point(x: inner.x, y: inner.maxY - 1), style: context.style(Role.dim), clip: inner)
    }
}
