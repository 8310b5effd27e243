import AnnexApp
import AnnexDomain
import TerminalCore

/// The risk register as a table; columns drop from the right when the pane is narrow.
enum RegisterView {
    struct Column {
        var column: RiskColumn
        var width: Int
    }

    /// Title is flexible; the others in order of importance.
    static let fixed: [(RiskColumn, Int)] = [
        (.id, 8), (.inherent, 4), (.residual, 4), (.treatment, 7), (.status, 10), (.owner, 11), (.nextReview, 10),
    ]

    static func columns(width: Int) -> [Column] {
        var chosen: [(RiskColumn, Int)] = []
        var used = 16  // the title's minimum
        for (column, columnWidth) in fixed where used + columnWidth + 1 <= width {
            chosen.append((column, columnWidth))
            used += columnWidth + 1
        }
        let titleWidth = width - chosen.reduce(0) { $0 + $1.1 + 1 }
        var result = chosen.map { Column(column: $0.0, width: $0.1) }
        result.insert(Column(column: .title, width: max(1, titleWidth)), at: min(1, result.count))
        let order = RiskColumn.allCases
        return result.sorted { order.firstIndex(of: $0.column)! < order.firstIndex(of: $1.column)! }
    }

    static func draw<S: Surface>(_ state: AppState, in area: Rect, into surface: inout S, context: RenderContext) {
        let rows = RisksState.shown(state)
        let query = state.risks.query
        let matrix = state.workspace.config.riskMatrix
        let summary = RiskFilterSummary.text(query, matrix: matrix)
        var title = "Register \(rows.count)/\(state.workspace.risks.count)" + (summary.isEmpty ? "" : ": " + summary)
        let columns = columns(width: area.width - 2)
        if !columns.contains(where: { $0.column == query.sort }) {
            // The sort column may be too wide to show: say what the order is.
            title += ", by \(query.sort.title.lowercased())" + (query.ascending ? "" : " descending")
        }
        let focused = state.focus == .register
        let inner = Pane.draw(area, title: DisplayWidth.truncate(title, to: area.width - 6, ellipsis: context.glyphs.ellipsis),
                              active: focused, pane: .register, into: &surface, context: context)
        var x = inner.x
        for column in columns {
            var label = header(column.column)
            if column.column == query.sort { label += query.ascending ? (context.glyphs.isUnicode ? "▲" : "^") : (context.glyphs.isUnicode ? "▼" : "v") }
            surface.put(DisplayWidth.fit(label, to: column.width, ellipsis: context.glyphs.ellipsis), at: Point(x: x, y: inner.y),
                        style: context.style(column.column == query.sort ? Role.heading : Role.label), clip: inner)
            x += column.width + 1
        }
        let body = inner.inset(top: 1)
        context.record(.rows(.register), body)
        if rows.isEmpty {
            let message = state.workspace.risks.isEmpty ? "No risks yet: a adds one." : "No risk matches; x clears the filters."
            surface.put(message, at: body.origin, style: context.style(Role.dim), clip: body)
            return
        }
        let scroll = ListScrolling.offset(keeping: rows.firstIndex { $0.id == state.risks.selected } ?? 0,
                                          current: state.risks.scroll, visible: body.height, count: rows.count)
        context.note(scroll: scroll, in: .rows(.register))
        if rows.count > body.height {
            let position = "\(scroll + 1)-\(min(rows.count, scroll + body.height))/\(rows.count)"
            surface.put(" \(position) ", at: Point(x: area.maxX - DisplayWidth.of(position) - 3, y: area.maxY - 1),
                        style: context.style(Role.dim), clip: area)
        }
        for (offset, risk) in rows.dropFirst(scroll).prefix(body.height).enumerated() {
            let line = body.row(offset)
            let selected = risk.id == state.risks.selected
            let selection = selected ? context.style(focused ? Role.selection : Role.selectionInactive) : nil
            if let selection { surface.clear(line, style: selection) }
            var x = line.x
            for column in columns {
                let (text, role) = cell(column.column, of: risk, matrix: matrix, today: state.today)
                let style = selection ?? context.style(role)
                surface.put(DisplayWidth.fit(text, to: column.width, ellipsis: context.glyphs.ellipsis), at: Point(x: x, y: line.y), style: style, clip: line)
                x += column.width + 1
            }
        }
    }

    /// Short headers: the table is often 45 columns wide.
    static func header(_ column: RiskColumn) -> String {
        switch column {
        case .inherent: "Inh"
        case .residual: "Res"
        case .treatment: "Treat"
        default: column.title
        }
    }

    static func cell(_ column: RiskColumn, of risk: Risk, matrix: RiskMatrix, today: Day) -> (String, String) {
        switch column {
        case .id: return (risk.id, Role.label)
        case .title: return (risk.title, risk.status == .closed ? Role.dim : Role.text)
        case .owner: return (risk.owner, Role.text)
        case .inherent: return rating(risk.inherent, matrix: matrix)
        case .residual:
            guard let residual = risk.residual else { return ("—", Role.dim) }
            return rating(residual, matrix: matrix)
        case .treatment: return (risk.treatment.rawValue, Role.text)
        case .status: return (risk.status.rawValue, Role.text)
        case .nextReview:
            guard let next = risk.nextReview else { return ("", Role.dim) }
            return (next.description, risk.isReviewOverdue(on: today) ? Role.warning : Role.text)
        }
    }

    /// `H16`: the level's letter and the score, coloured by level.
    static func rating(_ rating: RiskRating, matrix: RiskMatrix) -> (String, String) {
        let level = matrix.level(of: rating)
        return (LevelMark.letter(level) + String(rating.score), level.map { Role.risk($0.id) } ?? Role.error)
    }
}
