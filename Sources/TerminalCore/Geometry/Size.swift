/// A size in terminal cells. Negative input is treated as zero, so arithmetic on sizes that
/// goes below nothing still yields an empty area instead of a trap later on.
public struct Size: Hashable, Sendable {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public static let zero = Size(width: 0, height: 0)

    public var area: Int { width * height }
    public var isEmpty: Bool { width == 0 || height == 0 }

    /// Whether something of `other`'s size fits inside this one.
    public func contains(_ other: Size) -> Bool {
        other.width <= width && other.height <= height
    }
}

extension Size: CustomStringConvertible {
    public var description: String { "\(width)x\(height)" }
}
