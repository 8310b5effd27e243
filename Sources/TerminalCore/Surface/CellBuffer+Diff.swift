/// Cells that changed next to each other in one row: a backend moves the cursor once and
/// writes them. A wide character is always whole in a run: both its cell and its
/// continuation cell are included.
public struct CellRun: Hashable, Sendable {
    public var start: Point
    public var cells: [Cell]

    public init(start: Point, cells: [Cell]) {
        self.start = start
        self.cells = cells
    }
}

extension CellBuffer {
    /// What must be written to turn a screen showing `previous` into this buffer: one run per
    /// stretch of changed cells. With no previous frame, or one of another size (after a
    /// resize), every row is one run.
    public func diff(from previous: CellBuffer?) -> [CellRun] {
        guard let previous, previous.size == size else {
            return (0..<size.height).map { CellRun(start: Point(x: 0, y: $0), cells: Array(row($0))) }
        }
        var runs: [CellRun] = []
        for y in 0..<size.height {
            let now = row(y)
            let before = previous.row(y)
            guard now != before else { continue }
            let offset = now.startIndex
            var x = 0
            while x < size.width {
                guard now[offset + x] != before[offset + x] else {
                    x += 1
                    continue
                }
                var start = x
                while x < size.width, now[offset + x] != before[offset + x] { x += 1 }
                if now[offset + start].isContinuation, start > 0 { start -= 1 }
                if x < size.width, now[offset + x].isContinuation { x += 1 }
                runs.append(CellRun(start: Point(x: start, y: y), cells: Array(now[(offset + start)..<(offset + x)])))
            }
        }
        return runs
    }
}
