import CNcurses
import Glibc
import TerminalCore

/// The real terminal, through ncurses. Views draw into a `CellBuffer`; `present` sends only the
/// cells that changed since the last frame. Every curses call must happen on the main actor:
/// ncurses is not thread-safe and the compiler cannot enforce that for C calls.
@MainActor
public final class NcursesScreen {
    public struct Options: Sendable {
        /// `.raw` (the default) delivers Ctrl+C, Ctrl+Z, Ctrl+S and Ctrl+Q as keys the keymap can
        /// bind, instead of the terminal turning them into signals or flow control; `.cbreak`
        /// keeps the terminal's meaning for them (Ctrl+C interrupts, and the guard restores).
        public enum InputMode: Sendable { case raw, cbreak }
        public enum Colors: Sendable { case automatic, monochrome }

        public var inputMode: InputMode
        public var colors: Colors
        public var mouse: Bool
        public var bracketedPaste: Bool
        /// How long after Esc to wait for the rest of an escape sequence (an arrow key);
        /// ncurses' default of a second makes Esc feel broken.
        public var escapeDelayMs: Int

        public init(inputMode: InputMode = .raw, colors: Colors = .automatic, mouse: Bool = true, bracketedPaste: Bool = true, escapeDelayMs: Int = 25) {
            self.inputMode = inputMode
            self.colors = colors
            self.mouse = mouse
            self.bracketedPaste = bracketedPaste
            self.escapeDelayMs = escapeDelayMs
        }
    }

    /// Whether the locale's character set is UTF-8; when it is not, draw with `BoxCharset.ascii`.
    public let isUTF8: Bool
    /// How many colours styles are reduced to before they reach the terminal.
    public let colorDepth: ColorDepth
    public internal(set) var size: Size

    let window: UnsafeMutablePointer<WINDOW>
    var palette: ColorPalette
    var previousFrame: CellBuffer?
    var needsFullRedraw = true
    var cursorVisible: Bool?
    var pendingEvents: [KeyEvent] = []
    private var restored = false

    public init(options: Options = Options()) throws {
        // Before the screen opens, or wide characters come out as escapes like M-CM-^\.
        setlocale(LC_ALL, "")
        isUTF8 = NcursesScreen.localeIsUTF8()
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw TerminalError.notATerminal }
        guard annex_newterm() != nil, let window = annex_stdscr() else {
            throw TerminalError.unknownTerminal(getenv("TERM").map { String(cString: $0) })
        }
        guard annex_can_address_cursor() != 0 else {
            annex_restore_terminal()
            throw TerminalError.cannotDrawScreen(getenv("TERM").map { String(cString: $0) } ?? "")
        }
        self.window = window

        switch options.inputMode {
        case .raw: raw()
        case .cbreak: cbreak()
        }
        noecho()
        nonl()
        keypad(window, true)
        // Eight-bit input: outside a UTF-8 locale the bytes of UTF-8 text are read one by one.
        if !isUTF8 { meta(window, true) }
        intrflush(window, false)
        // After newterm, which reads $ESCDELAY and would override an earlier setting.
        set_escdelay(Int32(options.escapeDelayMs))

        colorDepth = NcursesScreen.startColors(options.colors)
        palette = ColorPalette(depth: colorDepth, usesDefaultColors: colorDepth != .monochrome && use_default_colors() == OK)
        if options.mouse {
            mousemask(annex_mouse_mask(), nil)
            // Report presses at once instead of waiting to tell a click from a double click.
            mouseinterval(0)
        }
        if options.bracketedPaste { annex_bracketed_paste(1) }
        size = Size(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
        setCursor(nil)
    }

    /// Leaves curses mode and gives the terminal back as it was. Safe to call more than once.
    public func restore() {
        guard !restored else { return }
        restored = true
        annex_restore_terminal()
    }

    private static func localeIsUTF8() -> Bool {
        guard let codeset = annex_codeset() else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }

    /// `NO_COLOR` (any non-empty value, see no-color.org) or a terminal without colours gives
    /// monochrome; otherwise the terminal's own colour count decides.
    private static func startColors(_ choice: Options.Colors) -> ColorDepth {
        if choice == .monochrome { return .monochrome }
        if let noColor = getenv("NO_COLOR"), noColor.pointee != 0 { return .monochrome }
        guard has_colors(), start_color() == OK else { return .monochrome }
        return ColorDepth(colorCount: Int(annex_colors()))
    }
}
