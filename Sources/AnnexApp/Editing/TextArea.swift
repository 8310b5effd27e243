/// A multi-line text field for notes: everything a LineEditor does, plus new lines, moving up
/// and down by line, and pasted text that keeps its line breaks.
public struct TextArea: Sendable, Equatable, TextEditing {
    public private(set) var characters: [Character]
    public private(set) var cursor: Int
    public let limit: Int

    public init(_ text: String = "", limit: Int = 20_000) {
        characters = Array(TextCleaning.characters(text, lineBreak: "\n").prefix(limit))
        cursor = characters.count
        self.limit = limit
    }

    public var text: String { String(characters) }

    public mutating func insert(_ text: String) {
        let accepted = TextCleaning.characters(text, lineBreak: "\n").prefix(max(0, limit - characters.count))
        characters.insert(contentsOf: accepted, at: cursor)
        cursor += accepted.count
    }

    public mutating func newLine() { insert("\n") }

    public mutating func deleteBackward() {
        guard cursor > 0 else { return }
        characters.remove(at: cursor - 1)
        cursor -= 1
    }

    public mutating func deleteForward() {
        guard cursor < characters.count else { return }
        characters.remove(at: cursor)
    }

    public mutating func moveLeft() { cursor = max(0, cursor - 1) }
    public mutating func moveRight() { cursor = min(characters.count, cursor + 1) }
    public mutating func moveHome() { cursor = lineStart(cursor) }
    public mutating func moveEnd() { cursor = lineEnd(cursor) }

    /// Up and down keep the column where the neighbouring line is long enough.
    public mutating func moveUp() {
        let start = lineStart(cursor)
        guard start > 0 else { return cursor = 0 }
        let previousStart = lineStart(start - 1)
        cursor = min(previousStart + (cursor - start), start - 1)
    }

    public mutating func moveDown() {
        let end = lineEnd(cursor)
        guard end < characters.count else { return cursor = characters.count }
        let column = cursor - lineStart(cursor)
        cursor = min(end + 1 + column, lineEnd(end + 1))
    }

    public mutating func deleteWordBackward() {
        var index = cursor
        while index > 0, !WordBoundary.isWord(characters[index - 1]), characters[index - 1] != "\n" { index -= 1 }
        while index > 0, WordBoundary.isWord(characters[index - 1]) { index -= 1 }
        if index == cursor, index > 0 { index -= 1 }
        characters.removeSubrange(index..<cursor)
        cursor = index
    }

    public mutating func moveWordLeft() { cursor = WordBoundary.start(in: characters, before: cursor) }
    public mutating func moveWordRight() { cursor = WordBoundary.end(in: characters, after: cursor) }

    /// Ctrl-U and Ctrl-K work on the current line only.
    public mutating func deleteToStart() {
        let start = lineStart(cursor)
        characters.removeSubrange(start..<cursor)
        cursor = start
    }

    public mutating func deleteToEnd() {
        characters.removeSubrange(cursor..<lineEnd(cursor))
    }

    /// The logical line and column of the cursor.
    public var cursorLine: (line: Int, column: Int) {
        let line = characters[..<cursor].filter { $0 == "\n" }.count
        return (line, cursor - lineStart(cursor))
    }

    private func lineStart(_ position: Int) -> Int {
        var index = position
        while index > 0, characters[index - 1] != "\n" { index -= 1 }
        return index
    }

    private func lineEnd(_ position: Int) -> Int {
        var index = position
        while index < characters.count, characters[index] != "\n" { index += 1 }
        return index
    }
}
