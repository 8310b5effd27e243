/// An in-memory screen: a grid of cells that views draw into and a backend presents. A buffer
/// keeps its size for life; after the terminal is resized, draw into a new one.
public struct CellBuffer: Surface, Hashable, Sendable {
    public let size: Size
    private var cells: [Cell]

    public init(size: Size, filledWith cell: Cell = .blank) {
        self.size = size
        let filler = cell.isContinuation || cell.isWide ? Cell.blank(cell.style) : cell
        self.cells = Array(repeating: filler, count: size.area)
    }

    public init(width: Int, height: Int) {
        self.init(size: Size(width: width, height: height))
    }

    public func cell(at point: Point) -> Cell {
        cells[index(of: point)]
    }

    public mutating func setCell(_ cell: Cell, at point: Point) {
        cells[index(of: point)] = cell
    }

    /// The cells of row `y`, one per column (continuation cells included).
    public func row(_ y: Int) -> ArraySlice<Cell> {
        cells[y * size.width..<(y + 1) * size.width]
    }

    public func style(at point: Point) -> Style {
        cell(at: point).style
    }

    /// The text of each row, as it reads on screen; tests compare these to a picture.
    public var lines: [String] { lines(trimmingTrailingSpaces: false) }

    public func lines(trimmingTrailingSpaces trim: Bool) -> [String] {
        (0..<size.height).map { y in
            let text = row(y).reduce(into: "") { $0 += $1.grapheme }
            guard trim else { return text }
            return String(text.reversed().drop(while: { $0 == " " }).reversed())
        }
    }

    private func index(of point: Point) -> Int {
        precondition(bounds.contains(point), "cell \(point) is outside a \(size) buffer")
        return point.y * size.width + point.x
    }
}
