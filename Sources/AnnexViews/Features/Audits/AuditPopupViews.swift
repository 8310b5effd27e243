import AnnexApp
import AnnexDomain
import TerminalCore

enum AuditPlanFormView {
    static func draw<S: Surface>(_ form: AuditPlanForm, in area: Rect, into surface: inout S, context: RenderContext) {
        let fields = form.fields
        let rect = PopupView.box(width: 90, height: fields.count + 6, in: area)
        let title = form.isNew ? (form.audit.followUpOf.map { "Follow-up audit \(form.audit.id) of \($0)" } ?? "New audit \(form.audit.id)") : "Edit \(form.audit.id)"
        let inner = PopupView.frame(rect, title: title, into: &surface, context: context)
        surface.put(checklistLine(form), at: inner.origin, style: context.style(Role.dim), clip: inner)
        let labelWidth = 26
        for (index, field) in fields.enumerated() {
            let line = Rect(x: inner.x, y: inner.y + 2 + index, width: inner.width, height: 1)
            guard line.y < inner.maxY - 2 else { break }
            FormRow.draw(field.label, labelWidth: labelWidth, value(of: field, in: form), focused: field == form.field, in: line, into: &surface, context: context)
        }
        if let error = form.error.map({ context.words($0) }) {
            surface.put(error, at: Point(x: inner.x, y: inner.maxY - 2), style: context.style(Role.error), clip: inner)
        }
        surface.put(context.hint([.fields, .chooses("changes a choice"), .saves, .cancels], in: .auditForm),
                    at: Point(x: inner.x, y: inner.maxY - 1), style: context.style(Role.dim), clip: inner)
    }

    private static func value(of field: AuditPlanForm.Field, in form: AuditPlanForm) -> FormRow.Value {
        switch field {
        case .type: .choice(form.audit.type.title)
        case .status: .choice(form.audit.status.inWords)
        case .framework: .choice(form.frameworkTitle)
        default: .text(form.texts[field] ?? LineEditor())
        }
    }

    /// How many items the checklist has and where they come from; the framework is named once it
    /// is not ISO/IEC 27001 (it is chosen on a new audit, fixed on a planned one).
    private static func checklistLine(_ form: AuditPlanForm) -> String {
        let iso = form.audit.framework == ISO27001.frameworkID
        let of = iso ? "" : " of \(form.frameworkTitle)"
        guard form.isNew else { return "Checklist: \(form.audit.checklist.count) items\(of)" }
        // The rule for another framework's checklist is in the README: it would not fit here.
        let source = iso ? "clauses 4 to 10 and the applicable controls; " : ""
        return "Checklist: \(form.audit.checklist.count) items\(of) (\(source)edit it on the plan)"
    }
}

enum SampleFormView {
    static func draw<S: Surface>(_ form: SampleForm, in area: Rect, into surface: inout S, context: RenderContext) {
        let rect = PopupView.box(width: 80, height: 18, in: area)
        let title = form.checking.map { "Redraw the sample of \($0.finding) to check it" } ?? "Draw a sample for \(form.item)"
        let inner = PopupView.frame(rect, title: title, into: &surface, context: context)
        let focusedPopulation = form.field == .population
        surface.put("Population: one entry per line, or @path of a list in the workspace",
                    at: inner.origin, style: context.style(focusedPopulation ? Role.heading : Role.label), clip: inner)
        let count = form.populationFile == nil ? AuditSampler.population(from: form.population.text).count : 0
        let noteArea = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: max(2, inner.height - 7))
        TextAreaView.draw(form.population, focused: focusedPopulation, in: noteArea, into: &surface, context: context)
        var y = noteArea.maxY
        surface.put(form.populationFile.map { "From the file \($0)" } ?? "\(count) entries", at: Point(x: inner.x, y: y), style: context.style(Role.dim), clip: inner)
        y += 1
        for field in [SampleForm.Field.size, .seed] {
            let line = Rect(x: inner.x, y: y, width: inner.width, height: 1)
            let focused = field == form.field
            surface.put(DisplayWidth.pad(field.label, to: 14), at: line.origin, style: context.style(focused ? Role.heading : Role.label), clip: line)
            let editor = field == .size ? form.size : form.seed
            let value = line.inset(left: 14)
            if focused {
                InputField.draw(editor, in: value.left(min(value.width, 24)), into: &surface, context: context)
            } else {
                surface.put(editor.text, at: value.origin, style: context.style(Role.text), clip: value)
            }
            y += 1
        }
        if let error = form.error.map({ context.words($0) }) {
            surface.put(error, at: Point(x: inner.x, y: y), style: context.style(Role.error), clip: inner)
        }
        surface.put("The seed goes with the finding: same list, size and seed, same sample.",
                    at: Point(x: inner.x, y: inner.maxY - 2), style: context.style(Role.dim), clip: inner)
        surface.put(context.hint([.command(.confirm, "draws"), .nextField, .command(.newLine, "new line"), .cancels], in: .sampleForm), at: Point(x: inner.x, y: inner.maxY - 1), style: context.style(Role.dim), clip: inner)
    }
}

