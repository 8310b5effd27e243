/// Text that arrives faster than anyone types, from a terminal that does not bracket pastes.
/// Pasted into a note, its first line break would be Enter (the note is saved) and the letters of
/// the next lines would run as commands (an item marked, more findings logged): several lines of
/// text that arrive at once are one paste. Keys a person types, even quickly, never arrive
/// together with a line break between lines of text.
public enum UnbracketedPaste {
    /// `burst`: every event that was waiting at once. Several lines of text come back as one
    /// `.paste`; anything else comes back as it was.
    public static func coalesce(_ burst: [KeyEvent]) -> [KeyEvent] {
        guard burst.count >= 3 else { return burst }
        var text = ""
        var lineBefore = false, lineBreak = false, lineAfter = false
        for event in burst {
            switch event {
            case .key(.character(let character)):
                text.append(character)
                if lineBreak { lineAfter = true } else { lineBefore = true }
            case .key(.enter):
                text.append("\n")
                if lineBefore { lineBreak = true }
            case .key(.tab):
                text.append("\t")
            default:
                return burst
            }
        }
        return lineBefore && lineBreak && lineAfter ? [.paste(text)] : burst
    }

    /// Whether the event can be part of pasted text.
    public static func isText(_ event: KeyEvent) -> Bool {
        switch event {
        case .key(.character), .key(.enter), .key(.tab): true
        default: false
        }
    }
}
