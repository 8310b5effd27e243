/// Where the last frame drew what. The views record it while drawing and the session hands it
/// back, so a click arrives as a target and a page is as long as the pane on screen: reducers
/// never work out heights themselves.
public struct FrameLayout: Sendable, Equatable {
    public enum Target: Sendable, Hashable {
        case tab(Screen)
        /// A whole pane, border included: a click gives it the focus.
        case pane(Pane)
        /// A pane's list rows; the first row shows the item at the list's scroll.
        case rows(Pane)
    }

    public struct Region: Sendable, Equatable {
        public var target: Target
        public var x, y, width, height: Int

        public init(_ target: Target, x: Int, y: Int, width: Int, height: Int) {
            self.target = target
            (self.x, self.y, self.width, self.height) = (x, y, width, height)
        }

        public func contains(x: Int, y: Int) -> Bool {
            x >= self.x && x < self.x + width && y >= self.y && y < self.y + height
        }
    }

    public private(set) var regions: [Region] = []
    /// Lines of the selected entry of a pane that the frame could not show below its edge.
    public private(set) var hiddenBelow: [Target: Int] = [:]
    /// The first row each list showed: settled while drawing so the selection is in view, and
    /// taken back into the state (like a list widget's offset).
    public private(set) var scrolls: [Target: Int] = [:]

    /// Rows a page moves before anything was drawn (the terminal loop always draws first).
    public static let rowsBeforeFirstFrame = 10

    public init(_ regions: [Region] = []) { self.regions = regions }

    public mutating func record(_ region: Region) { regions.append(region) }

    public mutating func note(hiddenBelow lines: Int, in target: Target) { hiddenBelow[target] = lines }

    public mutating func note(scroll: Int, in target: Target) { scrolls[target] = scroll }

    /// Rows of a list in the last frame, or a default page before the first.
    public func pageRows(_ target: Target) -> Int { rows(of: target) ?? Self.rowsBeforeFirstFrame }

    /// The topmost region under a click (the last drawn wins, as on screen) and the row within it.
    public func hit(x: Int, y: Int) -> (target: Target, row: Int)? {
        regions.last { $0.contains(x: x, y: y) }.map { ($0.target, y - $0.y) }
    }

    /// Rows the target had in the last frame; nil before it was drawn.
    public func rows(of target: Target) -> Int? {
        regions.last { $0.target == target }?.height
    }
}
