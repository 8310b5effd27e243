"""A small VT100/xterm screen model: enough of what ncurses sends for TERM=xterm-256color to
know what is on screen: the text of every cell and its rendition (SGR: colours, bold, reverse...),
so two snapshots (`cells()`) tell how many cells a keystroke changed.

Handles cursor movement (CUP, CUU/CUD/CUF/CUB, CHA, VPA, CNL/CPL, HPA), erasing (ED, EL, ECH),
inserting and deleting (ICH, DCH, IL, DL), scrolling (DECSTBM, IND, RI, NEL, SU, SD, LF at the
bottom margin), REP, save/restore cursor, the alternate screen (1049/1047/47), DEC line drawing
(ESC ( 0), SGR renditions, autowrap with the pending-wrap rule, wide characters, and answers cursor position and
device attribute queries (collect them from `replies`).
"""
import codecs
import unicodedata

ACS = {"j": "┘", "k": "┐", "l": "┌", "m": "└", "n": "┼", "q": "─", "t": "├", "u": "┤", "v": "┴",
       "w": "┬", "x": "│", "a": "▒", "`": "◆", "~": "·", "f": "°", "g": "±", "0": "█", "h": "▒",
       "o": "⎺", "s": "⎽", "y": "≤", "z": "≥", "{": "π", "|": "≠", "}": "£", ",": "←", "+": "→",
       ".": "↓", "-": "↑"}


# A rendition: (flags, foreground, background); None is the terminal's default colour.
NORMAL = (0, None, None)
FLAG_ON = {1: 1, 2: 2, 3: 4, 4: 8, 5: 16, 7: 32, 8: 64, 9: 128}
FLAG_OFF = {22: 1 | 2, 23: 4, 24: 8, 25: 16, 27: 32, 28: 64, 29: 128}


def sgr(attr, params):
    """The rendition after `CSI params m`."""
    flags, fg, bg = attr
    params = params or [0]
    i = 0
    while i < len(params):
        p = params[i]
        if p == 0:
            flags, fg, bg = NORMAL
        elif p in FLAG_ON:
            flags |= FLAG_ON[p]
        elif p in FLAG_OFF:
            flags &= ~FLAG_OFF[p]
        elif 30 <= p <= 37 or 90 <= p <= 97:
            fg = p
        elif 40 <= p <= 47 or 100 <= p <= 107:
            bg = p
        elif p == 39:
            fg = None
        elif p == 49:
            bg = None
        elif p in (38, 48) and i + 1 < len(params):
            if params[i + 1] == 5 and i + 2 < len(params):
                colour, i = ("256", params[i + 2]), i + 2
            elif params[i + 1] == 2 and i + 4 < len(params):
                colour, i = ("rgb", tuple(params[i + 2:i + 5])), i + 4
            else:
                colour = None
            if p == 38:
                fg = colour
            else:
                bg = colour
        i += 1
    return (flags, fg, bg)


def char_width(ch):
    if unicodedata.combining(ch):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


