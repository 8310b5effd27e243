import AnnexApp
import TerminalCore

enum PopupView {
    static func draw<S: Surface>(_ popup: Popup, state: AppState, keymap: Keymap, in area: Rect, into surface: inout S, context: RenderContext) {
        switch popup {
        case .help(let scroll): HelpView.draw(state, keymap: keymap, scroll: scroll, in: area, into: &surface, context: context)
        case .palette(let palette): PaletteView.draw(palette, state: state, keymap: keymap, in: area, into: &surface, context: context)
        case .filter: break  // drawn on the status line's row by AppView
        case .confirm(let confirmation): ConfirmView.draw(confirmation, keymap: keymap, in: area, into: &surface, context: context)
        case .conflict(let prompt): ConflictView.draw(prompt, keymap: keymap, in: area, into: &surface, context: context)
        case .layer(let layer):
            for view in ScreenViews.layers where view.drawLayer(layer.base, state: state, in: area, into: &surface, context: context) { break }
        }
    }

    /// A small question drawn over the layer below it rather than instead of it.
    static func showsBelow(_ popup: Popup) -> Bool {
        switch popup {
        case .layer(let layer): layer.base.showsBelow
        default: false
        }
    }

    /// A centred box of at most the given size, clamped to the area.
    static func box(width: Int, height: Int, in area: Rect) -> Rect {
        let w = min(width, area.width - 2), h = min(height, area.height - 2)
        return Rect(x: area.x + (area.width - w) / 2, y: area.y + (area.height - h) / 2, width: w, height: h)
    }

    static func frame<S: Surface>(_ rect: Rect, title: String, into surface: inout S, context: RenderContext) -> Rect {
        // A blank column either side, so the screen behind does not run into the border.
        surface.clear(Rect(x: rect.x - 1, y: rect.y, width: rect.width + 2, height: rect.height), style: context.style(Role.text))
        surface.drawBox(rect, style: context.style(Role.popupBorder), charset: context.glyphs.box,
                        title: title, titleStyle: context.style(Role.popupTitle))
        return rect.inset(horizontal: 2, vertical: 1)
    }
}

/// A one-line text field with a visible cursor, scrolled so the cursor stays in view.
enum InputField {
    /// The text from the start when it fits; else shifted just enough that the cursor's cell is
    /// the last one, with an ellipsis on each side where text is hidden.
    static func draw<S: Surface>(_ editor: LineEditor, in line: Rect, into surface: inout S, context: RenderContext) {
        guard line.width > 0 else { return }
        surface.clear(line, style: context.style(Role.input))
        let cursorColumn = DisplayWidth.of(String(editor.characters.prefix(editor.cursor)))
        let shift = max(0, cursorColumn + 1 - line.width)
        var x = line.x - shift
        for (index, character) in editor.characters.enumerated() {
            let role = index == editor.cursor ? Role.inputCursor : Role.input
            x = surface.put(String(character), at: Point(x: x, y: line.y), style: context.style(role), clip: line, newline: .space)
        }
        if editor.cursor == editor.characters.count {
            surface.put(" ", at: Point(x: x, y: line.y), style: context.style(Role.inputCursor), clip: line)
        }
        guard line.width > 2 else { return }
        let ellipsis = context.style(Role.dim)
        if shift > 0 { surface.put(context.glyphs.ellipsis, at: line.origin, style: ellipsis, clip: line) }
        if x > line.maxX, cursorColumn - shift < line.width - 1 {
            surface.put(context.glyphs.ellipsis, at: Point(x: line.maxX - 1, y: line.y), style: ellipsis, clip: line)
        }
    }
}

enum FilterBarView {
    static func draw<S: Surface>(_ editor: LineEditor, in area: Rect, into surface: inout S, context: RenderContext) {
        let line = area
        surface.clear(line, style: context.style(Role.statusLine))
        let x = surface.put(" Filter / ", at: line.origin, style: context.style(Role.statusKey), clip: line)
        InputField.draw(editor, in: Rect(x: x + 1, y: line.y, width: line.maxX - x - 2, height: 1), into: &surface, context: context)
    }
}

enum FormView {
    static func draw<S: Surface>(_ form: FieldForm, in area: Rect, into surface: inout S, context: RenderContext) {
        let rect = PopupView.box(width: 72, height: 8, in: area)
        let inner = PopupView.frame(rect, title: form.prompt, into: &surface, context: context)
        surface.put(form.field.title, at: inner.origin, style: context.style(Role.label), clip: inner)
        InputField.draw(form.editor, in: Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: 1), into: &surface, context: context)
        if let error = form.error {
            surface.put(context.words(error), at: Point(x: inner.x, y: inner.y + 3), style: context.style(Role.error), clip: inner)
        }
        let hint = context.hint([.saves, .cancels] + (form.field == .owner ? [.plain("Tab completes a person")] : []), in: .form)
        surface.put(hint, at: Point(x: inner.x, y: inner.maxY - 1), style: context.style(Role.dim), clip: inner)
    }
}

enum PaletteView {
    static func draw<S: Surface>(_ palette: PaletteState, state: AppState, keymap: Keymap, in area: Rect, into surface: inout S, context: RenderContext) {
        let matches = PaletteCommands.matches(palette.editor.text, state: state, keymap: keymap)
        let rect = PopupView.box(width: 60, height: min(20, matches.count + 5), in: area)
        let inner = PopupView.frame(rect, title: "Commands", into: &surface, context: context)
        InputField.draw(palette.editor, in: inner.top(1), into: &surface, context: context)
        let listArea = inner.inset(top: 2)
        let top = max(0, palette.selected - listArea.height + 1)
        for (offset, command) in matches.dropFirst(top).prefix(listArea.height).enumerated() {
            let line = listArea.row(offset)
            let selected = top + offset == palette.selected
            let style = context.style(selected ? Role.selection : Role.text)
            if selected { surface.clear(line, style: style) }
            surface.put(command.title, at: line.origin, style: style, clip: line)
            let keys = (keymap.keys(for: command, in: .global) + keymap.keys(for: command, in: state.screenContext)).first ?? ""
            surface.put(keys, at: Point(x: line.maxX - DisplayWidth.of(keys), y: line.y), style: selected ? style : context.style(Role.dim), clip: line)
        }
        if matches.isEmpty {
            surface.put("No command matches.", at: listArea.origin, style: context.style(Role.dim), clip: listArea)
        }
    }
}

enum HelpView {
    static func draw<S: Surface>(_ state: AppState, keymap: Keymap, scroll: Int, in area: Rect, into surface: inout S, context: RenderContext) {
        let rect = PopupView.box(width: 76, height: area.height, in: area)
        let inner = PopupView.frame(rect, title: "Keys (\(context.key(.cancel, in: .help)) closes)", into: &surface, context: context)
        var lines: [StyledLine] = []
        let screenContexts = state.feature.helpContexts(state)
        for keyContext in [KeyContext.global] + screenContexts + [.textField, .choiceField, .palette] {
            guard let bindings = keymap.bindings[keyContext], !bindings.isEmpty else { continue }
            if !lines.isEmpty { lines.append([]) }
            lines.append([Span(keyContext.title, Role.heading)])
            for binding in bindings {
                lines.append([Span(DisplayWidth.pad(binding.keys.joined(separator: " "), to: 24), Role.label), Span(binding.command.title, Role.text)])
            }
        }
        let top = min(scroll, max(0, lines.count - inner.height))
        for (offset, line) in lines.dropFirst(top).prefix(inner.height).enumerated() {
            surface.put(line, at: Point(x: inner.x, y: inner.y + offset), clip: inner, context: context)
        }
    }
}
