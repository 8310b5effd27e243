/* The "bare ncurses program" that Annex's start-up is compared with (DESIGN.md section 6):
 * setlocale, initscr, the usual modes, one full 100x30 frame of boxed text with the same
 * markers the benchmark waits for (tab bar, "Statement of Applicability", a status line),
 * refresh, then wait for q. No data is read: this is the floor for start-up to first frame.
 * Built by bench.py into /tmp:  cc -O2 -o /tmp/annex-bench-baseline baseline.c -lncursesw
 */
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <ncursesw/ncurses.h>

static void hline_text(int y, int x, int width, const char *left, const char *fill, const char *right) {
    move(y, x);
    addstr(left);
    for (int i = 2; i < width; i++) addstr(fill);
    addstr(right);
}

int main(void) {
    setlocale(LC_ALL, "");
    initscr();
    raw();
    noecho();
    nonl();
    keypad(stdscr, TRUE);
    if (has_colors()) { start_color(); use_default_colors(); init_pair(1, COLOR_GREEN, -1); }
    curs_set(0);
    int rows = getmaxy(stdscr), cols = getmaxx(stdscr);
    int half = cols / 2;

    attron(A_BOLD);
    mvaddstr(0, 0, " Annex ");
    attroff(A_BOLD);
    attron(A_REVERSE);
    addstr(" 1 Dashboard ");
    attroff(A_REVERSE);
    addstr(" 2 Controls  3 Risks  4 Audits  5 Actions ");
    for (int side = 0; side < 2; side++) {
        int x = side * half, w = side ? cols - half : half;
        hline_text(1, x, w, "┌", "─", "┐");
        mvaddstr(1, x + 1, side ? "  Risks (residual)  " : "  Statement of Applicability  ");
        for (int y = 2; y < rows - 2; y++) {
            mvaddstr(y, x, "│");
            attron(COLOR_PAIR(1));
            mvprintw(y, x + 1, "Row %2d ████████████░░░░░░ %2d%% sample text", y, (y * 7) % 100);
            attroff(COLOR_PAIR(1));
            mvaddstr(y, x + w - 1, "│");
        }
        hline_text(rows - 2, x, w, "└", "─", "┘");
    }
    mvaddstr(rows - 1, 0, " enter  Controls  q  Quit  ?  Help  :  Commands");
    refresh();
    int ch;
    while ((ch = getch()) != 'q' && ch != 3 && ch != ERR) {}
    endwin();
    return 0;
}
