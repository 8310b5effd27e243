import AnnexApp
import AnnexDomain
import TerminalCore

/// What a control maps to in the workspace's other frameworks (`mappings/<a>--<b>.yaml`), each
/// target with its relation and the workspace's status of it.
enum MappingSection {
    static func draw(_ item: CatalogItem, of framework: Framework, state: AppState, into builder: inout DetailBuilder, context: RenderContext) {
        let targets = MappedControls.of(item.id, in: framework.id, mappings: state.workspace.mappings)
        guard !targets.isEmpty else { return }
        builder.heading("Maps to (\(targets.count))")
        for target in targets {
            let other = state.workspace.catalog.framework(target.framework)
            let control = other?.item(target.control)
            let entry = state.workspace.entry(target.control, in: target.framework)
            let where_ = other.map { FrameworkName.short($0, room: 16) } ?? target.framework
            let status = entry.map { StatusMarker.label($0) } ?? "not decided"
            let dot = context.glyphs.isUnicode ? " · " : " - "
            builder.lines.append([
                Span(StatusMarker.mark(entry, unicode: context.glyphs.isUnicode) + " ", Role.status(entry)),
                Span(DisplayWidth.pad(control.map { c in other.map { FrameworkName.number(c, in: $0) } ?? c.number } ?? target.control, to: 10), Role.label),
                Span(target.relation.rawValue + dot + where_ + (control == nil ? " (not in the catalog)" : "") + dot, Role.dim),
                Span(status, Role.text),
            ])
            if let title = control?.title { builder.wrap(title, role: Role.text, indent: 2) }
            if let note = target.note, !note.isEmpty { builder.wrap(note, role: Role.dim, indent: 2) }
        }
    }
}
