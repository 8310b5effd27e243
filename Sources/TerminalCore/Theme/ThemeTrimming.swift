extension StringProtocol {
    /// `trimmingCharacters(in: .whitespaces)` (or `.whitespacesAndNewlines`) without Foundation's
    /// bridging: the built-in themes are parsed on every start, before the first frame.
    func trimmingThemeSpace(newlines: Bool) -> String {
        let scalars = unicodeScalars
        let isSpace = { (scalar: Unicode.Scalar) -> Bool in
            scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator
                || (newlines && ((0x0A...0x0D).contains(scalar.value) || scalar.value == 0x85 || scalar.value == 0x2028 || scalar.value == 0x2029))
        }
        guard let first = scalars.firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isSpace($0) })!
        var kept = String.UnicodeScalarView()
        kept.append(contentsOf: scalars[first...last])
        return String(kept)
    }
}
