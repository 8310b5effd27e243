import CNcurses
import TerminalCore

/// Bracketed paste: ncurses does not know ESC[200~ … ESC[201~, so it hands over the Esc and
/// the characters after it, which are read here. Anything that turns out not to be a paste
/// start is replayed as the keys it was.
extension NcursesScreen {
    private static let pasteStart: [UInt32] = Array("[200~".unicodeScalars.map(\.value))
    private static let pasteEnd: [UInt32] = Array("\u{1b}[201~".unicodeScalars.map(\.value))
    /// A paste arrives in chunks of at most a few kilobytes; a gap longer than this means the
    /// end marker was lost, and what arrived so far is the paste.
    private static let pasteGapMs = 200

    func readAfterEscape() -> KeyEvent? {
        // The terminal sends a sequence in one write, so its bytes are already waiting; an Esc
        // with nothing right behind it is the Esc key.
        guard let next = readInput(timeoutMs: 0) else { return .key(.escape) }
        guard next == .character(0x5B) || next == .character(0x4F) else {  // "[" (CSI) or "O" (SS3)
            pendingEvents += [next].compactMap(replayed)
            return .key(.escape)
        }
        var consumed = [next]
        var final: UInt32?
        while consumed.count < 16, let input = readInput(timeoutMs: 0) {
            consumed.append(input)
            guard case .character(let value) = input else { break }
            if (0x40...0x7E).contains(value) {
                final = value
                break
            }
        }
        let scalars = consumed.compactMap { input -> UInt32? in if case .character(let value) = input { value } else { nil } }
        if scalars == NcursesScreen.pasteStart { return .paste(readPasteBody()) }
        guard final != nil, scalars.count == consumed.count else {
            // Not a whole sequence: Esc followed by the keys that came with it.
            pendingEvents += consumed.compactMap(replayed)
            return .key(.escape)
        }
        // A whole sequence: a key curses did not decode for this TERM, or one Annex has no use
        // for. Either way it is not Esc: an unknown key must not cancel a note being typed.
        let sequence = String(String.UnicodeScalarView(scalars.compactMap(Unicode.Scalar.init)))
        guard let key = NcursesScreen.undecodedKeys[sequence] else { return nil }
        return .key(key)
    }

    /// Sequences some terminals send for keys their terminfo entry does not list.
    static let undecodedKeys: [String: Key] = [
        "[A": .up, "[B": .down, "[C": .right, "[D": .left, "OA": .up, "OB": .down, "OC": .right, "OD": .left,
        "[H": .home, "[F": .end, "OH": .home, "OF": .end, "[1~": .home, "[7~": .home, "[4~": .end, "[8~": .end,
        "[2~": .insert, "[3~": .delete, "[5~": .pageUp, "[6~": .pageDown, "[Z": .backTab,
    ]

    private func readPasteBody() -> String {
        var scalars: [UInt32] = []
        let end = NcursesScreen.pasteEnd
        while let input = readInput(timeoutMs: NcursesScreen.pasteGapMs) {
            // Keys curses decoded inside a paste (an arrow's escape sequence in the text) are dropped.
            guard case .character(let value) = input else { continue }
            scalars.append(value)
            if scalars.count >= end.count, Array(scalars.suffix(end.count)) == end {
                scalars.removeLast(end.count)
                break
            }
        }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars.compactMap(Unicode.Scalar.init))
        // Terminals send a pasted line break as Return (CR); text wants "\n".
        return String(text).replacingCRLineBreaks()
    }

    private func replayed(_ input: RawInput) -> KeyEvent? {
        // A second Esc is a key of its own, not the start of another sequence to wait for.
        input == .character(0x1B) ? .key(.escape) : translate(input)
    }
}

private extension String {
    func replacingCRLineBreaks() -> String {
        var result = ""
        result.reserveCapacity(utf8.count)
        for character in self {
            result.append(character == "\r" || character == "\r\n" ? "\n" : character)
        }
        return result
    }
}
