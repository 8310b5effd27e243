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
        var consumed: [RawInput] = []
        for expected in NcursesScreen.pasteStart {
            // The terminal sends a marker in one write, so its bytes are already waiting.
            guard let next = readInput(timeoutMs: 0) else { break }
            consumed.append(next)
            guard next == .character(expected) else { break }
        }
        if consumed.count == NcursesScreen.pasteStart.count, consumed.last == .character(UInt32(UInt8(ascii: "~"))) {
            return .paste(readPasteBody())
        }
        pendingEvents += consumed.compactMap(replayed)
        return .key(.escape)
    }

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
