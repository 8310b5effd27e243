import AnnexApp
import TerminalCore

/// A multi-line field: words wrap at the edge, the cursor line stays in view.
enum TextAreaView {
    /// Visual lines as ranges of character positions; a line break ends a range.
    static func layout(_ characters: [Character], width: Int) -> [Range<Int>] {
        let width = max(1, width)
        var lines: [Range<Int>] = []
        var start = 0
        var column = 0
        var lastSpace: Int?
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "\n" {
                lines.append(start..<index)
                start = index + 1
                column = 0
                lastSpace = nil
                index += 1
                continue
            }
            let charWidth = DisplayWidth.of(character)
            if column + charWidth > width, index > start {
                // Break after the last space on the line if there is one, else mid-word.
                let end = lastSpace.map { $0 + 1 } ?? index
                lines.append(start..<end)
                start = end
                column = characters[start..<index].reduce(0) { $0 + DisplayWidth.of($1) }
                lastSpace = nil
            }
            if character == " " { lastSpace = index }
            column += charWidth
            index += 1
        }
        lines.append(start..<characters.count)
        return lines
    }

    static func draw<S: Surface>(_ area: TextArea, focused: Bool, in rect: Rect, into surface: inout S, context: RenderContext) {
        surface.clear(rect, style: context.style(focused ? Role.input : Role.text))
        let lines = layout(area.characters, width: rect.width - 1)
        // The cursor sits on the last line whose range holds it (a position at a wrap belongs below).
        let cursorLine = lines.lastIndex { $0.lowerBound <= area.cursor && area.cursor <= $0.upperBound } ?? 0
        let top = max(0, min(cursorLine - rect.height + 1, lines.count - rect.height))
        let first = max(0, min(top, cursorLine))
        for (offset, range) in lines.enumerated().dropFirst(first).prefix(rect.height) {
            let y = rect.y + offset - first
            var x = rect.x
            for index in range {
                let role = focused && index == area.cursor ? Role.inputCursor : (focused ? Role.input : Role.text)
                x = surface.put(String(area.characters[index]), at: Point(x: x, y: y), style: context.style(role), clip: rect, newline: .space)
            }
            if focused, offset == cursorLine, area.cursor == range.upperBound {
                surface.put(" ", at: Point(x: x, y: y), style: context.style(Role.inputCursor), clip: rect)
            }
        }
        if first > 0 {
            surface.put(context.glyphs.isUnicode ? "▲" : "^", at: Point(x: rect.maxX - 1, y: rect.y), style: context.style(Role.dim), clip: rect)
        }
        if first + rect.height < lines.count {
            surface.put(context.glyphs.isUnicode ? "▼" : "v", at: Point(x: rect.maxX - 1, y: rect.maxY - 1), style: context.style(Role.dim), clip: rect)
        }
    }
}
