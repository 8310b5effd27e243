import AnnexApp
import AnnexDomain
import TerminalCore

enum RiskFormView {
    static func draw<S: Surface>(_ form: RiskForm, state: AppState, in area: Rect, into surface: inout S, context: RenderContext) {
        let matrix = state.workspace.config.riskMatrix
        let rect = PopupView.box(width: 90, height: area.height, in: area)
        let inner = PopupView.frame(rect, title: form.isNew ? "New risk \(form.id)" : "Edit \(form.id)", into: &surface, context: context)
        // Live rating: the score and level change as the scales are moved.
        let inherentLevel = matrix.level(of: form.inherent)
        var summary: StyledLine = [Span("Inherent ", Role.label), Span(" \(inherentLevel?.name ?? "?") \(form.inherent.score) ", inherentLevel.map { Role.risk($0.id) } ?? Role.error)]
        if let residual = form.residual {
            let level = matrix.level(of: residual)
            summary += [Span("   Residual ", Role.label), Span(" \(level?.name ?? "?") \(residual.score) ", level.map { Role.risk($0.id) } ?? Role.error)]
        } else {
            summary += [Span("   Residual ", Role.label), Span("not assessed", Role.dim)]
        }
        surface.put(summary, at: inner.origin, clip: inner, context: context)
        let fieldsArea = inner.inset(top: 2, bottom: 3)
        let fields = RiskField.allCases
        let focusIndex = fields.firstIndex(of: form.field) ?? 0
        let top = max(0, min(focusIndex - fieldsArea.height / 2, fields.count - fieldsArea.height))
        let labelWidth = 20
        for (offset, field) in fields.dropFirst(top).prefix(fieldsArea.height).enumerated() {
            let line = fieldsArea.row(offset)
            let focused = field == form.field
            let valueArea = line.inset(left: labelWidth)
            switch field.kind {
            case .text, .date:
                FormRow.draw(field.label, labelWidth: labelWidth, .text(form.texts[field] ?? LineEditor()), focused: focused, in: line, into: &surface, context: context)
            case .scale:
                let value = RiskEditing.scaleValue(field, of: form)
                let names = field == .likelihood || field == .residualLikelihood ? matrix.likelihood : matrix.impact
                let text = value == 0 ? "not assessed" : "\(value) \(names[safe: value - 1] ?? "?")"
                FormRow.draw(field.label, labelWidth: labelWidth, .choice(text), focused: focused, in: line, into: &surface, context: context)
            case .choice:
                let text = field == .treatment ? form.treatment.rawValue : form.status.rawValue
                FormRow.draw(field.label, labelWidth: labelWidth, .choice(text), focused: focused, in: line, into: &surface, context: context)
            case .controls:
                surface.put(DisplayWidth.pad(field.label, to: labelWidth), at: line.origin, style: context.style(focused ? Role.heading : Role.label), clip: line)
                let text = form.controls.isEmpty ? "(none)" : form.controls.joined(separator: ", ")
                surface.put(text + (focused ? "   \(context.key(.confirm, in: .riskForm)) picks" : ""), at: valueArea.origin, style: context.style(focused ? Role.input : Role.text), clip: valueArea)
            }
        }
        if let error = form.error.map({ context.words($0, in: state.context) }) {
            for (index, line) in Wrap.lines(error, width: inner.width).prefix(2).enumerated() {
                surface.put(line, at: Point(x: inner.x, y: inner.maxY - 3 + index), style: context.style(Role.error), clip: inner)
            }
        }
        let hint = context.hint([.fields, .chooses("value"), .saves, .cancels], in: .riskForm)
        surface.put(hint, at: Point(x: inner.x, y: inner.maxY - 1), style: context.style(Role.dim), clip: inner)
    }
}

enum ControlPickerView {
    static func draw<S: Surface>(_ picker: ControlPicker, state: AppState, in area: Rect, into surface: inout S, context: RenderContext) {
        let matches = picker.matches(in: state.workspace.catalog.iso27001)
        let rect = PopupView.box(width: 76, height: area.height, in: area)
        let inner = PopupView.frame(rect, title: "Controls for \(picker.risk) (\(picker.chosen.count) chosen)", into: &surface, context: context)
        InputField.draw(picker.editor, in: inner.top(1), into: &surface, context: context)
        let list = inner.inset(top: 2, bottom: 1)
        let top = max(0, picker.selected - list.height + 1)
        for (offset, item) in matches.dropFirst(top).prefix(list.height).enumerated() {
            let line = list.row(offset)
            let selected = top + offset == picker.selected
            let chosen = picker.chosen.contains(item.id)
            let style = context.style(selected ? Role.selection : Role.text)
            if selected { surface.clear(line, style: style) }
            let box = chosen ? "[x] " : "[ ] "
            let entry = state.workspace.soa[item.id]
            var x = surface.put(box + DisplayWidth.pad(item.id, to: 8) + item.title, at: line.origin, style: style, clip: line)
            x = max(x, line.maxX - 2)
            surface.put(StatusMarker.mark(entry, unicode: context.glyphs.isUnicode), at: Point(x: line.maxX - 1, y: line.y),
                        style: selected ? style : context.style(Role.status(entry)), clip: line)
        }
        surface.put(context.hint([.command(.toggleChoice, "toggles"), .command(.confirm, "keeps the choice"), .command(.cancel, "goes back")], in: .picker), at: Point(x: inner.x, y: inner.maxY - 1), style: context.style(Role.dim), clip: inner)
    }
}

