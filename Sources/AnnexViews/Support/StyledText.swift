import TerminalCore

/// A run of text in one role.
struct Span: Sendable, Equatable {
    var text: String
    var role: String

    init(_ text: String, _ role: String = Role.text) {
        self.text = text
        self.role = role
    }
}

/// One line made of spans.
typealias StyledLine = [Span]

extension Surface {
    /// Draws spans left to right from `point`, clipped to `clip`; returns the column after the last.
    @discardableResult
    mutating func put(_ line: StyledLine, at point: Point, clip: Rect, context: RenderContext) -> Int {
        var x = point.x
        for span in line {
            // A span that would run past the edge ends in an ellipsis rather than a hard cut.
            let room = clip.maxX - x
            let text = DisplayWidth.of(span.text) > room ? DisplayWidth.truncate(span.text, to: room, ellipsis: context.glyphs.ellipsis) : span.text
            x = put(text, at: Point(x: x, y: point.y), style: context.style(span.role), clip: clip)
            if x >= clip.maxX { break }
        }
        return x
    }
}

/// Word wrapping by display width: wide characters count double, long words are broken.
enum Wrap {
    static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var result: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                var word = String(word)
                var wordWidth = DisplayWidth.of(word)
                while wordWidth > width {
                    if !line.isEmpty {
                        result.append(line)
                        line = ""
                        lineWidth = 0
                    }
                    var head = DisplayWidth.prefix(of: word, fitting: width)
                    if head.isEmpty { head = String(word.prefix(1)) }
                    result.append(head)
                    word = String(word.dropFirst(head.count))
                    wordWidth = DisplayWidth.of(word)
                }
                if word.isEmpty { continue }
                if lineWidth == 0 {
                    line = word
                    lineWidth = wordWidth
                } else if lineWidth + 1 + wordWidth <= width {
                    line += " " + word
                    lineWidth += 1 + wordWidth
                } else {
                    result.append(line)
                    line = word
                    lineWidth = wordWidth
                }
            }
            result.append(line)
        }
        return result
    }
}
