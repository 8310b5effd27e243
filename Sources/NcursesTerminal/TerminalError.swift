/// Why the terminal could not be opened, in words a user can act on.
public enum TerminalError: Error, Equatable, Sendable, CustomStringConvertible {
    case notATerminal
    case unknownTerminal(String?)
    /// A terminal type that cannot move the cursor (`dumb`): no screen can be drawn on it.
    case cannotDrawScreen(String)

    public var description: String {
        switch self {
        case .notATerminal:
            return "standard input and output must be a terminal (run annex directly, not through a pipe)"
        case .unknownTerminal(let term?):
            return "the terminal type TERM=\(term) is unknown here; try TERM=xterm-256color"
        case .cannotDrawScreen(let term):
            return "the terminal type TERM=\(term) cannot move the cursor, so no screen can be drawn; try TERM=xterm-256color (the commands 'annex check' and 'annex export' work anywhere)"
        case .unknownTerminal(nil):
            return "TERM is not set, so the terminal type is unknown; try TERM=xterm-256color"
        }
    }
}
