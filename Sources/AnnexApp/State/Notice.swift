/// A notice's words, in the file of the feature that says it: reducers choose a case, and the
/// text is made only when it is drawn, with the keys the keymap in force binds. Each feature
/// keeps every sentence it can say in its `<Feature>Notice.swift`, ready for a translation.
public protocol NoticeWording: Sendable, Hashable {
    var words: MessageText { get }
}

/// What the status line or a question says, as a value (a case of some feature's notices).
public struct Notice: Sendable, Hashable, CustomStringConvertible {
    public let value: any NoticeWording

    public init(_ value: some NoticeWording) { self.value = value }

    public var words: MessageText { value.words }

    /// The words with the standard keymap's keys.
    public var description: String { words.text() }

    public static func == (lhs: Notice, rhs: Notice) -> Bool { AnyHashable(lhs.value) == AnyHashable(rhs.value) }

    public func hash(into hasher: inout Hasher) { hasher.combine(AnyHashable(value)) }
}
