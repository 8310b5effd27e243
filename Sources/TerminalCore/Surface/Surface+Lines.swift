extension Surface {
    /// A horizontal line of `length` columns starting at `start`, clipped to the surface.
    public mutating func drawHorizontalLine(from start: Point, length: Int, style: Style = .plain, charset: BoxCharset = .unicode) {
        let line = Cell(charset.horizontal, style: style)
        fill(Rect(x: start.x, y: start.y, width: length, height: 1), with: line)
    }

    /// A vertical line of `length` rows starting at `start`, clipped to the surface.
    public mutating func drawVerticalLine(from start: Point, length: Int, style: Style = .plain, charset: BoxCharset = .unicode) {
        let line = Cell(charset.vertical, style: style)
        fill(Rect(x: start.x, y: start.y, width: 1, height: length), with: line)
    }

    /// A single-line border around the edge of `area`, with an optional title in the top
    /// border (cut with `…` when it is too long). Draws nothing in an area smaller than 2x2,
    /// where a border would hide everything. The inside is `area.inset(by: 1)`.
    public mutating func drawBox(
        _ area: Rect,
        style: Style = .plain,
        charset: BoxCharset = .unicode,
        title: String? = nil,
        titleStyle: Style? = nil
    ) {
        guard area.width >= 2, area.height >= 2 else { return }
        let right = area.maxX - 1
        let bottom = area.maxY - 1
        drawHorizontalLine(from: Point(x: area.x + 1, y: area.y), length: area.width - 2, style: style, charset: charset)
        drawHorizontalLine(from: Point(x: area.x + 1, y: bottom), length: area.width - 2, style: style, charset: charset)
        drawVerticalLine(from: Point(x: area.x, y: area.y + 1), length: area.height - 2, style: style, charset: charset)
        drawVerticalLine(from: Point(x: right, y: area.y + 1), length: area.height - 2, style: style, charset: charset)
        place(Cell(charset.topLeft, style: style), at: Point(x: area.x, y: area.y))
        place(Cell(charset.topRight, style: style), at: Point(x: right, y: area.y))
        place(Cell(charset.bottomLeft, style: style), at: Point(x: area.x, y: bottom))
        place(Cell(charset.bottomRight, style: style), at: Point(x: right, y: bottom))
        if let title, !title.isEmpty {
            // An ASCII border gets an ASCII cut, so nothing outside ASCII reaches a non-UTF-8 terminal.
            drawTitle(title, in: area, style: titleStyle ?? style, ellipsis: charset == .ascii ? "~" : "…")
        }
    }

    /// ` Title ` on the top border, one column in from the corner.
    private mutating func drawTitle(_ title: String, in area: Rect, style: Style, ellipsis: String) {
        let room = area.width - 2
        guard room >= 3 else { return }
        let text = " " + DisplayWidth.truncate(Sanitize.text(title, newline: .space), to: room - 2, ellipsis: ellipsis) + " "
        let clip = Rect(x: area.x + 1, y: area.y, width: room, height: 1)
        put(text, at: clip.origin, style: style, clip: clip)
    }
}
