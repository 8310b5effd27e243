/// The `DisplayWidth` helpers on strings, for views that measure and fit text inline.
extension StringProtocol {
    /// Terminal columns this text takes once shown (see `DisplayWidth.of`).
    public var displayWidth: Int { DisplayWidth.of(String(self)) }

    public func truncated(to columns: Int, ellipsis: String = "…") -> String {
        DisplayWidth.truncate(String(self), to: columns, ellipsis: ellipsis)
    }

    public func padded(to columns: Int, alignment: DisplayWidth.Alignment = .leading) -> String {
        DisplayWidth.pad(String(self), to: columns, alignment: alignment)
    }

    public func fitted(to columns: Int, alignment: DisplayWidth.Alignment = .leading, ellipsis: String = "…") -> String {
        DisplayWidth.fit(String(self), to: columns, alignment: alignment, ellipsis: ellipsis)
    }
}
