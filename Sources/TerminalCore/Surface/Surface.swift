/// Something cells can be drawn into: the in-memory `CellBuffer`, or a test double.
/// Conformers only store and return cells; text, clipping, wide characters and boxes are
/// handled once, in the extensions, so every surface behaves the same.
public protocol Surface {
    var size: Size { get }
    /// The cell at `point`, which is inside `bounds`.
    func cell(at point: Point) -> Cell
    /// Stores `cell` at `point` (inside `bounds`) as it is; use `place` to keep wide characters whole.
    mutating func setCell(_ cell: Cell, at point: Point)
}

extension Surface {
    public var bounds: Rect { Rect(size: size) }

    /// Writes `cell` at `point`, keeping every wide character whole: a wide character that
    /// is partly overwritten leaves a space in its other half. A wide cell that does not fit
    /// before the right edge is written as a space instead.
    public mutating func place(_ cell: Cell, at point: Point) {
        guard bounds.contains(point), !cell.isContinuation else { return }
        var cell = cell
        if cell.isWide && point.x + 1 >= size.width {
            cell = .blank(cell.style)
        }
        breakWideCharacter(touching: point)
        if cell.isWide {
            let right = point.offsetBy(x: 1)
            breakWideCharacter(touching: right)
            setCell(cell, at: point)
            setCell(.continuation(cell.style), at: right)
        } else {
            setCell(cell, at: point)
        }
    }

    /// Turns the wide character that covers `point`, if any, into spaces.
    private mutating func breakWideCharacter(touching point: Point) {
        let current = cell(at: point)
        if current.isContinuation, point.x > 0 {
            let left = point.offsetBy(x: -1)
            setCell(.blank(cell(at: left).style), at: left)
            setCell(.blank(current.style), at: point)
        } else if current.isWide, point.x + 1 < size.width {
            let right = point.offsetBy(x: 1)
            setCell(.blank(current.style), at: point)
            setCell(.blank(current.style), at: right)
        }
    }

    /// Covers `area` (clipped to the surface) with `cell`. Wide cells repeat every two columns;
    /// an odd column left over at the right gets a space.
    public mutating func fill(_ area: Rect, with cell: Cell) {
        let area = area.intersection(bounds)
        guard !area.isEmpty else { return }
        let step = cell.isContinuation ? 1 : cell.width
        let filler = cell.isContinuation ? Cell.blank(cell.style) : cell
        for y in area.minY..<area.maxY {
            var x = area.minX
            while x < area.maxX {
                place(x + step <= area.maxX ? filler : .blank(cell.style), at: Point(x: x, y: y))
                x += step
            }
        }
    }

    /// Fills `area` with spaces in `style`.
    public mutating func clear(_ area: Rect, style: Style = .plain) {
        fill(area, with: .blank(style))
    }
}
