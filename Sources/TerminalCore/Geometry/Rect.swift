/// A rectangle of terminal cells. Width and height are never negative: insetting or splitting
/// too far gives an empty rectangle, which every drawing function treats as "draw nothing".
public struct Rect: Hashable, Sendable {
    public var x: Int
    public var y: Int
    public var width: Int { didSet { width = max(0, width) } }
    public var height: Int { didSet { height = max(0, height) } }

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public init(origin: Point = .zero, size: Size) {
        self.init(x: origin.x, y: origin.y, width: size.width, height: size.height)
    }

    public static let zero = Rect(x: 0, y: 0, width: 0, height: 0)

    public var origin: Point { Point(x: x, y: y) }
    public var size: Size { Size(width: width, height: height) }
    public var area: Int { width * height }
    public var isEmpty: Bool { width == 0 || height == 0 }

    /// The first column and row inside the rectangle.
    public var minX: Int { x }
    public var minY: Int { y }
    /// One past the last column and row inside the rectangle.
    public var maxX: Int { x + width }
    public var maxY: Int { y + height }

    public func contains(_ point: Point) -> Bool {
        point.x >= minX && point.x < maxX && point.y >= minY && point.y < maxY
    }

    public func contains(_ other: Rect) -> Bool {
        other.isEmpty || (other.minX >= minX && other.maxX <= maxX && other.minY >= minY && other.maxY <= maxY)
    }

    /// The cells both rectangles cover; empty (at this rectangle's origin) when they do not overlap.
    public func intersection(_ other: Rect) -> Rect {
        let left = max(minX, other.minX)
        let top = max(minY, other.minY)
        let right = min(maxX, other.maxX)
        let bottom = min(maxY, other.maxY)
        guard right > left, bottom > top else { return Rect(x: x, y: y, width: 0, height: 0) }
        return Rect(x: left, y: top, width: right - left, height: bottom - top)
    }

    public func intersects(_ other: Rect) -> Bool { !intersection(other).isEmpty }
}

extension Rect: CustomStringConvertible {
    public var description: String { "(\(x),\(y) \(width)x\(height))" }
}
