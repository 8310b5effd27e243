/// The editing keys of a multi-line note: those of a line plus line-wise Ctrl-U/K.
enum TextAreaInput {
    static func edit(_ area: inout TextArea, with key: KeyPress) {
        switch key {
        case .character(let character): area.insert(String(character))
        case .paste(let text): area.insert(text)
        case .named("backspace"), .named("ctrl+h"): area.deleteBackward()
        case .named("delete"), .named("ctrl+d"): area.deleteForward()
        case .named("left"), .named("ctrl+b"): area.moveLeft()
        case .named("right"), .named("ctrl+f"): area.moveRight()
        case .named("home"), .named("ctrl+a"): area.moveHome()
        case .named("end"), .named("ctrl+e"): area.moveEnd()
        case .named("ctrl+w"), .named("alt+backspace"): area.deleteWordBackward()
        case .named("ctrl+u"): area.deleteToLineStart()
        case .named("ctrl+k"): area.deleteToLineEnd()
        default: break
        }
    }
}
