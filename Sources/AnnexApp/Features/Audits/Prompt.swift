/// A one-line question: jump to an item, or why a finding is withdrawn.
public struct Prompt: Sendable, Equatable {
    public enum Purpose: Sendable, Equatable {
        case jump
        case withdraw(findingID: String)
    }

    public var purpose: Purpose
    public var editor = LineEditor()
    public var error: Notice?
    /// How an item is typed in the audit's framework, for the jump's title.
    public var example = "5.15 or A.8.8"

    public init(_ purpose: Purpose) { self.purpose = purpose }

    public var title: String {
        switch purpose {
        case .jump: "Go to item (id, e.g. \(example))"
        case .withdraw(let id): "Why is \(id) withdrawn? (kept in its history)"
        }
    }
}
