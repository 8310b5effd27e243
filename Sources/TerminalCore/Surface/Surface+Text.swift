extension Surface {
    /// Writes one line of `text` starting at `point`, sanitised (controls become visible
    /// escapes, a line break becomes `⏎` or a space) and clipped to `clip` and the surface.
    /// A wide character that does not fit before the clip's right edge becomes a space: it
    /// never spills into a neighbouring pane. Returns the column after the text; when the text
    /// was cut, a column at or past the clip's right edge, so chained writes stay clipped.
    @discardableResult
    public mutating func put(
        _ text: String,
        at point: Point,
        style: Style = .plain,
        clip: Rect? = nil,
        newline: Sanitize.Newline = .symbol
    ) -> Int {
        let area = (clip ?? bounds).intersection(bounds)
        guard !area.isEmpty, point.y >= area.minY, point.y < area.maxY else {
            return point.x + DisplayWidth.of(text)
        }
        var writer = LineWriter(y: point.y, x: point.x, area: area, style: style)
        for character in text {
            let shown = Sanitize.visible(character, newline: newline) ?? String(character)
            for part in shown {
                guard writer.write(part, into: &self) else { return writer.x }
            }
        }
        return writer.x
    }
}

/// The cursor of one `put`: where the next character goes and which cell a following
/// zero-width mark joins.
private struct LineWriter {
    let y: Int
    var x: Int
    let area: Rect
    let style: Style
    var lastCellX: Int?

    init(y: Int, x: Int, area: Rect, style: Style) {
        self.y = y
        self.x = x
        self.area = area
        self.style = style
    }

    /// Writes one character; false once the right edge is reached.
    mutating func write<S: Surface>(_ character: Character, into surface: inout S) -> Bool {
        let width = DisplayWidth.of(character)
        if width == 0 {
            if let lastCellX {
                var cell = surface.cell(at: Point(x: lastCellX, y: y))
                cell.appendZeroWidth(character)
                surface.setCell(cell, at: Point(x: lastCellX, y: y))
            }
            return true
        }
        guard x < area.maxX else { return false }
        defer { x += width }
        if x < area.minX {
            // A wide character cut by the left edge leaves a space in its visible half.
            if x + width > area.minX {
                surface.place(.blank(style), at: Point(x: area.minX, y: y))
            }
            lastCellX = nil
            return true
        }
        if x + width > area.maxX {
            surface.place(.blank(style), at: Point(x: x, y: y))
            lastCellX = nil
            return false
        }
        surface.place(Cell(character, style: style), at: Point(x: x, y: y))
        lastCellX = x
        return true
    }
}
