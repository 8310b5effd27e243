/// A single-line text field: cursor keys, Home/End, word moves and deletes, UTF-8 by grapheme,
/// paste. Value type so a form's undo and tests can compare whole states.
public struct LineEditor: Sendable, Equatable, TextEditing {
    public private(set) var characters: [Character]
    /// Cursor position in characters, 0 … count.
    public private(set) var cursor: Int
    /// Longest text accepted, so a pasted wall of text cannot grow a field without bound.
    public let limit: Int

    public init(_ text: String = "", limit: Int = 4000) {
        characters = Array(text.prefix(limit))
        cursor = characters.count
        self.limit = limit
    }

    public var text: String { String(characters) }

    public mutating func insert(_ text: String) {
        // One line: newlines and tabs from a paste become spaces; other controls are dropped.
        let cleaned = TextCleaning.characters(text, lineBreak: " ")
        let room = max(0, limit - characters.count)
        let accepted = cleaned.prefix(room)
        characters.insert(contentsOf: accepted, at: cursor)
        cursor += accepted.count
    }

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
    public mutating func moveHome() { cursor = 0 }
    public mutating func moveEnd() { cursor = characters.count }

    public mutating func moveWordLeft() { cursor = WordBoundary.start(in: characters, before: cursor) }
    public mutating func moveWordRight() { cursor = WordBoundary.end(in: characters, after: cursor) }

    /// Ctrl-W: deletes the word before the cursor and the spaces after it.
    public mutating func deleteWordBackward() {
        let start = WordBoundary.start(in: characters, before: cursor)
        characters.removeSubrange(start..<cursor)
        cursor = start
    }

    /// Ctrl-U: deletes from the start of the line to the cursor.
    public mutating func deleteToStart() {
        characters.removeSubrange(0..<cursor)
        cursor = 0
    }

    /// Ctrl-K: deletes from the cursor to the end.
    public mutating func deleteToEnd() {
        characters.removeSubrange(cursor..<characters.count)
    }
}