enum ConfirmView {
    static func draw<S: Surface>(_ confirmation: Confirmation, keymap: Keymap, in area: Rect, into surface: inout S, context: RenderContext) {
        draw(message: context.words(confirmation.message, in: .confirm), in: area, into: &surface, context: context)
    }

    static func draw<S: Surface>(message: String, in area: Rect, into surface: inout S, context: RenderContext) {
        let rect = PopupView.box(width: 64, height: 7, in: area)
        let inner = PopupView.frame(rect, title: "Confirm", into: &surface, context: context)
        for (index, line) in Wrap.lines(message, width: inner.width).prefix(3).enumerated() {
            surface.put(line, at: Point(x: inner.x, y: inner.y + index), style: context.style(Role.text), clip: inner)
        }
        surface.put("y yes, n no", at: Point(x: inner.x, y: inner.maxY - 1), style: context.style(Role.dim), clip: inner)
    }
}

enum MatrixFormView {
    /// `Saving re-rates 2 risks: R-001 4x5 Critical -> 3x3 High, …`, or that none change.
    static func previewLine(_ preview: MatrixPreview, context: RenderContext) -> String {
        guard !preview.changes.isEmpty else { return "Saving changes no risk's rating" }
        let arrow = context.glyphs.isUnicode ? "→" : "->", times = context.glyphs.isUnicode ? "×" : "x"
        let shown = preview.changes.prefix(3).map { change in
            "\(change.risk) \(change.before.likelihood)\(times)\(change.before.impact) \(change.beforeLevel) \(arrow) \(change.after.likelihood)\(times)\(change.after.impact) \(change.afterLevel)"
        }
        let more = preview.changes.count > 3 ? ", and \(preview.changes.count - 3) more" : ""
        return "Saving re-rates \(preview.changes.count == 1 ? "1 risk" : "\(preview.changes.count) risks"): " + shown.joined(separator: ", ") + more
    }

    static func draw<S: Surface>(_ form: MatrixForm, state: AppState, in area: Rect, into surface: inout S, context: RenderContext) {
        let rect = PopupView.box(width: 90, height: 16, in: area)
        let inner = PopupView.frame(rect, title: "Risk matrix (annex.yaml)", into: &surface, context: context)
        var y = inner.y
        for field in MatrixForm.Field.allCases {
            let focused = field == form.field
            let label = field == .remap ? "If a scale changes size, the \(state.workspace.risks.count) existing ratings" : field.label
            surface.put(label, at: Point(x: inner.x, y: y), style: context.style(focused ? Role.heading : Role.label), clip: inner)
            let line = Rect(x: inner.x, y: y + 1, width: inner.width, height: 1)
            if field == .remap {
                let text = form.remap.title
                surface.put(focused ? "< " + text + " >" : text, at: line.origin, style: context.style(focused ? Role.input : Role.text), clip: line)
            } else {
                FormRow.drawValue(.text(form.editors[field] ?? LineEditor()), focused: focused, in: line, into: &surface, context: context)
            }
            y += 2
        }
        if let error = form.error.map({ context.words($0, in: state.context) }) {
            surface.put(error, at: Point(x: inner.x, y: inner.maxY - 2), style: context.style(Role.error), clip: inner)
        } else if let preview = MatrixPreview(form, current: state.workspace.config.riskMatrix, risks: state.workspace.risks), preview.changesMatrix {
            surface.put(previewLine(preview, context: context), at: Point(x: inner.x, y: inner.maxY - 2), style: context.style(Role.dim), clip: inner)
            if !preview.unreachable.isEmpty {
                let never = preview.acceptanceNeverNeeded ? ": acceptance would never be needed" : ""
                surface.put("No cell reaches \(preview.unreachable.joined(separator: ", "))\(never)", at: Point(x: inner.x, y: inner.maxY - 3),
                            style: context.style(Role.warning), clip: inner)
            }
        }
        surface.put(context.hint([.nextField, .chooses("changes the choice"), .saves, .cancels], in: .matrixForm),
                    at: Point(x: inner.x, y: inner.maxY - 1), style: context.style(Role.dim), clip: inner)
    }
}
