import CNcurses
import TerminalCore

/// Function-key codes from `wget_wch` (when it returns KEY_CODE_YES) as keys. Mouse and resize
/// codes are handled by the screen, which has state to update; anything else is nil and skipped.
enum CursesKeys {
    static func key(for code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_DC: return .delete
        case KEY_IC: return .insert
        case KEY_BACKSPACE: return .backspace
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        default: break
        }
        for number in 1...12 where code == annex_key_f(Int32(number)) {
            return .function(number)
        }
        return nil
    }
}