enum PromptView {
    static func draw<S: Surface>(_ prompt: Prompt, in area: Rect, into surface: inout S, context: RenderContext) {
        let rect = PopupView.box(width: 72, height: 7, in: area)
        let inner = PopupView.frame(rect, title: prompt.title, into: &surface, context: context)
        InputField.draw(prompt.editor, in: inner.top(1), into: &surface, context: context)
        if let error = prompt.error.map({ context.words($0) }) {
            surface.put(error, at: Point(x: inner.x, y: inner.y + 2), style: context.style(Role.error), clip: inner)
        }
        surface.put(context.hint([.command(.confirm, "confirms"), .cancels], in: .prompt), at: Point(x: inner.x, y: inner.maxY - 1), style: context.style(Role.dim), clip: inner)
    }
}

enum ItemPickerView {
    static func draw<S: Surface>(_ picker: ItemPicker, state: AppState, in area: Rect, into surface: inout S, context: RenderContext) {
        let (framework, matches) = picker.matches(in: state)
        let rect = PopupView.box(width: 76, height: area.height, in: area)
        let inner = PopupView.frame(rect, title: "Add to the checklist of \(picker.audit)", into: &surface, context: context)
        InputField.draw(picker.editor, in: inner.top(1), into: &surface, context: context)
        let list = inner.inset(top: 2, bottom: 1)
        let top = max(0, picker.selected - list.height + 1)
        for (offset, item) in matches.dropFirst(top).prefix(list.height).enumerated() {
            let line = list.row(offset)
            let selected = top + offset == picker.selected
            let style = context.style(selected ? Role.selection : Role.text)
            if selected { surface.clear(line, style: style) }
            surface.put(DisplayWidth.pad(FrameworkName.number(item, in: framework), to: 7) + " " + item.title, at: line.origin, style: style, clip: line)
        }
        if matches.isEmpty {
            surface.put("Nothing matches, or it is on the checklist already.", at: list.origin, style: context.style(Role.dim), clip: list)
        }
        surface.put(context.hint([.plain("Type to filter"), .command(.confirm, "adds after the selected item"), .command(.cancel, "closes")], in: .picker), at: Point(x: inner.x, y: inner.maxY - 1), style: context.style(Role.dim), clip: inner)
    }
}

/// The closing summary: what was found, what was not audited, how long it took.
enum CloseAuditView {
    static func draw<S: Surface>(_ id: String, state: AppState, in area: Rect, into surface: inout S, context: RenderContext) {
        guard let audit = state.workspace.audits.first(where: { $0.id == id }) else { return }
        let log = state.workspace.log(of: id)
        let progress = AuditProgress(audit: audit, log: log)
        let rect = PopupView.box(width: 66, height: 19, in: area)
        let inner = PopupView.frame(rect, title: "Close \(id)?", into: &surface, context: context)
        var lines: [StyledLine] = [[Span(audit.title, Role.title)], []]
        for classification in [FindingClass.major, .minor, .observation, .improvement, .conformity] {
            let count = progress.findings[classification, default: 0]
            lines.append([Span(DisplayWidth.pad(String(count), to: 4, alignment: .trailing) + "  ", Role.heading),
                          Span(classification.title, count > 0 ? Role.finding(classification) : Role.dim)])
        }
        lines.append([])
        for (index, text) in Wrap.lines(progress.summary, width: max(1, inner.width - 9)).prefix(2).enumerated() {
            lines.append([Span(index == 0 ? "Items    " : "         ", Role.label), Span(text)])
        }
        let skipped = audit.checklist.filter { log.itemStates[$0] == .notAudited }
        if !skipped.isEmpty {
            for (index, text) in Wrap.lines(skipped.joined(separator: ", "), width: max(1, inner.width - 9)).prefix(2).enumerated() {
                lines.append([Span(index == 0 ? "Skipped  " : "         ", Role.label), Span(text, Role.dim)])
            }
        }
        lines.append([Span("Time     ", Role.label), Span(Duration.total(log.totalTimeSpent) + " recorded on the items")])
        lines.append([])
        for text in Wrap.lines("Closing sets the end date and writes the audit report next to the plan: audits/\(id)/report.md and report.html.", width: max(1, inner.width)) {
            lines.append([Span(text, Role.dim)])
        }
        for (index, line) in lines.prefix(inner.height - 1).enumerated() {
            surface.put(line, at: Point(x: inner.x, y: inner.y + index), clip: inner, context: context)
        }
        surface.put("y closes the audit, n keeps it open", at: Point(x: inner.x, y: inner.maxY - 1), style: context.style(Role.dim), clip: inner)
    }
}
