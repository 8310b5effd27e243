/// What a text field does with the editing keys. The one-line LineEditor and the multi-line
/// TextArea both are one, so the same keys edit both (`TextInput.edit`).
protocol TextEditing {
    var text: String { get }
    mutating func insert(_ text: String)
    mutating func deleteBackward()
    mutating func deleteForward()
    mutating func moveLeft()
    mutating func moveRight()
    /// Home and End: to the start and end of the (current) line.
    mutating func moveHome()
    mutating func moveEnd()
    mutating func moveWordLeft()
    mutating func moveWordRight()
    mutating func deleteWordBackward()
    /// Ctrl-U and Ctrl-K: from the cursor to the start or end of the (current) line.
    mutating func deleteToStart()
    mutating func deleteToEnd()
}

/// Text as a field accepts it: line breaks become `lineBreak` (a space in a one-line field),
/// tabs a space, and other control characters are dropped, so none reaches the terminal.
enum TextCleaning {
    static func characters(_ text: String, lineBreak: Character) -> [Character] {
        text.compactMap { character -> Character? in
            if character == "\r\n" || character == "\r" || character == "\n" { return lineBreak }
            if character == "\t" { return " " }
            if character.unicodeScalars.allSatisfy({ $0.properties.generalCategory == .control }) { return nil }
            return character
        }
    }
}

/// Where words start and end, for word moves and deletes in either kind of field.
enum WordBoundary {
    static func isWord(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "_"
    }

    /// The start of the word before `position` (skipping the spaces in between).
    static func start(in characters: [Character], before position: Int) -> Int {
        var index = position
        while index > 0, !isWord(characters[index - 1]) { index -= 1 }
        while index > 0, isWord(characters[index - 1]) { index -= 1 }
        return index
    }

    /// The end of the word after `position` (skipping the spaces in between).
    static func end(in characters: [Character], after position: Int) -> Int {
        var index = position
        while index < characters.count, !isWord(characters[index]) { index += 1 }
        while index < characters.count, isWord(characters[index]) { index += 1 }
        return index
    }
}
