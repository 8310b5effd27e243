import CNcurses
import Glibc
import TerminalCore

extension NcursesScreen {
    /// Shows `buffer`. Only cells that differ from the previously presented frame are handed to
    /// curses, then one `doupdate` sends the changes; the screen is cleared and fully redrawn
    /// only on the first frame and after a resize. `cursor` shows the text cursor there (a
    /// line editor's caret); nil hides it.
    public func present(_ buffer: CellBuffer, cursor: Point? = nil) {
        let runs: [CellRun]
        if needsFullRedraw || previousFrame?.size != buffer.size {
            // After a resize the terminal may have reflowed or kept stale text that curses does
            // not know about: clear the real screen and send every cell.
            wclear(window)
            runs = buffer.diff(from: nil)
            needsFullRedraw = false
        } else {
            runs = buffer.diff(from: previousFrame)
        }
        for run in runs where run.start.y < size.height {
            var x = run.start.x
            for cell in run.cells {
                defer { x += 1 }
                guard !cell.isContinuation, x + cell.width <= size.width else { continue }
                draw(cell, y: run.start.y, x: x)
            }
        }
        setCursor(cursor)
        wnoutrefresh(window)
        doupdate()
        previousFrame = buffer
    }

    /// Forgets what is on screen, so the next `present` redraws everything (after something
    /// else wrote to the terminal, or on the user's request).
    public func invalidate() {
        needsFullRedraw = true
    }

    private func draw(_ cell: Cell, y: Int, x: Int) {
        let (attributes, pair) = palette.resolve(cell.style)
        var complex = cchar_t()
        let utf8 = cell.grapheme.utf8
        if utf8.count == 1, let byte = utf8.first, byte >= 0x20, byte < 0x7F {
            // Most cells: one printable ASCII character, set without building arrays (a full
            // frame has thousands of cells, and the first one is on the way to the first frame).
            NcursesScreen.set(&complex, ascii: byte, attributes: attributes, pair: pair)
            mvwadd_wch(window, Int32(y), Int32(x), &complex)
            return
        }
        var characters = NcursesScreen.terminalCharacters(for: cell)
        let showable = characters.count > 1 && setcchar(&complex, &characters, attributes, pair, nil) == OK
        if !showable {
            let look = ASCIIFallback.character(for: cell.grapheme).unicodeScalars.first?.value ?? 0x3F
            var placeholder: [wchar_t] = [wchar_t(bitPattern: look), 0]
            setcchar(&complex, &placeholder, attributes, pair, nil)
        }
        // Writing the bottom-right cell returns ERR because the cursor cannot move past it, but
        // the cell is stored and shown; nothing else can fail here, so the result is not checked.
        mvwadd_wch(window, Int32(y), Int32(x), &complex)
        if !showable, cell.isWide {
            mvwadd_wch(window, Int32(y), Int32(x + 1), &complex)
        }
    }

    /// Nonisolated: its closures then need no check that they run on the main actor.
    private nonisolated static func set(_ complex: inout cchar_t, ascii byte: UInt8, attributes: attr_t, pair: Int16) {
        var characters: (wchar_t, wchar_t) = (wchar_t(byte), 0)
        withUnsafeMutablePointer(to: &characters) { pointer in
            pointer.withMemoryRebound(to: wchar_t.self, capacity: 2) { _ = setcchar(&complex, $0, attributes, pair, nil) }
        }
    }

    /// The wide characters curses gets for a cell: the first scalar and the zero-width marks
    /// after it, as many as a curses cell holds, NUL-terminated. Later scalars that take space
    /// (the rest of a ZWJ emoji sequence, a second regional indicator) are dropped: a terminal
    /// that drew them would move every following column. A cell the locale cannot show (no
    /// UTF-8) yields only the terminator, and is drawn as `?`.
    nonisolated static func terminalCharacters(for cell: Cell) -> [wchar_t] {
        var result: [wchar_t] = []
        let limit = Int(annex_ccharw_max())
        for scalar in cell.grapheme.unicodeScalars {
            // A joiner would glue the next emoji of the sequence on in the terminal: stop before it.
            if scalar.value == 0x200D { break }
            if result.isEmpty {
                let character = wchar_t(bitPattern: scalar.value)
                if !scalar.isASCII, annex_wcwidth(character) != Int32(cell.width) { return [0] }
                result.append(character)
            } else if result.count < limit, DisplayWidth.of(scalar) == 0 {
                result.append(wchar_t(bitPattern: scalar.value))
            }
        }
        return result + [0]
    }

    func setCursor(_ position: Point?) {
        let visible = position != nil
        if cursorVisible != visible {
            // Some terminals (vt100) cannot hide the cursor; curs_set then fails harmlessly.
            curs_set(visible ? 1 : 0)
            // With the cursor hidden, curses need not move it back after each update.
            leaveok(window, !visible)
            cursorVisible = visible
        }
        if let position {
            wmove(window, Int32(position.y), Int32(position.x))
        }
    }
}
