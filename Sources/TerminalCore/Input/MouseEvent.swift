/// A mouse click or wheel turn at a screen position.
public struct MouseEvent: Hashable, Sendable {
    public enum Button: Hashable, Sendable {
        case left, middle, right
    }

    public enum Kind: Hashable, Sendable {
        case press(Button)
        case wheelUp
        case wheelDown
    }

    public var kind: Kind
    public var position: Point

    public init(_ kind: Kind, at position: Point) {
        self.kind = kind
        self.position = position
    }

    /// `"click"`, `"middleclick"`, `"rightclick"`, `"wheelup"` or `"wheeldown"`.
    public var name: String {
        switch kind {
        case .press(.left): return "click"
        case .press(.middle): return "middleclick"
        case .press(.right): return "rightclick"
        case .wheelUp: return "wheelup"
        case .wheelDown: return "wheeldown"
        }
    }
}
