extension RawRepresentable where RawValue == String {
    /// A stored value in words for the screen: `in_progress` reads "in progress". Without
    /// Foundation's string replacing, which costs a runtime lookup on the way to the first frame.
    var inWords: String { String(rawValue.map { $0 == "_" ? " " : $0 }) }
}
