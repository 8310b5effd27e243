/// Insets and simple cuts; `Layout` does the constraint-based splits.
extension Rect {
    /// Shrinks every side by `amount`: `inset(by: 1)` is the inside of a box border.
    public func inset(by amount: Int) -> Rect {
        inset(top: amount, left: amount, bottom: amount, right: amount)
    }

    public func inset(horizontal: Int = 0, vertical: Int = 0) -> Rect {
        inset(top: vertical, left: horizontal, bottom: vertical, right: horizontal)
    }

    public func inset(top: Int = 0, left: Int = 0, bottom: Int = 0, right: Int = 0) -> Rect {
        let newWidth = max(0, width - max(0, left) - max(0, right))
        let newHeight = max(0, height - max(0, top) - max(0, bottom))
        return Rect(x: x + min(max(0, left), width), y: y + min(max(0, top), height), width: newWidth, height: newHeight)
    }

    /// The top `rows` rows (all of them when the rectangle is shorter).
    public func top(_ rows: Int) -> Rect {
        Rect(x: x, y: y, width: width, height: min(height, max(0, rows)))
    }

    public func bottom(_ rows: Int) -> Rect {
        let taken = min(height, max(0, rows))
        return Rect(x: x, y: maxY - taken, width: width, height: taken)
    }

    public func left(_ columns: Int) -> Rect {
        Rect(x: x, y: y, width: min(width, max(0, columns)), height: height)
    }

    public func right(_ columns: Int) -> Rect {
        let taken = min(width, max(0, columns))
        return Rect(x: maxX - taken, y: y, width: taken, height: height)
    }

    /// Side by side, left to right, by `constraints` (see `Layout`).
    public func splitHorizontally(_ constraints: [Constraint], spacing: Int = 0) -> [Rect] {
        Layout(.horizontal, constraints, spacing: spacing).split(self)
    }

    /// Stacked, top to bottom, by `constraints` (see `Layout`).
    public func splitVertically(_ constraints: [Constraint], spacing: Int = 0) -> [Rect] {
        Layout(.vertical, constraints, spacing: spacing).split(self)
    }

    /// The single row at offset `row` from the top, or an empty rectangle outside.
    public func row(_ row: Int) -> Rect {
        guard row >= 0, row < height else { return Rect(x: x, y: maxY, width: width, height: 0) }
        return Rect(x: x, y: y + row, width: width, height: 1)
    }
}
