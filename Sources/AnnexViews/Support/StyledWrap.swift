import TerminalCore

extension Wrap {
    /// Word wrapping of spans, each word keeping its role; lines after the first start `indent`
    /// columns in (a hanging indent under a label such as `Claims `).
    static func styled(_ line: StyledLine, width: Int, indent: Int = 0) -> [StyledLine] {
        guard width > 0 else { return [] }
        let indent = indent < width ? indent : 0
        var words: [(text: String, role: String, spaced: Bool)] = []
        var pendingSpace = false
        for span in line {
            var first = true
            for piece in span.text.split(separator: " ", omittingEmptySubsequences: false) {
                if !first { pendingSpace = true }
                first = false
                guard !piece.isEmpty else { continue }
                words.append((String(piece), span.role, pendingSpace))
                pendingSpace = false
            }
        }
        var lines: [StyledLine] = []
        var current: StyledLine = []
        var used = 0
        func newLine() {
            lines.append(current)
            current = indent > 0 ? [Span(String(repeating: " ", count: indent))] : []
            used = indent
        }
        for word in words {
            var text = word.text
            let gap = word.spaced && used > (lines.isEmpty ? 0 : indent) ? 1 : 0
            if used + gap + DisplayWidth.of(text) > width, used > (lines.isEmpty ? 0 : indent) { newLine() }
            else if gap == 1 { current.append(Span(" ", word.role)); used += 1 }
            // A word longer than a whole line is broken.
            while DisplayWidth.of(text) > width - used {
                var head = DisplayWidth.prefix(of: text, fitting: width - used)
                if head.isEmpty { head = String(text.prefix(1)) }
                current.append(Span(head, word.role))
                text = String(text.dropFirst(head.count))
                newLine()
            }
            if !text.isEmpty {
                current.append(Span(text, word.role))
                used += DisplayWidth.of(text)
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }
}
