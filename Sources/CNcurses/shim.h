#ifndef ANNEX_CNCURSES_SHIM_H
#define ANNEX_CNCURSES_SHIM_H
// The wide-character API is only declared when these are set before the include;
// SwiftPM cSettings do not reach the Swift importer, so they live here.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <ncursesw/ncurses.h>

static inline WINDOW *annex_stdscr(void) { return stdscr; }
static inline int annex_lines(void) { return LINES; }
static inline int annex_cols(void) { return COLS; }
#endif
