import AnnexApp
import AnnexDomain
import TerminalCore

/// Screen 6: the evidence register on top, the selected record below with the controls that
/// cite it. Expired and expiring records say so in words, so it reads without colour.
enum EvidenceView {
    private static let columns: [(header: String, width: Int)] = [("Id", 8), ("Expires", 10), ("State", 13), ("Cited", 5)]

    static func draw<S: Surface>(_ state: AppState, in area: Rect, into surface: inout S, context: RenderContext) {
        let rows = EvidenceRegister.rows(state.workspace)
        let listHeight = min(area.height, Layout.actionListHeight(body: area.height, count: rows.count))
        drawList(rows, state: state, in: area.top(listHeight), into: &surface, context: context)
        drawDetail(state, in: area.inset(top: listHeight), into: &surface, context: context)
    }

    private static func drawList<S: Surface>(_ rows: [EvidenceRecord], state: AppState, in area: Rect, into surface: inout S, context: RenderContext) {
        let focused = state.focus != .evidenceDetail
        let inner = Pane.draw(area, title: "Evidence register (\(rows.count))", active: focused, pane: .evidenceList, into: &surface, context: context)
        var x = inner.x
        for column in columns + [(header: "Title", width: max(1, inner.maxX - x))] {
            surface.put(column.header, at: Point(x: x, y: inner.y), style: context.style(Role.label), clip: inner)
            x += column.width + 1
        }
        let body = inner.inset(top: 1)
        context.record(.rows(.evidenceList), body)
        guard !rows.isEmpty else {
            surface.put("No evidence registered yet: \(context.key(.addEvidence, in: .evidenceList)) registers one, or annex evidence add.",
                        at: body.origin, style: context.style(Role.dim), clip: body)
            return
        }
        let scroll = ListScrolling.offset(keeping: rows.firstIndex { $0.id == state.evidence.selected } ?? 0,
                                          current: state.evidence.scroll, visible: body.height, count: rows.count)
        context.note(scroll: scroll, in: .rows(.evidenceList))
        if rows.count > body.height {
            let position = "\(scroll + 1)-\(min(rows.count, scroll + body.height))/\(rows.count)"
            surface.put(" \(position) ", at: Point(x: area.maxX - DisplayWidth.of(position) - 3, y: area.maxY - 1), style: context.style(Role.dim), clip: area)
        }
        for (offset, record) in rows.dropFirst(scroll).prefix(body.height).enumerated() {
            let line = body.row(offset)
            let selection = record.id == state.evidence.selected ? context.style(focused ? Role.selection : Role.selectionInactive) : nil
            if let selection { surface.clear(line, style: selection) }
            let standing = EvidenceRegister.standing(record, today: state.today)
            let cited = EvidenceRegister.controls(citing: record.id, in: state.workspace).count
            let cells: [(String, String, Int)] = [
                (record.id, Role.label, columns[0].width),
                (record.expires?.description ?? "", Role.text, columns[1].width),
                (words(standing), role(standing), columns[2].width),
                (cited == 0 ? "-" : String(cited), cited == 0 ? Role.warning : Role.text, columns[3].width),
                (record.title, Role.text, max(1, line.maxX - line.x - columns.reduce(0) { $0 + $1.width + 1 })),
            ]
            var x = line.x
            for (text, role, width) in cells {
                surface.put(DisplayWidth.fit(text, to: width, ellipsis: context.glyphs.ellipsis), at: Point(x: x, y: line.y), style: selection ?? context.style(role), clip: line)
                x += width + 1
            }
        }
    }

    private static func drawDetail<S: Surface>(_ state: AppState, in area: Rect, into surface: inout S, context: RenderContext) {
        guard area.height >= 3 else { return }
        let record = EvidenceState.selectedRecord(state)
        let inner = Pane.draw(area, title: record.map { "\($0.id) \($0.title)" } ?? "Evidence", active: state.focus == .evidenceDetail,
                              pane: .evidenceDetail, into: &surface, context: context)
        guard let record else {
            surface.put("No record selected.", at: inner.origin, style: context.style(Role.dim), clip: inner)
            return
        }
        var builder = DetailBuilder(width: max(1, inner.width - 2))
        let standing = EvidenceRegister.standing(record, today: state.today)
        builder.field("State", words(standing, long: true), role: role(standing))
        builder.field("Location", record.location.isEmpty ? "(none given)" : record.location, role: record.location.isEmpty ? Role.warning : Role.text)
        builder.field("SHA-256", record.sha256 ?? (record.isURL ? "(a URL: no file to hash)" : "(none recorded: annex evidence add records one)"),
                      role: record.sha256 == nil ? Role.dim : Role.text)
        builder.field("Owner", ActionDetailView.person(record.owner, in: state.workspace) ?? "(none)", role: record.owner.isEmpty ? Role.dim : Role.text)
        builder.field("Effective", record.effective?.description ?? "(not given)", role: record.effective == nil ? Role.dim : Role.text)
        let controls = EvidenceRegister.controls(citing: record.id, in: state.workspace)
        builder.field("Cited by", controls.isEmpty ? "no control of the SoA cites it" : controls.joined(separator: ", "),
                      role: controls.isEmpty ? Role.warning : Role.text)
        for (offset, line) in builder.lines.prefix(inner.height).enumerated() {
            surface.put(line, at: Point(x: inner.x + 1, y: inner.y + offset), clip: inner.inset(right: 1), context: context)
        }
    }

    static func words(_ standing: EvidenceRegister.Standing, long: Bool = false) -> String {
        switch standing {
        case .current: "current"
        case .noExpiry: long ? "current, no expiry date" : "no expiry"
        case .expiring(let days): long ? "expires in \(days) \(days == 1 ? "day" : "days"): renew it" : "expiring \(days) d"
        case .expired(let since): long ? "expired on \(since): renew it or stop citing it" : "expired"
        }
    }

    private static func role(_ standing: EvidenceRegister.Standing) -> String {
        switch standing {
        case .current, .noExpiry: Role.text
        case .expiring: Role.warning
        case .expired: Role.error
        }
    }
}

enum EvidenceFormView {
    private static let labelWidth = 24

    static func draw<S: Surface>(_ form: EvidenceForm, state: AppState, in area: Rect, into surface: inout S, context: RenderContext) {
        let rect = PopupView.box(width: 90, height: EvidenceForm.Field.allCases.count + 6, in: area)
        let inner = PopupView.frame(rect, title: form.isNew ? "Register evidence \(form.original.id)" : "Edit \(form.original.id)", into: &surface, context: context)
        for (index, field) in EvidenceForm.Field.allCases.enumerated() {
            let line = Rect(x: inner.x, y: inner.y + index, width: inner.width, height: 1)
            FormRow.draw(field.label, labelWidth: labelWidth, .text(form.texts[field] ?? LineEditor()), focused: field == form.field, in: line, into: &surface, context: context)
        }
        if let error = form.error.map({ context.words($0, in: .evidenceForm) }) {
            surface.put(error, at: Point(x: inner.x, y: inner.maxY - 2), style: context.style(Role.error), clip: inner)
        }
        let hint = form.field == .owner
            ? context.hint([.command(.nextField, "completes a half-typed person id, else next field"), .saves], in: .evidenceForm)
            : context.hint([.nextField, .saves, .cancels], in: .evidenceForm)
        surface.put(hint, at: Point(x: inner.x, y: inner.maxY - 1), style: context.style(Role.dim), clip: inner)
    }
}