class Screen:
    def __init__(self, cols, rows):
        self.cols, self.rows = cols, rows
        self.attr = NORMAL
        self.main = self._blank_grid()
        self.alt = self._blank_grid()
        self.grid = self.main
        self.on_alt = False
        self.x = self.y = 0
        self.top, self.bottom = 0, rows - 1
        self.pending_wrap = False
        self.saved = (0, 0)
        self.alt_saved = (0, 0)
        self.acs = False
        self.last = " "
        self.state = "ground"
        self.buf = ""
        self.replies = bytearray()
        self.decoder = codecs.getincrementaldecoder("utf-8")("replace")

    # -- public -----------------------------------------------------------------------------
    def feed(self, data):
        for ch in self.decoder.decode(data):
            self._char(ch)

    def lines(self):
        return ["".join(c[0] for c in row if c[0] is not None).rstrip() for row in self.grid]

    def cells(self):
        """A snapshot of every cell (text and rendition), to compare with a later one."""
        return [list(row) for row in self.grid]

    @staticmethod
    def changed(before, after):
        """How many cells differ between two snapshots."""
        return sum(1 for a, b in zip(before, after) for x, y in zip(a, b) if x != y)

    def text(self):
        return "\n".join(self.lines())

    # -- grid helpers -----------------------------------------------------------------------
    def _blank(self):
        # xterm erases with the current background (bce); the rest of the rendition does not show.
        return (" ", (0, None, self.attr[2]))

    def _blank_row(self):
        return [self._blank()] * self.cols

    def _blank_grid(self):
        return [self._blank_row() for _ in range(self.rows)]

    def _scroll_up(self, n=1, top=None, bottom=None):
        top = self.top if top is None else top
        bottom = self.bottom if bottom is None else bottom
        for _ in range(min(n, bottom - top + 1)):
            del self.grid[top]
            self.grid.insert(bottom, self._blank_row())

    def _scroll_down(self, n=1, top=None, bottom=None):
        top = self.top if top is None else top
        bottom = self.bottom if bottom is None else bottom
        for _ in range(min(n, bottom - top + 1)):
            del self.grid[bottom]
            self.grid.insert(top, self._blank_row())

    def _linefeed(self):
        if self.y == self.bottom:
            self._scroll_up()
        elif self.y < self.rows - 1:
            self.y += 1

    def _put(self, ch):
        if self.acs and ch in ACS:
            ch = ACS[ch]
        width = char_width(ch)
        if width == 0:  # a combining mark joins the previous cell
            px = max(0, self.x - 1)
            cell = self.grid[self.y][px]
            if cell[0] is not None:
                self.grid[self.y][px] = (cell[0] + ch, cell[1])
            return
        if self.pending_wrap:
            self.x = 0
            self._linefeed()
            self.pending_wrap = False
        if width == 2 and self.x == self.cols - 1:
            self.grid[self.y][self.x] = self._blank()
            self.x = 0
            self._linefeed()
        row = self.grid[self.y]
        row[self.x] = (ch, self.attr)
        if width == 2:
            row[self.x + 1] = (None, self.attr)  # the right half of a wide character
        self.last = ch
        self.x += width
        if self.x >= self.cols:
            self.x = self.cols - 1
            self.pending_wrap = True

    # -- parser -----------------------------------------------------------------------------
    def _char(self, ch):
        state = self.state
        if state == "ground":
            o = ord(ch)
            if o >= 0x20 and o != 0x7F:
                self._put(ch)
            elif ch == "\x1b":
                self.state = "esc"
            elif ch == "\r":
                self.x, self.pending_wrap = 0, False
            elif ch in "\n\x0b\x0c":
                self._linefeed()
                self.pending_wrap = False
            elif ch == "\b":
                self.x, self.pending_wrap = max(0, self.x - 1), False
            elif ch == "\t":
                self.x = min(self.cols - 1, (self.x // 8 + 1) * 8)
            elif ch == "\x0e":
                self.acs = True
            elif ch == "\x0f":
                self.acs = False
        elif state == "esc":
            self.state = "ground"
            if ch == "[":
                self.state, self.buf = "csi", ""
            elif ch == "]":
                self.state = "osc"
            elif ch in "()*+":
                self.state = "charset" + ch
            elif ch == "#" or ch == " " or ch == "%":
                self.state = "skip1"
            elif ch == "7":
                self.saved = (self.x, self.y)
            elif ch == "8":
                self.x, self.y = self.saved
                self.pending_wrap = False
            elif ch == "D":
                self._linefeed()
            elif ch == "E":
                self.x = 0
                self._linefeed()
            elif ch == "M":
                if self.y == self.top:
                    self._scroll_down()
                elif self.y > 0:
                    self.y -= 1
            elif ch == "c":
                self.__init__(self.cols, self.rows)
        elif state == "csi":
            if "\x40" <= ch <= "\x7e":
                self.state = "ground"
                self._csi(self.buf, ch)
            elif ch == "\x1b":  # broken sequence: start over
                self.state = "esc"
            else:
                self.buf += ch
        elif state == "osc":
            if ch == "\x07":
                self.state = "ground"
            elif ch == "\x1b":
                self.state = "osc_esc"
        elif state == "osc_esc":
            self.state = "ground" if ch == "\\" else "osc"
        elif state.startswith("charset"):
            if state == "charset(":
                self.acs = ch == "0"
            self.state = "ground"
        elif state == "skip1":
            self.state = "ground"

    def _csi(self, body, final):
        private = body[:1] if body[:1] in ("?", ">", "=", "<") else ""
        body = body[len(private):].rstrip(" !\"#$%&'*+,-./")
        try:
            params = [int(p) if p else 0 for p in body.split(";")] if body else []
        except ValueError:
            params = []

        def p(i, default=1):
            v = params[i] if i < len(params) else 0
            return v if v else default

        self.pending_wrap = False if final not in "mcnhltb" else self.pending_wrap
        if private == "?":
            if final in "hl":
                for mode in params:
                    if mode in (1049, 1047, 47):
                        self._alternate(final == "h", save=mode == 1049)
            return
        if private:
            return
        if final in "Hf":
            self.y = min(self.rows - 1, p(0) - 1)
            self.x = min(self.cols - 1, p(1) - 1)
        elif final == "A":
            self.y = max(self.top if self.y >= self.top else 0, self.y - p(0))
        elif final == "B":
            self.y = min(self.bottom if self.y <= self.bottom else self.rows - 1, self.y + p(0))
        elif final in "Ca":
            self.x = min(self.cols - 1, self.x + p(0))
        elif final == "D":
            self.x = max(0, self.x - p(0))
        elif final == "E":
            self.x, self.y = 0, min(self.rows - 1, self.y + p(0))
        elif final == "F":
            self.x, self.y = 0, max(0, self.y - p(0))
        elif final in "G`":
            self.x = min(self.cols - 1, p(0) - 1)
        elif final == "d":
            self.y = min(self.rows - 1, p(0) - 1)
        elif final == "J":
            mode = p(0, 0)
            if mode == 0:
                self.grid[self.y][self.x:] = [self._blank()] * (self.cols - self.x)
                for r in range(self.y + 1, self.rows):
                    self.grid[r] = self._blank_row()
            elif mode == 1:
                for r in range(0, self.y):
                    self.grid[r] = self._blank_row()
                self.grid[self.y][:self.x + 1] = [self._blank()] * (self.x + 1)
            else:
                for r in range(self.rows):
                    self.grid[r] = self._blank_row()
        elif final == "K":
            mode = p(0, 0)
            row = self.grid[self.y]
            if mode == 0:
                row[self.x:] = [self._blank()] * (self.cols - self.x)
            elif mode == 1:
                row[:self.x + 1] = [self._blank()] * (self.x + 1)
            else:
                self.grid[self.y] = self._blank_row()
        elif final == "X":
            n = min(p(0), self.cols - self.x)
            self.grid[self.y][self.x:self.x + n] = [self._blank()] * n
        elif final == "@":
            n = min(p(0), self.cols - self.x)
            row = self.grid[self.y]
            row[self.x:] = ([self._blank()] * n + row[self.x:])[:self.cols - self.x]
        elif final == "P":
            n = min(p(0), self.cols - self.x)
            row = self.grid[self.y]
            row[self.x:] = row[self.x + n:] + [self._blank()] * n
        elif final == "L":
            if self.top <= self.y <= self.bottom:
                self._scroll_down(p(0), top=self.y)
        elif final == "M":
            if self.top <= self.y <= self.bottom:
                self._scroll_up(p(0), top=self.y)
        elif final == "S":
            self._scroll_up(p(0))
        elif final == "T":
            self._scroll_down(p(0))
        elif final == "r":
            top, bottom = p(0) - 1, p(1, self.rows) - 1
            if 0 <= top < bottom < self.rows:
                self.top, self.bottom = top, bottom
            self.x = self.y = 0
        elif final == "b":
            for _ in range(p(0)):
                self._put(self.last)
        elif final == "s":
            self.saved = (self.x, self.y)
        elif final == "u":
            self.x, self.y = self.saved
        elif final == "n":
            if p(0, 0) == 6:
                self.replies += f"\x1b[{self.y + 1};{self.x + 1}R".encode()
            elif p(0, 0) == 5:
                self.replies += b"\x1b[0n"
        elif final == "c":
            self.replies += b"\x1b[?62;22c"
        elif final == "m":
            self.attr = sgr(self.attr, params)
        # t (window ops), q and anything else: nothing to draw.

    def _alternate(self, on, save):
        if on == self.on_alt:
            return
        if on:
            if save:
                self.alt_saved = (self.x, self.y)
            self.alt = self._blank_grid()
            self.grid, self.on_alt = self.alt, True
        else:
            self.grid, self.on_alt = self.main, False
            if save:
                self.x, self.y = self.alt_saved
