import CNcurses
import TerminalCore
#if canImport(Glibc)
import Glibc
#endif

extension NcursesScreen {
    /// The next event, waiting at most `timeoutMs` milliseconds (negative: wait for one);
    /// nil when the time ran out. Keys curses reports that Annex has no name for are skipped.
    /// Alt is not supported: Alt+x arrives as Esc, then x.
    public func readKey(timeoutMs: Int = -1) -> KeyEvent? {
        if !pendingEvents.isEmpty { return pendingEvents.removeFirst() }
        while true {
            guard let input = readInput(timeoutMs: timeoutMs) else { return nil }
            guard let event = translate(input) else { continue }
            guard UnbracketedPaste.isText(event) else { return event }
            let events = UnbracketedPaste.coalesce(readBurst(after: event))
            pendingEvents += events.dropFirst()
            return events.first
        }
    }

    /// The text keys already waiting behind `first`: a paste's characters arrive in one write.
    /// An Esc or a special key ends the burst and is read again afterwards.
    private func readBurst(after first: KeyEvent) -> [KeyEvent] {
        var burst = [first]
        while burst.count < NcursesScreen.longestBurst, let input = readInput(timeoutMs: 0) {
            if input == .character(0x1B) {
                if isUTF8 { unget_wch(wchar_t(0x1B)) } else { ungetch(0x1B) }
                break
            }
            guard let event = translate(input) else { continue }
            burst.append(event)
            if !UnbracketedPaste.isText(event) { break }
        }
        return burst
    }

    /// Drops the keys already waiting (typed ahead of what the screen shows) and returns how
    /// many; a resize or a mouse event among them is kept.
    public func discardWaitingKeys() -> Int {
        var dropped = 0
        var kept: [KeyEvent] = []
        while let event = readKey(timeoutMs: 0) {
            if case .key = event { dropped += 1 } else if case .paste = event { dropped += 1 } else { kept.append(event) }
        }
        pendingEvents += kept
        return dropped
    }

    /// A bound on one burst, so a flood of input still gets drawn as it comes.
    static let longestBurst = 65_536

    enum RawInput: Equatable {
        case character(UInt32)
        case functionKey(Int32)
    }

    func readInput(timeoutMs: Int) -> RawInput? {
        wtimeout(window, Int32(clamping: timeoutMs < 0 ? -1 : timeoutMs))
        if !isUTF8 { return readUTF8Bytes() }
        var value: wint_t = 0
        switch wget_wch(window, &value) {
        case OK: return .character(value)
        case KEY_CODE_YES: return .functionKey(Int32(bitPattern: value))
        default: return nil
        }
    }

    /// Outside a UTF-8 locale curses cannot decode what the terminal sends, and terminals send
    /// UTF-8 whatever the locale says: typed "Małgorzata" would stop at "Ma". The bytes are read
    /// one by one and decoded here; only the drawing falls back to ASCII.
    private func readUTF8Bytes() -> RawInput? {
        while true {
            let first = wgetch(window)
            if first == ERR { return nil }
            if first > 0xFF { return .functionKey(first) }
            let lead = UInt8(first)
            let length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0
            if length == 1 { return .character(UInt32(lead)) }
            // A stray continuation byte or an invalid lead is dropped.
            guard length > 1 else { continue }
            var bytes = [lead]
            // The rest of a character arrives with its first byte.
            wtimeout(window, 50)
            while bytes.count < length {
                let next = wgetch(window)
                guard next != ERR else { break }
                guard (0x80...0xBF).contains(next) else {
                    ungetch(next)
                    break
                }
                bytes.append(UInt8(next))
            }
            if bytes.count == length, let scalar = String(validating: bytes, as: UTF8.self)?.unicodeScalars.first {
                return .character(scalar.value)
            }
        }
    }

    func translate(_ input: RawInput) -> KeyEvent? {
        switch input {
        case .functionKey(KEY_RESIZE):
            // curses has already resized its windows; what was on screen is unknown now.
            size = Size(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
            needsFullRedraw = true
            return .resize(size)
        case .functionKey(KEY_MOUSE):
            return readMouse()
        case .functionKey(let code):
            return CursesKeys.key(for: code).map(KeyEvent.key)
        case .character(0x1B):
            return readAfterEscape()
        case .character(let value):
            return NcursesScreen.event(forCharacter: value)
        }
    }

    static func event(forCharacter value: UInt32) -> KeyEvent? {
        if let control = Key(controlCode: value) { return .key(control) }
        guard let scalar = Unicode.Scalar(value) else { return nil }
        return .key(.character(Character(scalar)))
    }

    private func readMouse() -> KeyEvent? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        let position = Point(x: Int(event.x), y: Int(event.y))
        let state = event.bstate
        if annex_mouse_is_wheel_up(state) != 0 { return .mouse(MouseEvent(.wheelUp, at: position)) }
        if annex_mouse_is_wheel_down(state) != 0 { return .mouse(MouseEvent(.wheelDown, at: position)) }
        if annex_mouse_is_left(state) != 0 { return .mouse(MouseEvent(.press(.left), at: position)) }
        if annex_mouse_is_middle(state) != 0 { return .mouse(MouseEvent(.press(.middle), at: position)) }
        if annex_mouse_is_right(state) != 0 { return .mouse(MouseEvent(.press(.right), at: position)) }
        return nil
    }
}

extension NcursesScreen {
    /// Sleeps until the keyboard has input, `descriptor` (a file watch) is readable, or the time
    /// runs out (-1: no limit). Keys curses has already buffered are returned by `readKey` at
    /// once, so callers drain it with a zero timeout before waiting here.
    public func waitForInput(orReadable descriptor: Int32?, timeoutMs: Int) {
        guard pendingEvents.isEmpty else { return }
        var fds = [pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)]
        if let descriptor { fds.append(pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)) }
        _ = poll(&fds, nfds_t(fds.count), Int32(clamping: timeoutMs))
    }
}
