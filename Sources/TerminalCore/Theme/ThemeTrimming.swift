extension StringProtocol {
    /// `trimmingCharacters(in: .whitespaces)` (or `.whitespacesAndNewlines`) without Foundation's
    /// bridging: the built-in themes are parsed on every start, before the first frame.
    func trimmingThemeSpace(newlines: Bool) -> String {
        let bytes = Array(utf8)
        if bytes.allSatisfy({ $0 < 0x80 }) {
            // ASCII, as theme files nearly always are: no Unicode property lookups.
            let isSpace = { (byte: UInt8) -> Bool in byte == 0x20 || byte == 0x09 || (newlines && (0x0A...0x0D).contains(byte)) }
            guard let first = bytes.firstIndex(where: { !isSpace($0) }) else { return "" }
            let last = bytes.lastIndex(where: { !isSpace($0) })!
            return String(decoding: bytes[first...last], as: UTF8.self)
        }
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
